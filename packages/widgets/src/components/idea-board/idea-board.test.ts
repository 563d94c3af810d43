/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Board, IdeaInput } from '@inspraak/sdk';
import '../../define/idea-board.ts';
import {
  accessibilityTree,
  answerIdea,
  approveIdea,
  capabilities,
  createBoard,
  expectAccessible,
  findAll,
  forcedColors,
  gatedFetch,
  hideIdea,
  moderationQueue,
  narrowPage,
  participantClient,
  referencedText,
  setIdeaStatus,
  text,
} from '../../../test/browser/fixtures.ts';
import type { InspraakIdeaBoard } from './idea-board.ts';

type Client = Awaited<ReturnType<typeof participantClient>>;

const $ = <T extends HTMLElement = HTMLElement>(el: InspraakIdeaBoard, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends HTMLElement = HTMLElement>(el: InspraakIdeaBoard, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const focused = (el: InspraakIdeaBoard) => el.shadowRoot!.activeElement as HTMLElement | null;
const who = (node: Element | null | undefined) => (!node ? 'nothing' : `${node.localName}${node.id ? `#${node.id}` : ''}`);
const titles = (el: InspraakIdeaBoard) => $$(el, '[part~=idea-title]').map(text);
const live = (el: InspraakIdeaBoard) => text($(el, '.base > [role=status]'));

async function render(board: Board, options: { client?: Client; lang?: string; pageSize?: number } = {}) {
  const client = options.client ?? (await participantClient());
  const el = await fixture<InspraakIdeaBoard>(
    html`<inspraak-idea-board board=${board.id} lang=${options.lang ?? 'nl'} page-size=${options.pageSize ?? 10} .client=${client}></inspraak-idea-board>`,
  );
  await waitUntil(() => !$(el, '[part=skeleton]'), 'the board did not load', { timeout: 5000 });
  return el;
}

/** Sends ideas one after another (so "newest first" is their reverse order), each by a resident of its own. */
async function send(board: Board, ...ideas: Partial<IdeaInput>[]) {
  const sent = [];
  for (const idea of ideas) {
    const client = await participantClient();
    sent.push((await client.ideas.create(board.id, { title: 'Een idee voor het plein', categoryId: 'cat_groen', ...idea })).idea);
  }
  return sent;
}

const ideaCard = (el: InspraakIdeaBoard, title: string) => $$(el, '[part~=idea]').find((card) => text(card.querySelector('[part~=idea-title]')) === title)!;

/** The accessibility tree, where the engine gives one (Chromium's DevTools protocol); else `undefined`. */
const treeIfAny = async () => ((await capabilities()).accessibilityTree ? accessibilityTree() : undefined);

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
});

describe('<inspraak-idea-board>', () => {
  it('reserves space while loading, then lists the ideas with status, supports and threshold progress as text', async () => {
    const board = await createBoard();
    await send(board, { title: 'Meer bomen op het plein', description: 'Schaduw in de zomer.', place: 'Bij de fietsenstalling', displayName: 'Fatima' });
    const gate = gatedFetch();
    const client = await participantClient(new Map(), gate.fetch);
    const el = await fixture<InspraakIdeaBoard>(html`<inspraak-idea-board board=${board.id} .client=${client}></inspraak-idea-board>`);
    expect($(el, '[part=skeleton]')).to.exist;
    expect(el.getBoundingClientRect().height).to.be.greaterThan(300);
    expect(text($(el, '[part=skeleton]'))).to.equal('De ideeën worden geladen.');
    await expectAccessible(el);
    gate.release();
    await waitUntil(() => $(el, '[part~=idea]'), 'no ideas');

    expect(text($(el, '#board-heading'))).to.equal('Ideeën voor het Stationsplein');
    const card = ideaCard(el, 'Meer bomen op het plein');
    expect(text(card.querySelector('[part~=meta]'))).to.match(/^Onderwerp: Groen\. Status: Ingediend\. Door Fatima op \d+ \w+ \d{4}/);
    expect(text(card.querySelector('[part~=idea-description]'))).to.equal('Schaduw in de zomer.');
    expect(text(card.querySelector('[part~=progress]'))).to.equal('0 van 100 steunbetuigingen');
    expect(card.querySelector('[part~=bar]')!.getAttribute('aria-hidden')).to.equal('true');
    expect(text(card)).to.contain('Plek: Bij de fietsenstalling');
    expect(referencedText(card, 'aria-labelledby'), 'each idea is an article named by its title').to.equal('Meer bomen op het plein');
    const support = card.querySelector('[part~=support-button]')!;
    expect(referencedText(support, 'aria-describedby')).to.equal('Meer bomen op het plein 0 van 100 steunbetuigingen');
    const tree = await treeIfAny();
    if (tree) {
      const [article] = findAll(tree, (node) => node.role === 'article' && node.name === 'Meer bomen op het plein');
      expect(article, 'each idea is an article named by its title').to.exist;
      const [button] = findAll(tree, (node) => node.role === 'button' && node.name === 'Steun dit idee');
      expect(button?.description).to.equal('Meer bomen op het plein 0 van 100 steunbetuigingen');
    }
    await expectAccessible(el);
  });

  it('supports an idea and withdraws support with a toggle button, remembered across a reload', async () => {
    const board = await createBoard();
    await send(board, { title: 'Een watertappunt voor iedereen' });
    const store = new Map<string, string>();
    const el = await render(board, { client: await participantClient(store) });
    const supports: unknown[] = [];
    el.addEventListener('inspraak-support', (event) => supports.push(event.detail));
    const button = () => $(el, '[part~=support-button]')!;
    expect(button().getAttribute('aria-pressed')).to.equal('false');
    button().focus();
    await sendKeys({ press: ' ' });
    await waitUntil(() => button().getAttribute('aria-pressed') === 'true', 'support did not count');
    expect(text($(el, '[part~=progress]'))).to.equal('1 van 100 steunbetuigingen');
    expect(live(el)).to.equal('U steunt dit idee nu.');
    expect(who(focused(el)), 'focus stays on the button').to.equal('button');
    expect(supports).to.have.length(1);
    await expectAccessible(el);

    el.remove();
    const again = await render(board, { client: await participantClient(store) });
    expect($(again, '[part~=support-button]')!.getAttribute('aria-pressed'), 'read back from the server').to.equal('true');
    $(again, '[part~=support-button]')!.click();
    await waitUntil(() => $(again, '[part~=support-button]')!.getAttribute('aria-pressed') === 'false', 'support not withdrawn');
    expect(text($(again, '[part~=progress]'))).to.equal('0 van 100 steunbetuigingen');
    expect(live(again)).to.equal('U steunt dit idee niet meer.');
  });

  it('shows a failed support as an alert in the idea, and the next try counts', async () => {
    const board = await createBoard();
    await send(board, { title: 'Een watertappunt voor iedereen' });
    let offline = false;
    const flaky: typeof fetch = (input, init) => (offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init));
    const el = await render(board, { client: await participantClient(new Map(), flaky) });
    const errors: unknown[] = [];
    el.addEventListener('inspraak-error', (event) => errors.push(event.detail.error));
    offline = true;
    $(el, '[part~=support-button]')!.click();
    await waitUntil(() => $(el, '[part~=idea] [part~=error]'), 'no error in the idea', { timeout: 5000 });
    const alert = $(el, '[part~=idea] [part~=error]')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(text(alert)).to.equal('De server is niet bereikbaar. Controleer uw internet en probeer het opnieuw.');
    expect($(el, '[part~=support-button]')!.getAttribute('aria-pressed')).to.equal('false');
    expect((errors[0] as { code: string }).code).to.equal('network-error');
    await expectAccessible(el);
    offline = false;
    $(el, '[part~=support-button]')!.click();
    await waitUntil(() => $(el, '[part~=support-button]')!.getAttribute('aria-pressed') === 'true', 'the next try did not count');
    expect($(el, '[part~=idea] [part~=error]'), 'the alert goes').to.not.exist;
  });

  it('sorts by newest or most supported and filters by topic and status', async () => {
    const board = await createBoard();
    const [bomen, fietsen] = await send(
      board,
      { title: 'Meer bomen op het plein', categoryId: 'cat_groen' },
      { title: 'Een overdekte fietsenstalling', categoryId: 'cat_verkeer' },
      { title: 'Een klimrek voor kinderen', categoryId: 'cat_spelen' },
    );
    await (await participantClient()).ideas.support(bomen!.id);
    await setIdeaStatus(fietsen!.id, 'under-consideration');
    const el = await render(board);
    expect(titles(el)).to.deep.equal(['Een klimrek voor kinderen', 'Een overdekte fietsenstalling', 'Meer bomen op het plein']);
    const choose = async (name: string, value: string, expected: string[]) => {
      const select = $<HTMLSelectElement>(el, `#filter-${name}`)!;
      select.value = value;
      select.dispatchEvent(new Event('change'));
      await waitUntil(() => titles(el).join() === expected.join(), `the list is not ${expected.join()} but ${titles(el).join()}`);
    };
    await choose('sort', 'most-supported', ['Meer bomen op het plein', 'Een klimrek voor kinderen', 'Een overdekte fietsenstalling']);
    expect(live(el)).to.equal('3 ideeën gevonden.');
    await choose('category', 'cat_verkeer', ['Een overdekte fietsenstalling']);
    expect(text(ideaCard(el, 'Een overdekte fietsenstalling').querySelector('[part~=meta]'))).to.contain('Status: In behandeling.');
    expect(live(el)).to.equal('1 idee gevonden.');
    await choose('status', 'accepted', []);
    expect(text($(el, '.base > p.meta:not(.closed)'))).to.equal('Er zijn (nog) geen ideeën. Kies een ander onderwerp of een andere status.');
    const filters = $(el, '[part~=filters]')!;
    expect(filters.getAttribute('role')).to.equal('group');
    expect(referencedText(filters, 'aria-labelledby')).to.equal('Ideeën zoeken');
    expect($$<HTMLSelectElement>(el, '[part~=filters] select').map((select) => text(select.labels?.[0]))).to.deep.equal(['Volgorde', 'Onderwerp', 'Status']);
    const tree = await treeIfAny();
    if (tree) {
      const [group] = findAll(tree, (node) => node.role === 'group' && node.name === 'Ideeën zoeken');
      expect(group?.children?.filter((node) => node.role === 'combobox').map((node) => node.name)).to.deep.equal(['Volgorde', 'Onderwerp', 'Status']);
    }
    await expectAccessible(el);
  });

  it('loads more ideas page by page and moves focus to the first new one', async () => {
    const board = await createBoard();
    await send(board, { title: 'Het eerste idee voor het plein' }, { title: 'Het tweede idee voor het plein' }, { title: 'Het derde idee voor het plein' });
    const el = await render(board, { pageSize: 2 });
    expect(titles(el)).to.deep.equal(['Het derde idee voor het plein', 'Het tweede idee voor het plein']);
    const more = $(el, '[part~=load-more-button]')!;
    expect(text(more)).to.equal('Meer ideeën laden');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => titles(el).length === 3, 'no next page');
    await waitUntil(() => text(focused(el)) === 'Het eerste idee voor het plein', 'focus did not move to the new idea');
    expect(focused(el)!.getAttribute('role')).to.equal('heading');
    expect(live(el)).to.equal('1 idee erbij geladen.');
    expect($(el, '[part~=load-more-button]'), 'no more pages').to.not.exist;
    await expectAccessible(el);
  });

  it("shows the city's official answer under its own heading", async () => {
    const board = await createBoard();
    const [idea] = await send(board, { title: 'Meer bomen op het plein' });
    await answerIdea(idea!.id, 'Wij planten in het najaar tien bomen.');
    const el = await render(board, { lang: 'nl' });
    const answer = $(el, '[part~=answer]')!;
    expect(text(answer.querySelector('[role=heading]'))).to.equal('Reactie van de gemeente');
    expect(answer.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('4');
    expect(text(answer.querySelector('p'))).to.equal('Wij planten in het najaar tien bomen.');
    await expectAccessible(el);
  });

  it('shows comments and replies, and posts both with a form that is collapsed by default', async () => {
    const board = await createBoard();
    const [idea] = await send(board, { title: 'Meer bomen op het plein' });
    await (await participantClient()).ideas.comments.create(idea!.id, { body: 'Graag ook bankjes.', displayName: 'Fatima' });
    const el = await render(board);
    const toggle = $(el, '[part~=comments-button]')!;
    expect(text(toggle)).to.equal('Reacties (1)');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '[part~=comment-form]'), 'collapsed by default').to.not.exist;
    toggle.click();
    await waitUntil(() => $(el, '[part~=comment]'), 'the comments did not load');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text($(el, '[part~=comment] .text'))).to.equal('Graag ook bankjes.');
    await expectAccessible(el);

    // An empty comment: an error as the field's description, focus on the field.
    const form = $<HTMLFormElement>(el, '[part~=comment-form]')!;
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => who(focused(el)) === `textarea#comment-form-${idea!.id}-body`, 'focus did not move to the comment field');
    expect(referencedText(focused(el)!, 'aria-describedby')).to.equal('Fout: Schrijf eerst uw reactie.');
    const tree = await treeIfAny();
    if (tree) expect(findAll(tree, (node) => node.name === 'Uw reactie')[0]?.description).to.equal('Fout: Schrijf eerst uw reactie.');
    await expectAccessible(el);

    focused(el)!.focus();
    await typeText('Mooi idee!');
    await sendKeys({ press: 'Tab' });
    await typeText('Sam');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(el, '[part~=comment]').length === 2, 'the comment did not appear');
    await waitUntil(() => focused(el)?.id === `notice-${idea!.id}`);
    expect(text(focused(el))).to.equal('Uw reactie is geplaatst.');
    expect(text(toggle)).to.equal('Reacties (2)');

    // A reply to the first comment, one level deep; replies have no reply button.
    const reply = $(el, '[part~=reply-button]')!;
    expect(reply.getAttribute('aria-label')).to.equal('Reageer op Fatima');
    reply.click();
    await waitUntil(() => focused(el)?.localName === 'textarea', 'focus did not move to the reply field');
    await typeText('Dank u, goed plan.');
    focused(el)!.closest('form')!.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => $(el, '.replies [part~=comment]'), 'the reply did not appear');
    expect(text($(el, '.replies [part~=comment] .text'))).to.equal('Dank u, goed plan.');
    expect($$(el, '.replies [part~=reply-button]')).to.have.length(0);
    const stored = await (await participantClient()).ideas.comments.list(idea!.id);
    expect(stored.items.map((comment) => [comment.body, comment.parentId !== null])).to.deep.equal([
      ['Graag ook bankjes.', false],
      ['Mooi idee!', false],
      ['Dank u, goed plan.', true],
    ]);
    await expectAccessible(el);
  });

  it('shows no comment or reply forms on a closed board, but still takes supports', async () => {
    const board = await createBoard();
    const [idea] = await send(board, { title: 'Meer bomen op het plein' });
    await (await participantClient()).ideas.comments.create(idea!.id, { body: 'Graag ook bankjes.' });
    const { updateBoard } = await import('../../../test/browser/fixtures.ts');
    await updateBoard(board.id, { status: 'closed' });
    const el = await render(board);
    expect(text($(el, '.closed'))).to.equal('U kunt hier geen nieuwe ideeën meer sturen. Dit ideeënbord is gesloten.');
    $(el, '[part~=comments-button]')!.click();
    await waitUntil(() => $(el, '[part~=comment]'));
    expect($(el, '[part~=comment-form]')).to.not.exist;
    expect($(el, '[part~=reply-button]')).to.not.exist;
    $(el, '[part~=support-button]')!.click();
    await waitUntil(() => $(el, '[part~=support-button]')!.getAttribute('aria-pressed') === 'true');
    await expectAccessible(el);
  });

  it('reports an idea with a reason, after a confirming step, into the moderation queue', async () => {
    const board = await createBoard();
    const [idea] = await send(board, { title: 'Koop nu goedkope horloges hier' });
    const el = await render(board);
    const flag = $(el, '[part~=flag-button]')!;
    expect(text(flag)).to.equal('Meld dit idee');
    flag.click();
    await waitUntil(() => $(el, '[part~=flag-form]'));
    expect(flag.getAttribute('aria-expanded')).to.equal('true');
    expect(who(focused(el)), 'focus moves to the first reason').to.equal(`input#flag-idea:${idea!.id}-spam`);
    const form = $(el, '[part~=flag-form]')!;
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => form.querySelector('[part~=error-message]'), 'no error without a reason');
    expect(text(form.querySelector('[part~=error-message]'))).to.equal('Fout: Kies waarom u dit meldt.');
    expect(referencedText(form.querySelector('fieldset')!, 'aria-describedby')).to.equal('Fout: Kies waarom u dit meldt.');
    const tree = await treeIfAny();
    if (tree) {
      const [group] = findAll(tree, (node) => node.role === 'group' && node.name === 'Waarom meldt u dit?');
      expect(group?.description).to.equal('Fout: Kies waarom u dit meldt.');
    }
    expect(who(focused(el))).to.equal(`input#flag-idea:${idea!.id}-spam`);
    await expectAccessible(el);
    await sendKeys({ press: ' ' });
    form.querySelector<HTMLButtonElement>('button[type=submit]')!.click();
    await waitUntil(() => focused(el)?.id === `flagged-idea:${idea!.id}`, 'no thanks after reporting');
    expect(text(focused(el))).to.equal('Bedankt voor uw melding. Een medewerker kijkt ernaar.');
    const queue = await moderationQueue(board.id);
    expect(queue.items.some((item) => JSON.stringify(item).includes(idea!.id))).to.be.true;
    await expectAccessible(el);
  });

  it('shows what residents typed as text, never as HTML or links', async () => {
    const board = await createBoard();
    const evil = '<img src=x onerror=alert(1)> ideetje';
    const [idea] = await send(board, { title: evil, description: 'javascript:alert(1) <b>vet</b>', displayName: '<script>alert(1)</script>' });
    await (await participantClient()).ideas.comments.create(idea!.id, { body: '<a href="javascript:alert(1)">klik</a>' });
    const el = await render(board);
    $(el, '[part~=comments-button]')!.click();
    await waitUntil(() => $(el, '[part~=comment]'));
    expect(text($(el, '[part~=idea-title]'))).to.equal(evil);
    expect(text($(el, '[part~=idea-description]'))).to.equal('javascript:alert(1) <b>vet</b>');
    expect(text($(el, '[part~=comment] .text'))).to.equal('<a href="javascript:alert(1)">klik</a>');
    expect(text($(el, '[part~=meta]'))).to.contain('Door <script>alert(1)</script>');
    expect($$(el, 'img, script, a, b'), 'no element made from resident text').to.have.length(0);
  });

  it('lists an idea from a pre-moderated board only after a moderator approved it', async () => {
    const board = await createBoard({ moderation: 'pre' });
    const [idea] = await send(board, { title: 'Een bankje bij de bushalte' });
    const before = await render(board);
    expect(titles(before)).to.deep.equal([]);
    await approveIdea(idea!.id);
    await before.reload();
    expect(titles(before)).to.deep.equal(['Een bankje bij de bushalte']);
  });

  it('says, in the place of an idea a moderator hid, that it was hidden and why, and nothing of what it said', async () => {
    const board = await createBoard();
    const [, hidden] = await send(board, { title: 'Het eerste idee voor het plein' }, { title: 'Bel Jan op 06 12345678 over het plein' }, { title: 'Het derde idee voor het plein' });
    await hideIdea(hidden!.id, 'personal-data', 'Er stond een telefoonnummer in.');
    const el = await render(board);
    expect(titles(el)).to.deep.equal(['Het derde idee voor het plein', 'Het eerste idee voor het plein']);
    const items = $$(el, '[part~=ideas] > li');
    expect(items).to.have.length(3);
    expect(text(items[1]), 'in its place').to.equal('De gemeente heeft dit idee verborgen. Er stonden persoonlijke gegevens in.');
    expect(items[1]!.querySelector('[role=heading], button'), 'text only: no empty heading, nothing to press').to.not.exist;
    for (const secret of ['06 12345678', 'telefoonnummer']) expect(text(el.shadowRoot!.querySelector('.base'))).to.not.include(secret);
    await expectAccessible(el);

    const english = await render(board, { lang: 'en' });
    await waitUntil(() => text($(english, '[part~=hidden-notice]')) === 'The city has hidden this idea. It contained personal details.', 'not in English');
  });

  it('speaks English in an English section, and keeps 44 px targets and clear states in forced colours', async () => {
    document.documentElement.style.fontSize = '62.5%';
    document.body.style.fontSize = '1.6rem';
    const board = await createBoard();
    await send(board, { title: 'More trees on the square' });
    const el = await render(board, { lang: 'en' });
    await waitUntil(() => text($(el, '[part~=support-button]')) === 'Support this idea', 'not in English');
    expect(text($(el, '[part~=progress]'))).to.equal('0 of 100 supporters');
    expect(text($(el, '[part~=comments-button]'))).to.equal('Comments (0)');
    for (const control of $$(el, 'button, select')) expect(control.getBoundingClientRect().height, who(control)).to.be.at.least(44);
    $(el, '[part~=support-button]')!.click();
    await waitUntil(() => $(el, '[part~=support-button]')!.getAttribute('aria-pressed') === 'true');
    await expectAccessible(el);
    if (!(await capabilities()).forcedColors) return;
    await forcedColors(true);
    expect(getComputedStyle($(el, '[part~=bar-fill]')!).forcedColorAdjust).to.equal('none');
    expect(getComputedStyle($(el, '[part~=support-button]')!).forcedColorAdjust).to.equal('none');
    await expectAccessible(el);
  });

  it('fits a 320 px wide screen without sideways scrolling, with comments open', async () => {
    const board = await createBoard();
    const [idea] = await send(board, { title: 'Eenheelerglangwoordzonderspatiesvoorhetstationsplein', description: 'x'.repeat(300) });
    await (await participantClient()).ideas.comments.create(idea!.id, { body: 'Ookeenheelerglangwoordzonderspatiesineenreactie' });
    const client = await participantClient();
    const { frame, page } = await narrowPage(320, 900, new URL('../../define/idea-board.ts', import.meta.url).href);
    try {
      const el = page.createElement('inspraak-idea-board') as InspraakIdeaBoard;
      el.client = client;
      el.board = board.id;
      page.body.append(el);
      await waitUntil(() => $(el, '[part~=idea]'), 'the board did not load in the narrow page', { timeout: 5000 });
      $(el, '[part~=comments-button]')!.click();
      await waitUntil(() => $(el, '[part~=comment]'));
      expect(page.documentElement.scrollWidth).to.be.at.most(320);
      for (const node of $$(el, 'button, select, textarea, [part~=idea-title]')) expect(node.getBoundingClientRect().right, who(node)).to.be.at.most(320);
    } finally {
      frame.remove();
    }
  });
});
