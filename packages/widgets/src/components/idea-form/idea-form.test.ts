/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Board } from '@inspraak/sdk';
import '../../define/idea-form.ts';
import {
  accessibilityTree,
  capabilities,
  createBoard,
  expectAccessible,
  findAll,
  forcedColors,
  gatedFetch,
  narrowPage,
  participantClient,
  referencedText,
  testServer,
  text,
  updateBoard,
} from '../../../test/browser/fixtures.ts';
import type { InspraakIdeaForm } from './idea-form.ts';
import type { InspraakSubmitEvent, InspraakSubmittedEvent } from './idea-form-events.ts';

type Client = Awaited<ReturnType<typeof participantClient>>;

const $ = <T extends HTMLElement = HTMLElement>(el: InspraakIdeaForm, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const part = (el: InspraakIdeaForm, name: string) => $(el, `[part~="${name}"]`);
const focused = (el: InspraakIdeaForm) => el.shadowRoot!.activeElement as HTMLElement | null;
/** An element as a short string; chai's message for a DOM node in a shadow root hangs the page. */
const who = (node: Element | null | undefined) => (!node ? 'nothing' : `${node.localName}${node.id ? `#${node.id}` : ''}`);
const live = (el: InspraakIdeaForm) => text($(el, '[role=status]'));
const counterRegion = (el: InspraakIdeaForm) => text($(el, '[data-counter]'));
const button = (el: InspraakIdeaForm, name: string) => [...el.shadowRoot!.querySelectorAll('button')].find((candidate) => text(candidate) === name);

async function render(board: Board, options: { client?: Client; lang?: string } = {}) {
  const client = options.client ?? (await participantClient());
  const el = await fixture<InspraakIdeaForm>(
    html`<inspraak-idea-form board=${board.id} lang=${options.lang ?? 'nl'} heading-level="2" .client=${client}></inspraak-idea-form>`,
  );
  await waitUntil(() => !part(el, 'skeleton'), 'the form did not load', { timeout: 5000 });
  return el;
}

/** Types into a field as a resident does (the input event the widget listens to). */
function fill(el: InspraakIdeaForm, id: string, value: string) {
  const control = $<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(el, `#${id}`)!;
  control.value = value;
  control.dispatchEvent(new Event(control.localName === 'select' ? 'change' : 'input', { bubbles: true, composed: true }));
}

async function fillValid(el: InspraakIdeaForm, title = 'Meer bankjes in de schaduw') {
  fill(el, 'title', title);
  fill(el, 'description', 'Op warme dagen is er nergens een plek om te zitten.');
  fill(el, 'category', 'cat_groen');
  await el.updateComplete;
}

/** The selected text, inside the shadow root where the engine tells (Chromium's `shadowRoot.getSelection()`). */
const selectedText = (el: InspraakIdeaForm) =>
  String((el.shadowRoot as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.() ?? getSelection());
/** The accessibility tree's node of that name; `undefined` where the engine gives no tree (only Chromium does). */
const nodeNamed = async (name: string) =>
  (await capabilities()).accessibilityTree ? findAll(await accessibilityTree(), (node) => node.name === name)[0] : undefined;
/** A field's label text and description as the DOM gives them (every engine). */
const described = (el: InspraakIdeaForm, id: string) => referencedText($(el, `#${id}`)!, 'aria-describedby');
const labelled = (el: InspraakIdeaForm, id: string) => text($<HTMLInputElement>(el, `#${id}`)!.labels?.[0]);

/**
 * Types as a keyboard does, one key at a time: WebKitGTK's WebDriver drops spaces and repeated
 * letters from a string sent at once.
 */
async function typeText(value: string) {
  for (const key of value) await sendKeys({ press: key });
}

afterEach(async () => {
  if ((await capabilities()).forcedColors) await forcedColors(false);
  document.documentElement.style.fontSize = '';
  document.body.style.fontSize = '';
  sessionStorage.clear();
});

describe('<inspraak-idea-form>', () => {
  it('reserves space while the board loads, then shows labelled fields with their hints as descriptions', async () => {
    const board = await createBoard();
    const gate = gatedFetch();
    const client = await participantClient(new Map(), gate.fetch);
    const el = await fixture<InspraakIdeaForm>(html`<inspraak-idea-form board=${board.id} .client=${client}></inspraak-idea-form>`);
    expect(part(el, 'skeleton')).to.exist;
    expect(el.getBoundingClientRect().height).to.be.greaterThan(300);
    expect(text(part(el, 'skeleton'))).to.equal('Het formulier wordt geladen.');
    await expectAccessible(el);
    gate.release();
    await waitUntil(() => $(el, 'form'), 'the form did not appear');

    const hint = 'Zeg in een paar woorden wat u wilt. Bijvoorbeeld: Meer bankjes in de schaduw. U kunt maximaal 120 tekens gebruiken.';
    expect(labelled(el, 'title')).to.equal('Titel van uw idee');
    expect(described(el, 'title')).to.equal(hint);
    expect(labelled(el, 'category')).to.equal('Onderwerp');
    expect(labelled(el, 'display-name')).to.equal('Uw naam (niet verplicht)');
    // What a screen reader gets, from the accessibility tree (Chromium's DevTools protocol only).
    if ((await capabilities()).accessibilityTree) {
      const title = await nodeNamed('Titel van uw idee');
      expect(title?.role).to.equal('textbox');
      expect(title?.description).to.equal(hint);
      expect((await nodeNamed('Onderwerp'))?.role).to.equal('combobox');
      expect((await nodeNamed('Uw naam (niet verplicht)'))?.role).to.equal('textbox');
    }
    const options = [...$<HTMLSelectElement>(el, '#category')!.options].map((option) => option.text);
    expect(options).to.deep.equal(['Kies een onderwerp', 'Groen', 'Verkeer', 'Spelen']);
    expect(text(part(el, 'submit-button'))).to.equal('Verstuur mijn idee');
    await expectAccessible(el);
  });

  it('moves focus to an error summary after a failed submit; its links move focus to the fields', async () => {
    const board = await createBoard();
    const el = await render(board);
    let sent = 0;
    el.addEventListener('inspraak-submit', () => (sent += 1));
    fill(el, 'title', 'Te kort');
    part(el, 'submit-button')!.click();
    await waitUntil(() => focused(el)?.id === 'error-summary', 'focus did not move to the error summary');
    expect(part(el, 'error-summary')!.getAttribute('role')).to.equal('alert');
    expect(text($(el, '#error-summary-title'))).to.equal('Er is een probleem');
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('#error-summary a')];
    expect(links.map(text)).to.deep.equal(['De titel moet minstens 10 tekens hebben.', 'Kies een onderwerp.']);
    expect(sent, 'nothing was sent').to.equal(0);

    // The error text is the field's description, after a hidden "Fout:"; the field is invalid.
    expect(described(el, 'title')).to.contain('Fout: De titel moet minstens 10 tekens hebben.');
    const title = await nodeNamed('Titel van uw idee');
    if (title) expect(title.description).to.contain('Fout: De titel moet minstens 10 tekens hebben.');
    expect($(el, '#title')!.getAttribute('aria-invalid')).to.equal('true');
    expect(text($(el, '#category-error'))).to.equal('Fout: Kies een onderwerp.');
    await expectAccessible(el);

    links[1]!.click();
    expect(who(focused(el))).to.equal('select#category');
    links[0]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(who(focused(el))).to.equal('input#title');

    // Fixed and sent again: the summary and the errors go.
    await fillValid(el);
    part(el, 'submit-button')!.click();
    await waitUntil(() => focused(el)?.id === 'confirmation', 'not sent after fixing');
    expect(part(el, 'error-summary')).to.not.exist;
  });

  it('can be filled in and sent with the keyboard alone, and then gives the receipt to keep', async () => {
    const board = await createBoard();
    const client = await participantClient();
    const wrapper = await fixture<HTMLElement>(
      html`<div><button id="before">Voor het formulier</button><inspraak-idea-form board=${board.id} .client=${client}></inspraak-idea-form></div>`,
    );
    const el = wrapper.querySelector('inspraak-idea-form')!;
    await waitUntil(() => $(el, 'form'), 'the form did not appear');
    const submitted = new Promise<InspraakSubmittedEvent>((resolve) => el.addEventListener('inspraak-submitted', resolve, { once: true }));

    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(who(focused(el))).to.equal('input#title');
    await typeText('Een speeltuin voor kleine kinderen');
    await sendKeys({ press: 'Tab' });
    expect(who(focused(el))).to.equal('textarea#description');
    await typeText('Er is nu niets om te spelen.');
    await sendKeys({ press: 'Tab' });
    expect(who(focused(el))).to.equal('select#category');
    // Typing a topic's first letter chooses it, in every engine, without opening the list.
    await typeText('S');
    await waitUntil(() => $<HTMLSelectElement>(el, '#category')!.value === 'cat_spelen', 'the topic was not chosen with the keyboard');
    await sendKeys({ press: 'Tab' });
    await typeText('Naast het station');
    await sendKeys({ press: 'Tab' });
    await typeText('Sam');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)!.getAttribute('part')).to.contain('submit-button');
    await sendKeys({ press: 'Enter' });

    const { detail } = await submitted;
    expect(detail.idea).to.include({ title: 'Een speeltuin voor kleine kinderen', categoryId: 'cat_spelen', place: 'Naast het station', displayName: 'Sam' });
    await waitUntil(() => focused(el)?.id === 'confirmation', 'focus did not move to the confirmation');
    expect(text(focused(el))).to.equal('Bedankt! Wij hebben uw idee ontvangen.');
    expect(text(part(el, 'status'))).to.contain('Uw idee staat nu op de website.');
    const receipt = text($(el, '#receipt'));
    // A widget configured with only a client links to that client's server, not to the page's.
    expect(receipt).to.equal(new URL(detail.receipt.path, (await testServer()).baseUrl).href);
    expect(detail.receipt.url).to.equal(receipt);
    // A link a resident can follow: the server's receipt page.
    expect($(el, '#receipt')!.localName).to.equal('a');
    expect($(el, '#receipt')!.getAttribute('href')).to.equal(receipt);
    expect(new URL(receipt).pathname + new URL(receipt).search).to.match(/^\/receipts\/idea\?receipt=irc_/);
    expect(referencedText(part(el, 'receipt')!, 'aria-labelledby'), 'the receipt is a region with a heading of its own').to.equal('Uw ontvangstlink');
    if ((await capabilities()).accessibilityTree) {
      const receiptNodes = findAll(await accessibilityTree(), (node) => node.name === 'Uw ontvangstlink').map((node) => node.role);
      expect(receiptNodes).to.deep.equal(['region', 'heading']);
    }
    expect(text(part(el, 'receipt'))).to.contain('Bewaar deze link.');
    expect(text(part(el, 'copy-button'))).to.equal('Kopieer de link');
    expect(sessionStorage.length, 'the draft is gone once sent').to.equal(0);
    await expectAccessible(el);

    const page = await client.ideas.list(board.id);
    expect(page.items.map((idea) => idea.title)).to.deep.equal(['Een speeltuin voor kleine kinderen']);

    // Copied, or (where the page may not write the clipboard) selected for the resident to copy.
    part(el, 'copy-button')!.click();
    await waitUntil(
      () => live(el) === 'De link is gekopieerd.' || selectedText(el).includes('/receipts/idea?receipt=irc_'),
      'the link was neither copied nor selected',
    );

    part(el, 'another-button')!.click();
    await waitUntil(() => who(focused(el)) === 'input#title', 'focus did not return to an empty form');
    expect($<HTMLInputElement>(el, '#title')!.value).to.equal('');
  });

  it('counts characters at once on screen, and says the count politely once typing pauses', async () => {
    const board = await createBoard();
    const el = await render(board);
    const region = $(el, '[data-counter]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    fill(el, 'title', 'Meer groen');
    await el.updateComplete;
    const count = () => text($(el, '#title')!.parentElement!.querySelector('[part=count] [aria-hidden]'));
    expect(count()).to.equal('U heeft nog 110 tekens over.');
    expect(counterRegion(el), 'not on every keystroke').to.equal('');
    fill(el, 'title', 'Meer groen op het plein');
    await el.updateComplete;
    expect(count()).to.equal('U heeft nog 97 tekens over.');
    await waitUntil(() => counterRegion(el) !== '', 'the count was never said', { timeout: 3000 });
    expect(counterRegion(el), 'only the last count').to.equal('U heeft nog 97 tekens over.');

    fill(el, 'title', 'x'.repeat(123));
    await el.updateComplete;
    expect(count()).to.equal('U heeft 3 tekens te veel.');
    part(el, 'submit-button')!.click();
    await waitUntil(() => part(el, 'error-summary'));
    expect(text($(el, '#title-error'))).to.equal('Fout: Dit mag maximaal 120 tekens hebben. Maak het korter.');
  });

  it('shows similar published ideas while the title is typed, announces them, and lets the resident support one', async () => {
    const board = await createBoard();
    const other = await participantClient();
    await other.ideas.create(board.id, { title: 'Meer bomen op het Stationsplein', categoryId: 'cat_groen' });
    const el = await render(board);
    fill(el, 'title', 'Mee');
    fill(el, 'title', 'Meer bomen op het plei');
    fill(el, 'title', 'Meer bomen op het plein');
    await waitUntil(() => part(el, 'similar'), 'no similar ideas', { timeout: 4000 });
    expect(text($(el, '#similar-heading'))).to.equal('Bestaat uw idee al? Steun het dan.');
    expect(text($(el, '.similar-title'))).to.equal('Meer bomen op het Stationsplein');
    expect(live(el)).to.equal('Er is 1 idee dat op uw idee lijkt.');
    const support = part(el, 'support-button')!;
    expect(support.getAttribute('aria-pressed')).to.equal('false');
    expect(support.getAttribute('aria-label')).to.equal('Steun dit idee: Meer bomen op het Stationsplein');
    await expectAccessible(el);

    support.click();
    await waitUntil(() => part(el, 'support-button')!.getAttribute('aria-pressed') === 'true', 'support did not count');
    expect(text($(el, '.similar .meta'))).to.equal('1 van 100 steunbetuigingen');
    expect(live(el)).to.equal('U steunt dit idee nu.');
    await expectAccessible(el);

    fill(el, 'title', 'Me');
    await el.updateComplete;
    expect(part(el, 'similar'), 'gone for a title too short to compare').to.not.exist;
  });

  it('lets the resident delete the idea they sent with the keyboard: a confirmation takes focus, then a status message', async () => {
    const board = await createBoard();
    const client = await participantClient();
    const el = await render(board, { client });
    const submitted = new Promise<InspraakSubmittedEvent>((resolve) => el.addEventListener('inspraak-submitted', resolve, { once: true }));
    await fillValid(el, 'Een idee dat ik weer verwijder');
    part(el, 'submit-button')!.click();
    const { receipt } = (await submitted).detail;
    await waitUntil(() => $(el, '#erase'), 'no "Verwijder mijn idee" button');
    expect(text($(el, '#erase'))).to.equal('Verwijder mijn idee');
    await expectAccessible(el);

    // Escape keeps the idea and returns focus to the button.
    $(el, '#erase')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'erase-heading', 'focus did not move to the confirmation');
    expect(text(focused(el))).to.equal('Wilt u uw idee echt verwijderen?');
    const confirmation = $(el, 'section.erase')!;
    expect(referencedText(confirmation, 'aria-labelledby')).to.equal('Wilt u uw idee echt verwijderen?');
    expect(referencedText(confirmation, 'aria-describedby')).to.contain('U kunt dit niet ongedaan maken.');
    await expectAccessible(el);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => who(focused(el)) === 'button#erase', 'Escape did not return focus to the delete button');
    expect((await client.ideas.byReceipt(receipt.token)).id).to.equal(receipt.ideaId);

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'erase-heading', 'focus did not move to the confirmation again');
    await sendKeys({ press: 'Tab' });
    expect(text(focused(el))).to.equal('Ja, verwijder mijn idee');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'erased', 'focus did not move to the status message');
    expect(text(focused(el))).to.equal('Uw idee is verwijderd.');
    expect($(el, '#receipt'), 'the receipt link is gone').to.equal(null);
    expect(part(el, 'copy-button')).to.equal(null);
    await expectAccessible(el);
    const gone = await client.ideas.byReceipt(receipt.token).then(() => 0, (error: { status: number }) => error.status);
    expect(gone).to.equal(404);
    expect((await client.ideas.list(board.id)).items).to.have.length(0);

    part(el, 'another-button')!.click();
    await waitUntil(() => who(focused(el)) === 'input#title', 'focus did not return to an empty form');
  });

  it('shows a failed delete like its other errors, keeps the idea, and deletes it on a second try', async () => {
    const board = await createBoard();
    let offline = true;
    // The connection drops for the delete: the request never reaches the server.
    const dropping: typeof fetch = (input, init) =>
      offline && (init?.method ?? (input as Request).method) === 'DELETE' ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init);
    const client = await participantClient(new Map(), dropping);
    const el = await render(board, { client });
    const errors: Event[] = [];
    el.addEventListener('inspraak-error', (event) => errors.push(event));
    await fillValid(el);
    part(el, 'submit-button')!.click();
    await waitUntil(() => $(el, '#erase'), 'no delete button');
    $<HTMLButtonElement>(el, '#erase')!.click();
    await waitUntil(() => button(el, 'Ja, verwijder mijn idee'), 'no confirmation');
    button(el, 'Ja, verwijder mijn idee')!.click();
    await waitUntil(() => focused(el)?.id === 'erase-error', 'focus did not move to the error');
    expect(focused(el)!.getAttribute('role')).to.equal('alert');
    expect(text(focused(el))).to.contain('Uw idee is niet verwijderd.');
    expect(text(focused(el))).to.contain('De server is niet bereikbaar.');
    expect(errors).to.have.length(1);
    expect((await client.ideas.list(board.id)).items).to.have.length(1);
    await expectAccessible(el);

    offline = false;
    button(el, 'Ja, verwijder mijn idee')!.click();
    await waitUntil(() => focused(el)?.id === 'erased', 'not deleted on the second try');
    expect((await client.ideas.list(board.id)).items).to.have.length(0);
  });

  it('says an idea waits for review on a pre-moderated board', async () => {
    const board = await createBoard({ moderation: 'pre' });
    const el = await render(board);
    await fillValid(el);
    part(el, 'submit-button')!.click();
    await waitUntil(() => focused(el)?.id === 'confirmation');
    expect(text(part(el, 'status'))).to.equal(
      'Bedankt! Wij hebben uw idee ontvangen. Een medewerker van de gemeente leest uw idee eerst. Daarna zetten wij het op de website.',
    );
    expect((await participantClient().then((client) => client.ideas.list(board.id))).items).to.have.length(0);
  });

  it('keeps the draft when the connection drops, and sends it once with the same key when it returns', async () => {
    const board = await createBoard();
    const keys: string[] = [];
    let dropResponses = true;
    // The request reaches the server, the answer is lost on the way back: the worst case for doubles.
    const flaky: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'POST' && request.url.endsWith('/ideas')) keys.push(request.headers.get('idempotency-key') ?? '');
      const response = await fetch(request);
      if (dropResponses && request.method === 'POST' && request.url.endsWith('/ideas')) throw new TypeError('Failed to fetch');
      return response;
    };
    const el = await render(board, { client: await participantClient(new Map(), flaky) });
    const errors: unknown[] = [];
    el.addEventListener('inspraak-error', (event) => errors.push(event.detail.error));
    await fillValid(el, 'Een bankje bij de bushalte');
    part(el, 'submit-button')!.click();
    await waitUntil(() => part(el, 'error'), 'no error after the connection dropped', { timeout: 5000 });
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(who(focused(el))).to.equal('div#send-error');
    expect(text(part(el, 'error'))).to.equal(
      'Uw idee is nog niet verstuurd. De server is niet bereikbaar. Controleer uw internet en probeer het opnieuw. Uw tekst is bewaard. Wij versturen uw idee vanzelf als de verbinding terug is. Probeer opnieuw te versturen',
    );
    expect($<HTMLInputElement>(el, '#title')!.value, 'the draft stays in the form').to.equal('Een bankje bij de bushalte');
    const stored = JSON.parse(sessionStorage.getItem(`inspraak:idea-draft:${board.id}`)!);
    expect(stored).to.include({ title: 'Een bankje bij de bushalte', categoryId: 'cat_groen', key: keys[0] });
    expect((errors[0] as { code: string }).code).to.equal('network-error');
    await expectAccessible(el);

    dropResponses = false;
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => focused(el)?.id === 'confirmation', 'not sent when the connection returned', { timeout: 5000 });
    expect(keys).to.have.length(2);
    expect(keys[1], 'the same Idempotency-Key').to.equal(keys[0]);
    const page = await (await participantClient()).ideas.list(board.id);
    expect(page.items.filter((idea) => idea.title === 'Een bankje bij de bushalte'), 'stored once').to.have.length(1);
  });

  it('keeps the draft across a reload of the page', async () => {
    const board = await createBoard();
    const first = await render(board);
    await fillValid(first, 'Een fontein op het plein');
    first.remove();
    const again = await render(board);
    expect($<HTMLInputElement>(again, '#title')!.value).to.equal('Een fontein op het plein');
    expect($<HTMLSelectElement>(again, '#category')!.value).to.equal('cat_groen');
    expect($<HTMLTextAreaElement>(again, '#description')!.value).to.equal('Op warme dagen is er nergens een plek om te zitten.');
  });

  it("shows the server's field errors next to their fields, in the error summary", async () => {
    const board = await createBoard();
    const el = await render(board);
    await fillValid(el);
    fill(el, 'category', 'cat_spelen');
    // The city removes the topic while the resident is writing.
    await updateBoard(board.id, { categories: [{ id: 'cat_groen', label: 'Groen' }] });
    part(el, 'submit-button')!.click();
    await waitUntil(() => focused(el)?.id === 'error-summary', 'no error summary after a 422', { timeout: 5000 });
    expect(text($(el, '#error-summary a'))).to.equal('Dit onderwerp bestaat niet meer. Kies een ander onderwerp.');
    expect(text($(el, '#category-error'))).to.equal('Fout: Dit onderwerp bestaat niet meer. Kies een ander onderwerp.');
    expect($<HTMLInputElement>(el, '#title')!.value, 'the text is kept').to.equal('Meer bankjes in de schaduw');
  });

  it('sends a cancelable inspraak-submit first; preventDefault stops the send', async () => {
    const board = await createBoard();
    const el = await render(board);
    const seen: InspraakSubmitEvent[] = [];
    const veto = (event: InspraakSubmitEvent) => {
      seen.push(event);
      event.preventDefault();
    };
    document.addEventListener('inspraak-submit', veto);
    try {
      await fillValid(el);
      part(el, 'submit-button')!.click();
      await new Promise((resolve) => setTimeout(resolve, 300));
    } finally {
      document.removeEventListener('inspraak-submit', veto);
    }
    expect(seen).to.have.length(1);
    expect(seen[0]!.detail).to.deep.equal({
      boardId: board.id,
      idea: { title: 'Meer bankjes in de schaduw', description: 'Op warme dagen is er nergens een plek om te zitten.', categoryId: 'cat_groen' },
    });
    expect(seen[0]!.composed && seen[0]!.bubbles && seen[0]!.cancelable).to.be.true;
    expect(focused(el)?.id).to.not.equal('confirmation');
    expect((await (await participantClient()).ideas.list(board.id)).items, 'nothing was sent').to.have.length(0);
  });

  it('says a closed board takes no new ideas, and shows no form', async () => {
    const board = await createBoard({ status: 'closed' });
    const el = await render(board);
    expect($(el, 'form')).to.not.exist;
    expect(text(part(el, 'status'))).to.equal('U kunt hier geen nieuwe ideeën meer sturen. Dit ideeënbord is gesloten.');
    await expectAccessible(el);
  });

  it('speaks English in an English section', async () => {
    const board = await createBoard();
    const el = await render(board, { lang: 'en' });
    await waitUntil(() => text(part(el, 'submit-button')) === 'Send my idea', 'not in English');
    expect(text($(el, 'label[for=title]'))).to.equal('Title of your idea');
    part(el, 'submit-button')!.click();
    await waitUntil(() => part(el, 'error-summary'));
    expect(text($(el, '#error-summary-title'))).to.equal('There is a problem');
    expect(text($(el, '#title-error'))).to.equal('Error: Enter a title.');
    await expectAccessible(el);
    // The page switches language: the errors follow.
    el.setAttribute('lang', 'nl');
    await waitUntil(() => text($(el, '#title-error')) === 'Fout: Vul een titel in.', 'the error did not follow the language');
    expect(text($(el, '#error-summary a'))).to.equal('Vul een titel in.');
  });

  it('makes every control at least 44 px high, also when the page shrinks its root font, and stays clear in forced colours', async () => {
    document.documentElement.style.fontSize = '62.5%';
    document.body.style.fontSize = '1.6rem';
    const board = await createBoard();
    const el = await render(board);
    const controls = [...el.shadowRoot!.querySelectorAll<HTMLElement>('input, textarea, select, button')];
    expect(controls.length).to.equal(6);
    for (const control of controls) expect(control.getBoundingClientRect().height, who(control)).to.be.at.least(44);
    expect(getComputedStyle(part(el, 'base')!).fontSize).to.equal('16px');
    part(el, 'submit-button')!.click();
    await waitUntil(() => part(el, 'error-summary'));
    if (!(await capabilities()).forcedColors) return;
    await forcedColors(true);
    expect(getComputedStyle(part(el, 'error-summary')!).borderTopStyle).to.equal('solid');
    expect(getComputedStyle($(el, '#category')!).borderTopColor, 'the invalid field keeps a visible border').to.not.equal('rgba(0, 0, 0, 0)');
    await expectAccessible(el);
  });

  it('fits a 320 px wide screen without sideways scrolling, also with its errors', async () => {
    const board = await createBoard();
    const client = await participantClient();
    const { frame, page } = await narrowPage(320, 900, new URL('../../define/idea-form.ts', import.meta.url).href);
    try {
      const el = page.createElement('inspraak-idea-form') as InspraakIdeaForm;
      el.client = client;
      el.board = board.id;
      page.body.append(el);
      await waitUntil(() => $(el, 'form'), 'the form did not load in the narrow page', { timeout: 5000 });
      fill(el, 'title', 'Eenheelerglangwoordzonderspatiesdatnergenspastfietsparkeervoorziening');
      part(el, 'submit-button')!.click();
      await waitUntil(() => part(el, 'error-summary'));
      expect(page.documentElement.scrollWidth).to.be.at.most(320);
      for (const control of el.shadowRoot!.querySelectorAll('input, textarea, select, button')) {
        expect(control.getBoundingClientRect().right, who(control)).to.be.at.most(320);
      }
    } finally {
      frame.remove();
    }
  });
});
