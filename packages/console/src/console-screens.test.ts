/// <reference types="mocha" />
// The console's screens in every engine the widgets are tested in (Chromium, Firefox ESR, WebKitGTK):
// each state on real data from the test API server (the dev server forwards the screens' admin calls
// with the admin token, `/__inspraak/staff/v1/…`), checked with axe at WCAG 2.2 AA.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient, type FeedbackMapCreate, type Idea, type ModerationItem } from '@inspraak/sdk';
import { adminApi, createBoard, createPoll, expectAccessible, participantClient, referencedText, testServer, text } from '../../widgets/test/browser/fixtures.ts';
import type { ConsoleContext } from './console-context.ts';
import { defineConsoleElements } from './index.ts';
import { textsFor } from './texts.ts';

defineConsoleElements();

type Screen = HTMLElement & { shadowRoot: ShadowRoot; updateComplete: Promise<boolean> };

async function context(role: ConsoleContext['site']['role'] = 'admin', language: 'nl' | 'en' = 'nl'): Promise<ConsoleContext> {
  const { baseUrl, siteKey } = await testServer();
  return {
    client: createClient({ baseUrl: new URL('/__inspraak/staff/v1', location.origin).href, staffSite: 'site_demo', retry: 0 }),
    residentClient: createClient({ baseUrl, siteKey, retry: 0 }),
    site: { siteId: 'site_demo', siteName: 'Gemeente Voorbeeld', siteKey, role },
    language,
    texts: textsFor(language),
    announce: () => {},
  };
}

/** Renders a screen and waits until `selector` is in its shadow root. */
async function screen(template: ReturnType<typeof html>, selector: string): Promise<Screen> {
  const element = (await fixture(template)) as Screen;
  await waitUntil(() => element.shadowRoot.querySelector(selector), `${selector} in <${element.localName}>`, { timeout: 10_000 });
  return element;
}

/** Types `value` into the field named `name` (as a person would: the value, then an input event). */
function type(element: Screen, name: string, value: string): void {
  const control = element.shadowRoot.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${name}"]`)!;
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
}

let mapCounter = 0;
const mapInput = (): FeedbackMapCreate => ({
  id: `map_console_${Date.now().toString(36)}${(mapCounter += 1)}`,
  title: 'Meldingen in het centrum',
  center: { lat: 52.09, lng: 5.12 },
  zoom: 15,
  bounds: { south: 52.05, west: 5.05, north: 52.13, east: 5.19 },
  categories: [{ code: 'zwerfafval', name: 'Zwerfafval', questions: [] }],
});
/** The element with focus inside the screen's shadow root. */
const focusIn = (element: Screen) => element.shadowRoot.activeElement;

const press = async (element: Screen, selector: string) => {
  element.shadowRoot.querySelector<HTMLElement>(selector)!.click();
  await element.updateComplete;
};

/** A publish panel's preview, and the hosted page in its frame once `ready` holds for that page. */
async function previewOf(page: Screen, ready: (document: Document) => boolean = () => true) {
  const panel = page.shadowRoot.querySelector('inspraak-console-publish') as Screen;
  await waitUntil(() => panel.shadowRoot.querySelector('inspraak-console-preview'), 'the preview');
  const preview = panel.shadowRoot.querySelector('inspraak-console-preview') as Screen;
  // Defined once its chunk has loaded (publish-panel.ts).
  await waitUntil(() => preview.shadowRoot?.querySelector('iframe'), 'the preview’s frame');
  const frame = () => preview.shadowRoot.querySelector('iframe')!;
  const framed = () => {
    const document = frame()?.contentDocument;
    return document && document.URL === frame().src && document.readyState !== 'loading' && document.querySelector('main') ? document : undefined;
  };
  await waitUntil(() => framed() && ready(framed()!), 'the hosted page in the preview', { timeout: 10_000 });
  return { preview, frame: frame(), document: framed()! };
}

describe('the console’s screens (axe, WCAG 2.2 AA)', () => {
  it('polls: the list, and the new-poll form with its error summary', async () => {
    await createPoll({ question: 'Een peiling voor de console?' });
    const polls = await screen(html`<inspraak-console-polls .context=${await context('editor')}></inspraak-console-polls>`, 'tbody tr');
    await expectAccessible(polls);
    await press(polls, 'button[type="submit"]');
    await waitUntil(() => polls.shadowRoot.querySelector('.error-summary'), 'the error summary');
    expect(polls.shadowRoot.querySelectorAll('[aria-invalid="true"]')).to.have.length(2);
    await expectAccessible(polls);
  });

  it('a poll: its counts, the publish panel with the QR code, and the close confirmation (in English)', async () => {
    const poll = await createPoll({ question: 'Wat komt er op het plein?' });
    await (await participantClient()).polls.vote(poll.id, { optionIds: [poll.options[0]!.id] });
    const page = await screen(html`<inspraak-console-poll .context=${await context('editor', 'en')} .pollId=${poll.id}></inspraak-console-poll>`, '.total');
    expect(text(page.shadowRoot.querySelector('.total'))).to.equal('1 vote');
    const panel = page.shadowRoot.querySelector('inspraak-console-publish') as Screen;
    await waitUntil(() => panel.shadowRoot.querySelector('img.qr'), 'the QR code');
    await expectAccessible(page);
    const close = page.shadowRoot.querySelector('inspraak-console-confirm.close') as Screen;
    await press(close, 'button.opener');
    await waitUntil(() => close.shadowRoot.querySelector('#confirm-question'), 'the confirmation');
    expect(text(close.shadowRoot.querySelector('#confirm-question'))).to.contain('nobody can vote any more');
    await expectAccessible(page);
  });

  it('a poll’s preview: the real hosted page in the language, colours and width chosen by keyboard, inert, and Tab passes it by', async () => {
    const poll = await createPoll({ question: 'Welke boom komt op het plein?' });
    const page = await screen(html`<inspraak-console-poll .context=${await context('editor')} .pollId=${poll.id}></inspraak-console-poll>`, '.total');
    let { preview, frame, document } = await previewOf(page);
    expect(new URL(frame.src).pathname + new URL(frame.src).search).to.equal(`/embed/poll/${poll.id}?lang=nl&theme=light&preview=1`);
    expect(document.documentElement.lang).to.equal('nl');
    expect(document.documentElement.dataset.theme).to.equal('light');
    expect(text(document.querySelector('inspraak-poll[poll] h1'))).to.equal('Welke boom komt op het plein?', 'the server’s page of this poll');
    // Not interactive: the frame's container and the page itself are inert.
    expect((frame.closest('[inert]') as HTMLElement).inert).to.equal(true);
    expect(document.querySelector('main')!.inert).to.equal(true);
    const name = 'Voorbeeld van de peiling, Nederlands, licht, breed scherm';
    expect(frame.title).to.equal(name);
    const figure = preview.shadowRoot.querySelector('figure')!;
    expect(text(preview.shadowRoot.getElementById(figure.getAttribute('aria-labelledby')!))).to.equal(name);
    expect(text(figure.querySelector('figcaption'))).to.contain('Voorbeeld: u kunt hier niet stemmen.');
    await expectAccessible(preview);

    // Arrow keys in each radio group, as a keyboard user chooses.
    for (const [id, key] of [
      ['preview-language-nl', 'ArrowDown'],
      ['preview-scheme-light', 'ArrowDown'],
      ['preview-width-wide', 'ArrowUp'],
    ] as const) {
      preview.shadowRoot.getElementById(id)!.focus();
      await sendKeys({ press: key });
      await preview.updateComplete;
    }
    expect([...preview.shadowRoot.querySelectorAll<HTMLInputElement>('input:checked')].map((input) => input.id)).to.deep.equal([
      'preview-language-en',
      'preview-scheme-dark',
      'preview-width-narrow',
    ]);
    ({ frame, document } = await previewOf(page, (framed) => framed.documentElement.lang === 'en'));
    expect(document.documentElement.dataset.theme).to.equal('dark');
    expect(getComputedStyle(document.documentElement).backgroundColor).to.equal('rgb(31, 35, 40)', 'the dark page of docs/theming.md');
    expect(document.documentElement.clientWidth).to.equal(320, 'the page’s own viewport is 320 px wide');
    expect(frame.title).to.equal('Voorbeeld van de peiling, Engels, donker, 320 pixels breed');
    await expectAccessible(preview);

    // Tab from the last choice leaves the preview: nothing in the frame takes focus.
    await sendKeys({ press: 'Tab' });
    expect(preview.shadowRoot.activeElement?.localName).not.to.equal('iframe');
    expect(document.hasFocus()).to.equal(false);
  });

  it('an idea board’s preview loads again after a save; a map’s and a closed poll’s show their pages (in English)', async () => {
    const board = await createBoard({ title: 'Bord voor het voorbeeld' });
    const page = await screen(html`<inspraak-console-board .context=${await context('editor', 'en')} .subjectId=${board.id}></inspraak-console-board>`, 'form');
    let { preview, frame } = await previewOf(page, (document) => text(document.querySelector('h1')) === 'Bord voor het voorbeeld');
    expect(new URL(frame.src).pathname).to.equal(`/embed/idea-board/${board.id}`);
    expect(text(preview.shadowRoot.querySelector('figcaption'))).to.equal('Preview of the idea board, Dutch, light, wide screen Preview: you cannot send or support ideas here.');
    type(page, 'title', 'Nieuwe titel van het bord');
    await press(page, 'button[type="submit"]');
    await waitUntil(() => page.shadowRoot.querySelector('.saved'), 'the save');
    ({ frame } = await previewOf(page, (document) => text(document.querySelector('h1')) === 'Nieuwe titel van het bord'));

    const map = await adminApi('maps', 'create', mapInput());
    const mapPage = await screen(html`<inspraak-console-map .context=${await context('editor', 'en')} .subjectId=${map.id}></inspraak-console-map>`, 'form');
    ({ preview, frame } = await previewOf(mapPage, (document) => Boolean(document.querySelector(`inspraak-feedback-map[map="${map.id}"]`))));
    expect(text(preview.shadowRoot.querySelector('figcaption strong'))).to.equal('Preview: you cannot report anything here.');
    await expectAccessible(preview);

    const closed = await createPoll({ question: 'Een gesloten peiling?' }, { close: true });
    const pollPage = await screen(html`<inspraak-console-poll .context=${await context('editor', 'en')} .pollId=${closed.id}></inspraak-console-poll>`, '.total');
    await previewOf(pollPage, (document) => text(document.querySelector('h1')) === 'Een gesloten peiling?');
  });

  it('a poll: delete says how many ballots go; focus on the confirmation, Escape cancels, confirming goes back to the list', async () => {
    const poll = await createPoll({ question: 'Mag deze peiling weg?' });
    await (await participantClient()).polls.vote(poll.id, { optionIds: [poll.options[0]!.id] });
    const said: string[] = [];
    const page = await screen(
      html`<inspraak-console-poll .context=${{ ...(await context('editor')), announce: (message: string) => said.push(message) }} .pollId=${poll.id}></inspraak-console-poll>`,
      '.total',
    );
    const confirm = page.shadowRoot.querySelector('inspraak-console-confirm.delete') as Screen;
    const opener = confirm.shadowRoot.querySelector<HTMLButtonElement>('button.opener')!;
    expect(text(opener)).to.equal('Peiling verwijderen');
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focusIn(confirm)?.getAttribute('role') === 'group', 'focus on the confirmation');
    const group = focusIn(confirm)!;
    expect(text(confirm.shadowRoot.getElementById(group.getAttribute('aria-labelledby')!))).to.equal(
      "Dit verwijdert de peiling met 1 stem. Pagina's waarop de peiling staat, tonen dan alleen nog dat de peiling niet meer bestaat. Dit kunt u niet ongedaan maken. Download eerst de uitslag als u die wilt bewaren.",
    );
    expect(confirm.querySelector('button')?.textContent).to.equal('Uitslag downloaden (CSV)', 'the download is offered in the confirmation');
    expect(text(confirm.shadowRoot.querySelector('button.danger'))).to.equal('Ja, peiling verwijderen');
    await expectAccessible(page);

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => focusIn(confirm)?.classList.contains('opener'), 'focus back on the button');
    expect((await adminApi('polls', 'results', poll.id)).totalBallots).to.equal(1, 'cancelled: nothing deleted');

    await press(confirm, 'button.opener');
    await waitUntil(() => confirm.shadowRoot.querySelector('button.danger'), 'the confirmation again');
    await press(confirm, 'button.danger');
    try {
      await waitUntil(() => location.hash === '#/polls', 'back to the list');
      expect(said.at(-1)).to.equal('De peiling "Mag deze peiling weg?" is verwijderd.');
      const gone = await adminApi('polls', 'results', poll.id).then(
        () => 'still there',
        () => 'gone',
      );
      expect(gone).to.equal('gone');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  for (const kind of ['board', 'map'] as const) {
    it(`a ${kind}: delete states what it holds (in English), and only roles that may delete see it`, async () => {
      const board = kind === 'board' ? await createBoard({}) : undefined;
      const map = kind === 'map' ? await adminApi('maps', 'create', mapInput()) : undefined;
      if (board) await (await participantClient()).ideas.create(board.id, { title: 'Een idee dat meegaat', categoryId: 'cat_groen' });
      const id = (board ?? map)!.id;
      const said: string[] = [];
      const tag = kind === 'board' ? html`<inspraak-console-board .context=${{ ...(await context('editor', 'en')), announce: (message: string) => said.push(message) }} .subjectId=${id}></inspraak-console-board>`
        : html`<inspraak-console-map .context=${{ ...(await context('editor', 'en')), announce: (message: string) => said.push(message) }} .subjectId=${id}></inspraak-console-map>`;
      const page = await screen(tag, 'inspraak-console-confirm.delete');
      const confirm = page.shadowRoot.querySelector('inspraak-console-confirm.delete') as Screen;
      await press(confirm, 'button.opener');
      await waitUntil(() => focusIn(confirm)?.getAttribute('role') === 'group', 'focus on the confirmation');
      const question = text(confirm.shadowRoot.querySelector('#confirm-question'));
      expect(question).to.contain(kind === 'board' ? 'with 1 idea, 0 comments and 0 supports' : 'with 0 reports and 0 photos');
      expect(question).to.contain('You cannot undo this.');
      expect(confirm.querySelectorAll('button').length).to.be.greaterThan(0, 'the downloads are offered');
      await expectAccessible(page);
      await press(confirm, 'button.danger');
      try {
        await waitUntil(() => location.hash === `#/${kind}s`, 'back to the list');
        expect(said.at(-1)).to.match(kind === 'board' ? /^The idea board ".+" is deleted\.$/ : /^The map ".+" is deleted\.$/);
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
      }
    });
  }

  it('a board for a moderator: no delete (the server refuses it too)', async () => {
    const board = await createBoard({});
    const page = await screen(html`<inspraak-console-board .context=${await context('moderator')} .subjectId=${board.id}></inspraak-console-board>`, 'h1');
    expect(page.shadowRoot.querySelector('inspraak-console-confirm.delete')).to.equal(null);
  });

  it('moderation: the queue, and the hide form with its reasons', async () => {
    const board = await createBoard({ moderation: 'pre' });
    const residents = await participantClient();
    await residents.ideas.create(board.id, { title: 'Een idee dat wacht op een besluit', categoryId: 'cat_groen' });
    const queue = await screen(html`<inspraak-console-moderation .context=${await context('moderator')}></inspraak-console-moderation>`, 'article');
    await expectAccessible(queue);
    await press(queue, 'article button.secondary');
    await waitUntil(() => queue.shadowRoot.querySelector('select[name="reasonCode"]'), 'the hide form');
    await expectAccessible(queue);
    const pending = (await adminApi('ideas', 'queue', { boardId: board.id })).items as ModerationItem[];
    expect(pending.length).to.be.greaterThan(0);
  });

  it('moderation: keys work the focused item, and a selection is decided at once', async () => {
    const board = await createBoard({ moderation: 'pre' });
    const residents = await participantClient();
    const titles = ['Eerste idee voor de sneltoetsen', 'Tweede idee voor de sneltoetsen', 'Derde idee voor de sneltoetsen'];
    const ideas: Idea[] = [];
    for (const title of titles) ideas.push((await residents.ideas.create(board.id, { title, categoryId: 'cat_groen' })).idea);
    const said: string[] = [];
    const queue = await screen(
      html`<inspraak-console-moderation .context=${{ ...(await context('moderator')), announce: (message: string) => said.push(message) }}></inspraak-console-moderation>`,
      `#item-${ideas[2]!.id}`,
    );
    const state = async (id: string) => (await adminApi('ideas', 'queue', { boardId: board.id })).items.some((item: ModerationItem) => item.idea?.id === id);
    const focusedId = () => (queue.shadowRoot.activeElement as HTMLElement | null)?.id;

    // J moves to the next item, K back; X selects the focused one; H opens its hide form, Esc closes it.
    queue.shadowRoot.querySelector<HTMLElement>(`#item-${ideas[0]!.id}`)!.focus();
    await sendKeys({ press: 'j' });
    expect(focusedId()).to.equal(`item-${ideas[1]!.id}`);
    await sendKeys({ press: 'k' });
    expect(focusedId()).to.equal(`item-${ideas[0]!.id}`);
    await sendKeys({ press: 'x' });
    await queue.updateComplete;
    expect(queue.shadowRoot.querySelector<HTMLInputElement>(`#select-${ideas[0]!.id}`)!.checked).to.equal(true);
    await sendKeys({ press: 'h' });
    await waitUntil(() => focusedId() === `reason-${ideas[0]!.id}`, 'focus on the reason');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => focusedId() === `item-${ideas[0]!.id}`, 'focus back on the item');

    // The selection: the first idea (by key) and the third (by its checkbox), approved together.
    await press(queue, `#select-${ideas[2]!.id}`);
    expect(text(queue.shadowRoot.querySelector('#selection-count'))).to.equal('2 items gekozen');
    await expectAccessible(queue);
    await press(queue, '.selection button.primary');
    await waitUntil(() => !queue.shadowRoot.querySelector(`#item-${ideas[2]!.id}`), 'the selection leaves the queue', { timeout: 10_000 });
    expect(said.at(-1)).to.equal('2 items goedgekeurd.');
    expect(await state(ideas[0]!.id)).to.equal(false);
    expect(await state(ideas[2]!.id)).to.equal(false);
    expect(await state(ideas[1]!.id)).to.equal(true, 'the one not selected still waits');

    // A: approve the focused item.
    queue.shadowRoot.querySelector<HTMLElement>(`#item-${ideas[1]!.id}`)!.focus();
    await sendKeys({ press: 'a' });
    await waitUntil(() => !queue.shadowRoot.querySelector(`#item-${ideas[1]!.id}`), 'approved by its key', { timeout: 10_000 });
    expect(await state(ideas[1]!.id)).to.equal(false);
  });

  it('moderation: a report on a map waits there too, and is hidden with a reason', async () => {
    const map = await adminApi('maps', 'create', { ...mapInput(), moderation: 'pre' });
    const { report } = await (await participantClient()).maps.reports.create(map.id, {
      category: 'zwerfafval',
      lat: 52.09,
      lng: 5.12,
      address: 'Dorpsstraat 1',
      description: 'Het bankje is kapot.',
    });
    const said: string[] = [];
    const queue = await screen(
      html`<inspraak-console-moderation .context=${{ ...(await context('moderator', 'en')), announce: (message: string) => said.push(message) }}></inspraak-console-moderation>`,
      `#item-${report.id}`,
    );
    expect(text(queue.shadowRoot.querySelector(`#item-${report.id}`))).to.equal('Report Zwerfafval: Dorpsstraat 1');
    await press(queue, `article[data-item="${report.id}"] button.secondary`);
    await waitUntil(() => queue.shadowRoot.querySelector(`#reason-${report.id}`), 'the hide form');
    await expectAccessible(queue);
    queue.shadowRoot.querySelector<HTMLSelectElement>(`#reason-${report.id}`)!.value = 'spam';
    await press(queue, `article[data-item="${report.id}"] form button[type="submit"]`);
    await waitUntil(() => said.length > 0, 'the outcome said', { timeout: 10_000 });
    expect(said).to.deep.equal(['Hidden: Zwerfafval: Dorpsstraat 1']);
    expect(queue.shadowRoot.querySelector(`#item-${report.id}`)).to.equal(null);
    const [hidden] = (await adminApi('reports', 'list', map.id)).items;
    expect([hidden!.properties.moderation, hidden!.properties.hiddenReasonCode]).to.deep.equal(['hidden', 'spam']);
  });

  it('reports: a map’s reports with their history; a moderator sets a status with a public note, an editor only reads', async () => {
    const map = await adminApi('maps', 'create', mapInput());
    const { report } = await (await participantClient()).maps.reports.create(map.id, { category: 'zwerfafval', lat: 52.09, lng: 5.12, description: 'Afval naast de bank.' });
    const reading = await screen(html`<inspraak-console-reports .context=${await context('editor')} .mapId=${map.id}></inspraak-console-reports>`, `#report-${report.id}`);
    expect(reading.shadowRoot.querySelector('article button')).to.equal(null, 'an editor has no status button');
    await expectAccessible(reading);

    const said: string[] = [];
    const reports = await screen(
      html`<inspraak-console-reports .context=${{ ...(await context('moderator')), announce: (message: string) => said.push(message) }} .mapId=${map.id}></inspraak-console-reports>`,
      `#report-${report.id}`,
    );
    expect(text(reports.shadowRoot.querySelector(`#report-${report.id}`))).to.equal('Zwerfafval: Afval naast de bank.');
    await press(reports, `article[aria-labelledby="report-${report.id}"] button`);
    await waitUntil(() => reports.shadowRoot.activeElement?.id === `status-${report.id}`, 'focus on the new status');
    await expectAccessible(reports);
    type(reports, 'status', 'acknowledged');
    type(reports, 'note', 'We halen het morgen op.');
    await press(reports, 'form button[type="submit"]');
    await waitUntil(() => said.length > 0, 'the outcome said', { timeout: 10_000 });
    expect(said).to.deep.equal(['De status van "Zwerfafval: Afval naast de bank." is nu: Gezien.']);
    await waitUntil(() => reports.shadowRoot.activeElement?.id === `report-${report.id}`, 'focus back on the report');
    expect(text(reports.shadowRoot.querySelector('article .badge'))).to.equal('Gezien');
    const [stored] = (await adminApi('reports', 'list', map.id)).items;
    expect(stored!.properties.updates.map(({ status, note }) => [status, note])).to.deep.equal([['acknowledged', 'We halen het morgen op.']]);
  });

  it('answers: the ideas owed an answer, and the answer form', async () => {
    const board = await createBoard({ supportThreshold: 1, answerWithinDays: 14 });
    const { idea } = await (await participantClient()).ideas.create(board.id, { title: 'Een idee dat een antwoord krijgt', categoryId: 'cat_groen' });
    await (await participantClient()).ideas.support(idea.id);
    const answers = await screen(html`<inspraak-console-answers .context=${await context('moderator')}></inspraak-console-answers>`, `#idea-${idea.id}`);
    await expectAccessible(answers);
    await press(answers, `article[aria-labelledby="idea-${idea.id}"] button`);
    await waitUntil(() => answers.shadowRoot.querySelector(`#answer-${idea.id}`), 'the answer form');
    await expectAccessible(answers);
  });

  it('idea boards: the list, and the new-board form with its error summary', async () => {
    await createBoard({ title: 'Een bord voor de console' });
    const boards = await screen(html`<inspraak-console-boards .context=${await context('editor')}></inspraak-console-boards>`, 'tbody tr');
    expect(text(boards.shadowRoot.querySelector('tbody'))).to.contain('Een bord voor de console');
    await expectAccessible(boards);
    type(boards, 'supportThreshold', '0');
    await press(boards, 'button[type="submit"]');
    await waitUntil(() => boards.shadowRoot.querySelector('.error-summary'), 'the error summary');
    expect(boards.shadowRoot.activeElement).to.equal(boards.shadowRoot.querySelector('.error-summary'));
    const invalid = [...boards.shadowRoot.querySelectorAll('[aria-invalid="true"]')].map((control) => control.getAttribute('name'));
    expect(invalid).to.deep.equal(['title', 'categories', 'supportThreshold']);
    await expectAccessible(boards);
  });

  it('an idea board: a save sends only what changed and says so; the CSV; the publish panel (in English)', async () => {
    const board = await createBoard({ title: 'Bord om te wijzigen', answerWithinDays: 30 });
    const page = await screen(html`<inspraak-console-board .context=${await context('editor', 'en')} .subjectId=${board.id}></inspraak-console-board>`, 'form');
    expect((page.shadowRoot.querySelector('[name="categories"]') as HTMLTextAreaElement).value).to.equal('Groen\nVerkeer\nSpelen');
    expect((page.shadowRoot.querySelector('[name="moderation"]') as HTMLSelectElement).value).to.equal('post');
    type(page, 'supportThreshold', '25');
    type(page, 'categories', 'Groen\nVerkeer\nSpelen\nKunst');
    type(page, 'status', 'closed');
    await press(page, 'button[type="submit"]');
    await waitUntil(() => page.shadowRoot.querySelector('.saved'), 'the save');
    expect(text(page.shadowRoot.querySelector('.saved'))).to.equal('Saved. Changed: Categories, Support needed for an answer (optional), Status.');
    const saved = await (await participantClient()).boards.get(board.id);
    expect(saved.supportThreshold).to.equal(25);
    expect(saved.status).to.equal('closed');
    expect(saved.answerWithinDays).to.equal(30, 'what the form did not change stays');
    expect(saved.categories.map((category) => category.id)).to.deep.equal(['cat_groen', 'cat_verkeer', 'cat_spelen', 'cat_kunst']);
    expect([...page.shadowRoot.querySelectorAll('section button')].map(text)).to.include('Download ideas (CSV)');
    const panel = page.shadowRoot.querySelector('inspraak-console-publish') as Screen;
    await waitUntil(() => panel.shadowRoot.querySelector('img.qr'), 'the QR code');
    expect(text(panel.shadowRoot.querySelector('#tag-code'))).to.contain(`<inspraak-idea-board board="${board.id}"></inspraak-idea-board>`);
    await expectAccessible(page);
    await press(page, 'button[type="submit"]');
    await waitUntil(() => text(page.shadowRoot.querySelector('.saved')) === 'Nothing has changed.', 'a save without changes');
  });

  it('maps: the list, and the new-map form with its error summary', async () => {
    await adminApi('maps', 'create', { ...mapInput(), title: 'Een kaart voor de console' });
    const maps = await screen(html`<inspraak-console-maps .context=${await context('admin')}></inspraak-console-maps>`, 'tbody tr');
    expect(text(maps.shadowRoot.querySelector('tbody'))).to.contain('Een kaart voor de console');
    await expectAccessible(maps);
    type(maps, 'north', '52.0');
    type(maps, 'south', '52.1');
    type(maps, 'west', '5,0');
    type(maps, 'east', '5.2');
    type(maps, 'categories', '- Een vraag zonder categorie');
    await press(maps, 'button[type="submit"]');
    await waitUntil(() => maps.shadowRoot.querySelector('.error-summary'), 'the error summary');
    const invalid = [...maps.shadowRoot.querySelectorAll('[aria-invalid="true"]')].map((control) => control.getAttribute('name'));
    expect(invalid).to.deep.equal(['title', 'north', 'categories']);
    expect(text(maps.shadowRoot.querySelector('#categories-error'))).to.contain('Regel 1');
    await expectAccessible(maps);
  });

  it('a map: its categories with follow-up questions as text, a save that says what changed, two downloads, the publish panel', async () => {
    const map = await adminApi('maps', 'create', mapInput());
    const page = await screen(html`<inspraak-console-map .context=${await context('editor')} .subjectId=${map.id}></inspraak-console-map>`, 'form');
    expect((page.shadowRoot.querySelector('[name="north"]') as HTMLInputElement).value).to.equal('52.13');
    type(page, 'categories', 'Zwerfafval\n- Hoeveel ligt er? | Een beetje | Veel\nLosse stoeptegel\n- Waar precies? *');
    await press(page, 'button[type="submit"]');
    await waitUntil(() => page.shadowRoot.querySelector('.saved'), 'the save');
    expect(text(page.shadowRoot.querySelector('.saved'))).to.equal('Opgeslagen. Gewijzigd: Categorieën.');
    const saved = await (await participantClient()).maps.get(map.id);
    expect(saved.categories).to.deep.equal([
      {
        code: 'zwerfafval',
        name: 'Zwerfafval',
        questions: [{ id: 'hoeveel-ligt-er', label: 'Hoeveel ligt er?', kind: 'choice', required: false, choices: [{ id: 'een-beetje', label: 'Een beetje' }, { id: 'veel', label: 'Veel' }] }],
      },
      { code: 'losse-stoeptegel', name: 'Losse stoeptegel', questions: [{ id: 'waar-precies', label: 'Waar precies?', kind: 'text', required: true }] },
    ]);
    type(page, 'status', 'closed');
    await press(page, 'button[type="submit"]');
    await waitUntil(() => text(page.shadowRoot.querySelector('.saved')) === 'Opgeslagen. Gewijzigd: Status.', 'the map closed');
    expect((await (await participantClient()).maps.get(map.id)).status).to.equal('closed');
    expect([...page.shadowRoot.querySelectorAll('section button')].map(text)).to.include.members(['Meldingen downloaden (GeoJSON, voor GIS)', 'Meldingen downloaden (CSV)']);
    const panel = page.shadowRoot.querySelector('inspraak-console-publish') as Screen;
    await waitUntil(() => panel.shadowRoot.querySelector('img.qr'), 'the QR code');
    expect(text(panel.shadowRoot.querySelector('#link-code'))).to.contain(`/embed/feedback-map/${map.id}`);
    await expectAccessible(page);
    type(page, 'south', '53');
    await press(page, 'button[type="submit"]');
    await waitUntil(() => page.shadowRoot.querySelector('.error-summary'), 'the error summary');
    await expectAccessible(page);
  });

  it('audit log: the entries newest first, an entry’s changes, "Load more" (focus on the first new entry, the count said), at 320 px', async () => {
    const older = await createPoll({ question: 'Eerste peiling voor het logboek?' });
    const newer = await createPoll({ question: 'Tweede peiling voor het logboek?' }, { close: true });
    const said: string[] = [];
    const page = await fixture(html`<div style="inline-size: 320px">
      <inspraak-console-audit .context=${{ ...(await context('admin')), announce: (message: string) => said.push(message) }} .pageSize=${2}></inspraak-console-audit>
    </div>`);
    const audit = page.querySelector('inspraak-console-audit') as Screen;
    await waitUntil(() => audit.shadowRoot.querySelector('tbody tr'), 'the entries', { timeout: 10_000 });
    const rows = () => [...audit.shadowRoot.querySelectorAll('tbody tr')].map((row) => [...row.children].slice(1, 4).map(text));
    // The newest two: the fixture's close, then its creation (the dev server creates it with the admin token).
    expect(rows()).to.deep.equal([
      ['script (beheertoken)', 'Peiling gesloten', `Peiling ${newer.id}`],
      ['script (beheertoken)', 'Peiling gemaakt', `Peiling ${newer.id}`],
    ]);
    expect(audit.shadowRoot.querySelector('tbody tr a')?.getAttribute('href')).to.equal(`#/polls/${newer.id}`);
    // The table scrolls sideways in its own labelled region; the screen stays 320 px wide.
    const region = audit.shadowRoot.querySelector<HTMLElement>('[role="region"]')!;
    expect(referencedText(region, 'aria-labelledby')).to.equal('Wijzigingen op deze site, de nieuwste eerst');
    expect(region.scrollWidth).to.be.greaterThan(region.clientWidth);
    expect(audit.getBoundingClientRect().width).to.be.at.most(320);
    await expectAccessible(audit);

    const changes = audit.shadowRoot.querySelector('tbody details') as HTMLDetailsElement;
    expect(text(changes.querySelector('summary'))).to.equal('1 wijziging');
    changes.open = true;
    await nextFrame();
    expect(text(changes.querySelector('dt'))).to.equal('closes at');
    expect(text(changes.querySelector('dd'))).to.match(/^\(leeg\) → wordt \d/);
    await expectAccessible(audit);

    [...audit.shadowRoot.querySelectorAll('button')].find((button) => text(button) === 'Meer laden')!.click();
    await waitUntil(() => audit.shadowRoot.querySelectorAll('tbody tr').length === 4, 'the next page');
    expect(rows()[2]).to.deep.equal(['script (beheertoken)', 'Peiling gemaakt', `Peiling ${older.id}`]);
    await waitUntil(() => focusIn(audit) === audit.shadowRoot.querySelectorAll('tbody th')[2], 'focus on the first new entry');
    expect(said).to.deep.equal(['2 oudere wijzigingen erbij.']);
    await expectAccessible(audit);
  });

  it('overview: the counts the server has, per day in a table beside each chart; the period by keyboard; figures link to where staff act', async function () {
    // Every poll, board and map the other tests made is on it too, each with its table: axe takes a
    // while in WebKitGTK (10 s alone; over 60 s once, beside the storybook step on two cores).
    this.timeout(120_000);
    const poll = await createPoll({ question: 'Hoeveel stemmen telt het overzicht?' });
    for (let index = 0; index < 3; index++) await (await participantClient()).polls.vote(poll.id, { optionIds: [poll.options[0]!.id] });
    const board = await createBoard({ title: 'Een bord voor het overzicht' });
    const residents = await participantClient();
    const { idea } = await residents.ideas.create(board.id, { title: 'Een idee voor het overzicht', categoryId: 'cat_groen' });
    await (await participantClient()).ideas.support(idea.id);
    const map = await adminApi('maps', 'create', mapInput());
    for (let index = 0; index < 2; index++) {
      await (await participantClient()).maps.reports.create(map.id, { category: 'zwerfafval', lat: 52.09, lng: 5.12, description: `Afval ${index}` });
    }
    const said: string[] = [];
    const overview = await screen(
      html`<inspraak-console-overview .context=${{ ...(await context('moderator', 'en')), announce: (message: string) => said.push(message) }}></inspraak-console-overview>`,
      `[data-chart="map-${map.id}"] canvas`,
    );
    const today = new Date().toISOString().slice(0, 10);
    /** A subject's table: its caption, its column heads, today's row and the totals row. */
    const table = (key: string) => {
      const element = overview.shadowRoot.querySelector(`#caption-${key}`)!.closest('table')!;
      const cells = (row: Element | null | undefined) => [...(row?.children ?? [])].map((cell) => text(cell));
      return {
        caption: text(element.caption),
        heads: cells(element.tHead?.rows[0]),
        today: cells(element.querySelector(`time[datetime="${today}"]`)?.closest('tr')).slice(1),
        total: cells(element.tFoot?.rows[0]),
        rows: element.tBodies[0]!.rows.length,
      };
    };
    expect(table(`poll-${poll.id}`)).to.deep.equal({
      caption: 'Poll “Hoeveel stemmen telt het overzicht?” per day',
      heads: ['Day', 'Votes'],
      today: ['3'],
      total: ['Total', '3'],
      rows: 30,
    });
    expect(table(`board-${board.id}`)).to.deep.include({ heads: ['Day', 'Ideas', 'Supports', 'Comments'], today: ['1', '1', '0'] });
    expect(table(`map-${map.id}`)).to.deep.include({ heads: ['Day', 'Reports'], today: ['2'] });
    // The chart is for the eye; the table is what assistive technology reads.
    const chart = overview.shadowRoot.querySelector(`[data-chart="poll-${poll.id}"]`)!;
    expect(chart.getAttribute('aria-hidden')).to.equal('true');
    expect(chart.querySelector('canvas')).to.not.equal(null);
    // No inline styles written into the markup (the console's CSP refuses them): uPlot sizes by CSSOM only.
    expect(overview.shadowRoot.querySelector('style')).to.equal(null);
    // The figures: a moderator's links go to moderation and answers, not to the polls (not their section).
    const links = [...overview.shadowRoot.querySelectorAll('.figures a')].map((link) => link.getAttribute('href'));
    expect(links).to.deep.equal(['#/moderation', '#/answers', '#/answers']);
    expect(overview.shadowRoot.querySelector(`#heading-poll-${poll.id} a`)).to.equal(null);
    await expectAccessible(overview);

    // The period by keyboard: Tab to the radio group, an arrow key to the next period.
    const thirty = overview.shadowRoot.querySelector<HTMLInputElement>('#period-30')!;
    thirty.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => table(`poll-${poll.id}`).rows === 90, 'ninety days', { timeout: 10_000 });
    expect(overview.shadowRoot.querySelector<HTMLInputElement>('#period-90')!.checked).to.equal(true);
    expect(table(`poll-${poll.id}`).today).to.deep.equal(['3']);
    await waitUntil(() => said.length > 0, 'the new period said');
    expect(said[0]).to.match(/^You see .+ to .+\.$/);
  });

  it('audit log: a refused read says why and offers a retry', async () => {
    // Straight to the API without a staff session: the server refuses it, as it would a signed-out browser.
    const { baseUrl } = await testServer();
    const refused = { ...(await context('admin', 'en')), client: createClient({ baseUrl, staffSite: 'site_demo', retry: 0 }) };
    const audit = await screen(html`<inspraak-console-audit .context=${refused}></inspraak-console-audit>`, '.error');
    expect(text(audit.shadowRoot.querySelector('.error'))).to.match(/^That did not work: /);
    expect(text(audit.shadowRoot.querySelector('.error + button'))).to.equal('Try again');
    expect(audit.shadowRoot.querySelector('table')).to.equal(null);
    await expectAccessible(audit);
  });
});
