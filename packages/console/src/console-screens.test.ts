/// <reference types="mocha" />
// The console's screens in every engine the widgets are tested in (Chromium, Firefox ESR, WebKitGTK):
// each state on real data from the test API server (the dev server forwards the screens' admin calls
// with the admin token, `/__inspraak/staff/v1/…`), checked with axe at WCAG 2.2 AA.
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { createClient, type ModerationItem } from '@inspraak/sdk';
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

/** The element with focus inside the screen's shadow root. */
const focusIn = (element: Screen) => element.shadowRoot.activeElement;

const press = async (element: Screen, selector: string) => {
  element.shadowRoot.querySelector<HTMLElement>(selector)!.click();
  await element.updateComplete;
};

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
    await press(page, '.actions button:last-child');
    await waitUntil(() => page.shadowRoot.querySelector('#close-question'), 'the confirmation');
    await expectAccessible(page);
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
