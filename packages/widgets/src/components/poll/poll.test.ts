/// <reference types="mocha" />
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { InspraakApiError, type Poll } from '@inspraak/sdk';
import '../../define/poll.ts';
import {
  accessibilityTree,
  capabilities,
  createPoll,
  expectAccessible,
  findAll,
  forcedColors,
  gatedFetch,
  participantClient,
  narrowPage,
  referencedText,
  testServer,
  text,
} from '../../../test/browser/fixtures.ts';
import type { InspraakPoll } from './poll.ts';
import type { InspraakVotedEvent, InspraakVoteEvent } from './poll-events.ts';

const part = (el: InspraakPoll, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: InspraakPoll, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const inputs = (el: InspraakPoll) => [...el.shadowRoot!.querySelectorAll('input')];
const focused = (el: InspraakPoll) => el.shadowRoot!.activeElement as HTMLElement | null;
/**
 * An element as a short string (`input:opt_x`, `div#confirmation`). Assertions compare these, not
 * elements: chai's failure message for a DOM node in a shadow root hangs the test page.
 */
const who = (node: Element | null | undefined): string =>
  !node ? 'nothing' : `${node.localName}${node.id ? `#${node.id}` : ''}${node instanceof HTMLInputElement ? `:${node.value}` : ''}`;
const has = (el: InspraakPoll, selector: string) => el.shadowRoot!.querySelector(selector) !== null;
/** What a screen reader is told of an input, from the DOM: the text of its label. */
const labelOf = (input: HTMLInputElement) => text(input.labels?.[0]);

/**
 * The style rules of the widget's shadow root for `selector` that sit under `@media <condition>`
 * (`null`: under no media rule). How a media feature an engine cannot emulate is checked: the rule
 * is there and says the right thing, next to the computed style where the engine can emulate it.
 */
function rulesUnder(el: InspraakPoll, condition: string | null, selector: string): CSSStyleRule[] {
  const found: CSSStyleRule[] = [];
  const visit = (rules: CSSRuleList, media: string[]) => {
    const under = condition === null ? media.length === 0 : media.includes(condition);
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) visit(rule.cssRules, [...media, rule.conditionText]);
      else if (under && rule instanceof CSSStyleRule && rule.selectorText.split(/\s*,\s*/).includes(selector)) found.push(rule);
    }
  };
  for (const sheet of el.shadowRoot!.adoptedStyleSheets) visit(sheet.cssRules, []);
  for (const style of el.shadowRoot!.querySelectorAll('style')) visit(style.sheet!.cssRules, []);
  return found;
}

/** A poll widget for `poll`, with a participant of its own unless a client is given. */
async function render(poll: Poll, options: { client?: Awaited<ReturnType<typeof participantClient>>; lang?: string } = {}) {
  const client = options.client ?? (await participantClient());
  const el = await fixture<InspraakPoll>(html`<inspraak-poll poll=${poll.id} lang=${options.lang ?? 'nl'} .client=${client}></inspraak-poll>`);
  await waitUntil(() => !part(el, 'skeleton'), 'the poll did not load', { timeout: 5000 });
  return el;
}

async function voteFor(el: InspraakPoll, ...labels: string[]) {
  for (const input of inputs(el)) {
    const label = text(input.closest('label'));
    if (labels.includes(label) !== input.checked) input.click();
  }
  part(el, 'submit-button')!.click();
  await waitUntil(() => part(el, 'status'), 'no confirmation after voting', { timeout: 5000 });
}

afterEach(async () => {
  const can = await capabilities();
  if (can.forcedColors) await forcedColors(false);
  if (can.emulateMedia) await emulateMedia({ reducedMotion: 'no-preference' });
  document.documentElement.style.fontSize = '';
  document.body.style.fontSize = '';
});

describe('<inspraak-poll>', () => {
  describe('loading', () => {
    it('reserves space with a skeleton while the poll loads, then shows the form', async () => {
      const poll = await createPoll();
      const gate = gatedFetch();
      const client = await participantClient(new Map(), gate.fetch);
      const el = await fixture<InspraakPoll>(html`<inspraak-poll poll=${poll.id} .client=${client}></inspraak-poll>`);
      expect(has(el, '[part=skeleton]')).to.be.true;
      expect(el.getBoundingClientRect().height).to.be.greaterThan(200);
      expect(text(part(el, 'skeleton'))).to.equal('De peiling wordt geladen.');
      await expectAccessible(el);
      gate.release();
      await waitUntil(() => el.shadowRoot!.querySelector('fieldset'), 'the form did not appear');
      expect(has(el, '[part=skeleton]')).to.be.false;
    });
  });

  describe('open, single choice', () => {
    // The names and descriptions are checked through the DOM in every engine; the accessibility
    // tree itself only in Chromium, whose DevTools protocol is the one that exposes it.
    it('is a fieldset named by the question, with radio buttons named by the options', async () => {
      const poll = await createPoll({ description: 'De gemeente richt het plein in 2027 opnieuw in.' });
      const el = await render(poll);
      await expectAccessible(el);

      const fieldset = el.shadowRoot!.querySelector('fieldset')!;
      expect(text(fieldset.querySelector(':scope > legend'))).to.equal('Wat wilt u op het Stationsplein?');
      expect(referencedText(fieldset, 'aria-describedby')).to.equal('De gemeente richt het plein in 2027 opnieuw in. Kies 1 antwoord.');
      expect(inputs(el).map((input) => `${input.type}:${labelOf(input)}`)).to.deep.equal([
        'radio:Meer groen',
        'radio:Meer fietsenrekken',
        'radio:Een speelplek',
      ]);
      expect(text(part(el, 'submit-button'))).to.equal('Verstuur mijn stem');
      if (!(await capabilities()).accessibilityTree) return;

      const tree = await accessibilityTree();
      const [group] = findAll(tree, (node) => node.role === 'group' && node.name === 'Wat wilt u op het Stationsplein?');
      expect(group, 'a group named by the question').to.exist;
      expect(group!.description).to.equal('De gemeente richt het plein in 2027 opnieuw in. Kies 1 antwoord.');
      const radios = findAll(tree, (node) => node.role === 'radio').map((node) => node.name);
      expect(radios).to.deep.equal(['Meer groen', 'Meer fietsenrekken', 'Een speelplek']);
    });

    it('can be voted in with the keyboard only, and then moves focus to the confirmation', async () => {
      const poll = await createPoll();
      const client = await participantClient();
      const wrapper = await fixture<HTMLElement>(
        html`<div><button id="before">Voor de peiling</button><inspraak-poll poll=${poll.id} .client=${client}></inspraak-poll></div>`,
      );
      const el = wrapper.querySelector('inspraak-poll')!;
      await waitUntil(() => el.shadowRoot!.querySelector('fieldset'), 'the form did not appear');
      const voted = new Promise<InspraakVotedEvent>((resolve) => el.addEventListener('inspraak-voted', resolve, { once: true }));

      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(who(focused(el))).to.equal(who(inputs(el)[0]));
      await sendKeys({ press: 'ArrowDown' });
      expect(inputs(el)[1]!.checked, 'arrow keys choose the next option').to.be.true;
      await sendKeys({ press: 'Tab' });
      expect(who(focused(el))).to.equal('button');
      expect(focused(el)!.getAttribute('part')).to.contain('submit-button');
      await sendKeys({ press: 'Enter' });

      const event = await voted;
      expect(event.detail.ballot.optionIds).to.deep.equal([poll.options[1]!.id]);
      expect(event.detail.results.visible).to.be.true;
      await waitUntil(() => focused(el)?.id === 'confirmation', 'focus did not move to the confirmation');
      expect(text(focused(el))).to.equal('Bedankt! Uw stem is geteld.');
      expect(focused(el)!.getAttribute('role')).to.equal('heading');
      expect(text(el.shadowRoot!.querySelector('.status p'))).to.equal('U koos: Meer fietsenrekken.');
      // Results as text; the bars only repeat it and are hidden from screen readers.
      expect(parts(el, 'result').map(text)).to.deep.equal([
        'Meer groen: 0 stemmen, 0%',
        'Meer fietsenrekken (uw keuze): 1 stem, 100%',
        'Een speelplek: 0 stemmen, 0%',
      ]);
      expect(parts(el, 'bar').every((bar) => bar.getAttribute('aria-hidden') === 'true')).to.be.true;
      expect(text(el.shadowRoot!.querySelector('.results .meta'))).to.equal('1 persoon heeft gestemd.');
      await expectAccessible(el);
    });

    it('asks for a choice when none was made, without sending anything', async () => {
      const poll = await createPoll();
      const el = await render(poll);
      let sent = false;
      el.addEventListener('inspraak-vote', () => (sent = true));
      part(el, 'submit-button')!.click();
      await waitUntil(() => part(el, 'error-message'));
      expect(text(part(el, 'error-message'))).to.equal('Fout: Kies een antwoord.');
      expect(who(focused(el))).to.equal(who(inputs(el)[0]));
      expect(sent).to.be.false;
      const fieldset = el.shadowRoot!.querySelector('fieldset')!;
      expect(referencedText(fieldset, 'aria-describedby')).to.equal('Kies 1 antwoord. Fout: Kies een antwoord.');
      expect(inputs(el).every((input) => input.getAttribute('aria-invalid') === 'true')).to.be.true;
      // What a screen reader gets, from the accessibility tree: Chromium only (DevTools protocol).
      if ((await capabilities()).accessibilityTree) {
        const [group] = findAll(await accessibilityTree(), (node) => node.role === 'group');
        expect(group!.description).to.equal('Kies 1 antwoord. Fout: Kies een antwoord.');
      }
      await expectAccessible(el);
    });
  });

  describe('open, multiple choice', () => {
    it('says how many may be chosen and refuses more, keeping the choices', async () => {
      const poll = await createPoll({ selection: 'multiple', maxChoices: 2, resultsVisibility: 'always' });
      const el = await render(poll);
      expect(text(part(el, 'hint'))).to.equal('Kies er maximaal 2.');
      expect(inputs(el).every((input) => input.type === 'checkbox')).to.be.true;

      inputs(el)[0]!.focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Space' });
      expect(inputs(el).map((input) => input.checked)).to.deep.equal([true, true, true]);
      part(el, 'submit-button')!.click();
      await waitUntil(() => part(el, 'error-message'));
      expect(text(part(el, 'error-message'))).to.equal('Fout: U koos 3 antwoorden. Kies er maximaal 2.');
      expect(inputs(el).map((input) => input.checked), 'the choices stay').to.deep.equal([true, true, true]);
      expect(await (await participantClient()).polls.results(poll.id)).to.include({ totalBallots: 0 });
      await expectAccessible(el);

      inputs(el)[2]!.click();
      await el.updateComplete;
      expect(has(el, '[part=error-message]'), 'the error goes once the choice is fixed').to.be.false;
      part(el, 'submit-button')!.click();
      await waitUntil(() => part(el, 'status'));
      expect(text(el.shadowRoot!.querySelector('.status p'))).to.equal('U koos: Meer groen en Meer fietsenrekken.');
      expect(parts(el, 'result').map(text)).to.deep.equal([
        'Meer groen (uw keuze): 1 stem, 100%',
        'Meer fietsenrekken (uw keuze): 1 stem, 100%',
        'Een speelplek: 0 stemmen, 0%',
      ]);
    });
  });

  describe('events', () => {
    it('sends a cancelable inspraak-vote first; preventDefault stops the vote', async () => {
      const poll = await createPoll();
      const el = await render(poll);
      const seen: InspraakVoteEvent[] = [];
      const veto = (event: InspraakVoteEvent) => {
        seen.push(event);
        event.preventDefault();
      };
      document.addEventListener('inspraak-vote', veto);
      try {
        inputs(el)[2]!.click();
        part(el, 'submit-button')!.click();
        await new Promise((resolve) => setTimeout(resolve, 300));
      } finally {
        document.removeEventListener('inspraak-vote', veto);
      }
      expect(seen).to.have.length(1);
      expect(seen[0]!.detail).to.deep.equal({ pollId: poll.id, optionIds: [poll.options[2]!.id] });
      expect(seen[0]!.composed && seen[0]!.bubbles && seen[0]!.cancelable).to.be.true;
      expect(has(el, 'fieldset'), 'still the form').to.be.true;
      expect(await el.client!.polls.myBallot(poll.id), 'nothing was sent').to.be.null;
    });
  });

  describe('after voting', () => {
    it('lets the resident change their vote, with the form filled in', async () => {
      const poll = await createPoll({ resultsVisibility: 'always' });
      const el = await render(poll);
      await voteFor(el, 'Meer groen');
      part(el, 'change-button')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('fieldset'));
      expect(inputs(el).map((input) => input.checked)).to.deep.equal([true, false, false]);
      expect(who(focused(el)), 'focus on the current choice').to.equal(who(inputs(el)[0]));
      expect(text(part(el, 'cancel-button'))).to.equal('Niet wijzigen');
      await expectAccessible(el);

      await voteFor(el, 'Een speelplek');
      await waitUntil(() => focused(el)?.id === 'confirmation');
      expect(text(focused(el))).to.equal('Uw stem is gewijzigd.');
      expect(parts(el, 'result').map(text)).to.deep.equal([
        'Meer groen: 0 stemmen, 0%',
        'Meer fietsenrekken: 0 stemmen, 0%',
        'Een speelplek (uw keuze): 1 stem, 100%',
      ]);
    });

    it('remembers the ballot across a reload by reading it back from the server', async () => {
      const poll = await createPoll();
      const store = new Map<string, string>();
      const first = await render(poll, { client: await participantClient(store) });
      await voteFor(first, 'Meer fietsenrekken');
      first.remove();

      // A new element and a new client, as after a reload: only the stored participant token is shared.
      const again = await render(poll, { client: await participantClient(store) });
      expect(text(part(again, 'status')?.querySelector('[role=heading]') ?? part(again, 'status'))).to.equal('U heeft al gestemd.');
      expect(text(again.shadowRoot!.querySelector('.status p'))).to.equal('U koos: Meer fietsenrekken.');
      expect(text(part(again, 'change-button'))).to.equal('Wijzig mijn stem');
      await expectAccessible(again);

      const stranger = await render(poll);
      expect(has(stranger, 'fieldset'), 'another participant sees the form').to.be.true;
    });

    it('announces live results politely, at most once every few seconds', async () => {
      const poll = await createPoll({ resultsVisibility: 'always' });
      const el = await render(poll);
      const live = el.shadowRoot!.querySelector('[role=status]')!;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(text(live)).to.equal('');

      await (await participantClient()).polls.vote(poll.id, { optionIds: [poll.options[0]!.id] });
      await waitUntil(() => text(live) !== '', 'no announcement after another resident voted', { timeout: 4000 });
      expect(text(live)).to.equal('De tussenstand is bijgewerkt. 1 persoon heeft gestemd.');
      expect(parts(el, 'result').map(text)[0]).to.equal('Meer groen: 1 stem, 100%');

      // Two more ballots at once: the screen updates, the announcement waits for the interval.
      await Promise.all([
        (await participantClient()).polls.vote(poll.id, { optionIds: [poll.options[1]!.id] }),
        (await participantClient()).polls.vote(poll.id, { optionIds: [poll.options[1]!.id] }),
      ]);
      await waitUntil(() => text(el.shadowRoot!.querySelector('.results .meta')) === '3 mensen hebben gestemd.', 'results on screen', {
        timeout: 4000,
      });
      expect(text(live), 'not announced again within the interval').to.equal('De tussenstand is bijgewerkt. 1 persoon heeft gestemd.');
      await waitUntil(() => text(live) === 'De tussenstand is bijgewerkt. 3 mensen hebben gestemd.', 'one announcement for both', {
        timeout: 7000,
      });
    }).timeout(20_000);

    it('shares one results stream between the polls of a page; a ballot updates only its own poll', async () => {
      const polls = await Promise.all([1, 2, 3, 4].map(() => createPoll({ resultsVisibility: 'always' })));
      const streams: Request[] = [];
      const client = await participantClient(new Map(), (input, init) => {
        const request = new Request(input, init);
        if (new URL(request.url).pathname.endsWith('/results/stream')) streams.push(request);
        return fetch(request);
      });
      const page = await fixture<HTMLElement>(html`<div lang="nl">
        ${polls.map((poll) => html`<inspraak-poll poll=${poll.id} .client=${client}></inspraak-poll>`)}
      </div>`);
      const els = [...page.querySelectorAll<InspraakPoll>('inspraak-poll')];
      await waitUntil(() => els.every((el) => !part(el, 'skeleton')), 'the polls did not load', { timeout: 5000 });
      const open = () => streams.filter((request) => !request.signal.aborted);
      await waitUntil(() => open()[0]?.url.includes(polls.map((poll) => poll.id).sort().join('%2C')), 'no stream for all four polls', {
        timeout: 4000,
      });
      expect(open().length, 'one open stream for four polls').to.equal(1);
      expect(streams.length, 'widgets that load together open one stream, not one each').to.equal(1);

      const meta = (el: InspraakPoll) => text(el.shadowRoot!.querySelector('.results .meta'));
      const before = els.map(meta);
      await (await participantClient()).polls.vote(polls[1]!.id, { optionIds: [polls[1]!.options[0]!.id] });
      await waitUntil(() => meta(els[1]!) === '1 persoon heeft gestemd.', 'the second poll did not update', { timeout: 4000 });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect([0, 2, 3].map((index) => meta(els[index]!))).to.deep.equal([0, 2, 3].map((index) => before[index]));
      expect(open().length, 'still one stream').to.equal(1);
      page.remove();
      await waitUntil(() => open().length === 0, 'the stream stays open after the widgets left', { timeout: 2000 });
    }).timeout(20_000);
  });

  describe('closed and not yet open', () => {
    it('shows a closed poll with its results and no form', async () => {
      const poll = await createPoll({}, { close: true });
      const el = await render(poll);
      expect(has(el, 'form')).to.be.false;
      expect(text(part(el, 'question'))).to.equal('Wat wilt u op het Stationsplein?');
      expect(text(part(el, 'status'))).to.equal('Deze peiling is gesloten.');
      expect(text(el.shadowRoot!.querySelector('.status p'))).to.equal('U kunt niet meer stemmen.');
      expect(text(el.shadowRoot!.querySelector('#results-heading'))).to.equal('Uitslag');
      expect(has(el, '[part~=change-button]')).to.be.false;
      await expectAccessible(el);
    });

    it('shows when a scheduled poll opens, formatted for the language', async () => {
      const opensAt = new Date(Date.UTC(2031, 2, 14, 9, 30)).toISOString();
      const poll = await createPoll({ opensAt });
      const el = await render(poll);
      expect(has(el, 'form')).to.be.false;
      expect(text(part(el, 'status'))).to.equal('Deze peiling is nog niet open.');
      const when = new Intl.DateTimeFormat('nl', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(opensAt));
      expect(text(el.shadowRoot!.querySelector('.status p'))).to.equal(`U kunt stemmen vanaf ${when}.`);
      expect(when).to.contain('14 maart 2031');
      expect(has(el, 'input'), 'nothing to choose yet').to.be.false;
      await expectAccessible(el);
    });
  });

  describe('language', () => {
    it('speaks the language of the nearest [lang] ancestor, and follows a change', async () => {
      const poll = await createPoll({ selection: 'multiple', maxChoices: 2 });
      const client = await participantClient();
      const section = await fixture<HTMLElement>(html`<section lang="en-GB"><inspraak-poll poll=${poll.id} .client=${client}></inspraak-poll></section>`);
      const el = section.querySelector('inspraak-poll')!;
      await waitUntil(() => el.shadowRoot!.querySelector('fieldset'));
      expect(text(part(el, 'hint'))).to.equal('Choose up to 2.');
      expect(text(part(el, 'submit-button'))).to.equal('Send my vote');
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('en-GB');
      await expectAccessible(el);

      section.setAttribute('lang', 'nl');
      await waitUntil(() => text(part(el, 'submit-button')) === 'Verstuur mijn stem', 'did not switch to Dutch');
      expect(text(part(el, 'hint'))).to.equal('Kies er maximaal 2.');
    });

    it('takes overrides for any text, also as a JSON attribute', async () => {
      const poll = await createPoll();
      const client = await participantClient();
      const el = await fixture<InspraakPoll>(
        html`<inspraak-poll poll=${poll.id} .client=${client} texts='{"submit":"Stem!","hintSingle":"Eén keuze."}'></inspraak-poll>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('fieldset'));
      expect(text(part(el, 'submit-button'))).to.equal('Stem!');
      expect(text(part(el, 'hint'))).to.equal('Eén keuze.');
    });

    it('speaks a language it does not ship when the page gives its texts, and Dutch when it does not', async () => {
      const poll = await createPoll({ question: 'ماذا تريد في ساحة المحطة؟' });
      const client = await participantClient();
      const section = await fixture<HTMLElement>(
        html`<section lang="ar" dir="rtl">
          <inspraak-poll poll=${poll.id} .client=${client} .texts=${{ submit: 'أرسل صوتي' }}></inspraak-poll>
          <inspraak-poll poll=${poll.id} .client=${client}></inspraak-poll>
        </section>`,
      );
      const [translated, untranslated] = [...section.querySelectorAll('inspraak-poll')];
      await waitUntil(() => translated!.shadowRoot!.querySelector('fieldset') && untranslated!.shadowRoot!.querySelector('fieldset'));
      // A screen reader reads the Arabic question (and the host's Arabic texts) with an Arabic voice.
      expect(part(translated!, 'base')!.getAttribute('lang')).to.equal('ar');
      expect(text(part(translated!, 'submit-button'))).to.equal('أرسل صوتي');
      // Without texts of the page's own, the widget speaks Dutch and says so.
      expect(part(untranslated!, 'base')!.getAttribute('lang')).to.equal('nl');
      expect(text(part(untranslated!, 'submit-button'))).to.equal('Verstuur mijn stem');
    });

    it('falls back to Dutch for a malformed lang attribute', async () => {
      const poll = await createPoll();
      const client = await participantClient();
      const el = await fixture<InspraakPoll>(html`<inspraak-poll poll=${poll.id} lang="not a language" .client=${client} .texts=${{ submit: 'Stem!' }}></inspraak-poll>`);
      await waitUntil(() => el.shadowRoot!.querySelector('fieldset'));
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('nl');
      expect(text(part(el, 'submit-button'))).to.equal('Stem!');
    });
  });

  describe('errors', () => {
    it('explains a failed load, announces it, and retries', async () => {
      const poll = await createPoll();
      const { baseUrl, siteKey } = await testServer();
      const errors: unknown[] = [];
      const el = await fixture<InspraakPoll>(
        html`<inspraak-poll poll=${poll.id} api="http://127.0.0.1:9/v1" site-key=${siteKey} @inspraak-error=${(event: Event) =>
          errors.push((event as CustomEvent).detail.error)}></inspraak-poll>`,
      );
      await waitUntil(() => part(el, 'error'), 'no error shown', { timeout: 8000 });
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(text(part(el, 'error'))).to.equal(
        'De peiling kan nu niet worden geladen. De server is niet bereikbaar. Controleer uw internet en probeer het opnieuw.',
      );
      expect(errors[0]).to.be.instanceOf(InspraakApiError);
      expect((errors[0] as InspraakApiError).code).to.equal('network-error');
      // The alert as assistive technology meets it: Chromium only (DevTools protocol).
      if ((await capabilities()).accessibilityTree) {
        const [alert] = findAll(await accessibilityTree(), (node) => node.role === 'alert');
        expect(alert, 'the error is in an alert').to.exist;
      }
      await expectAccessible(el);

      el.api = baseUrl;
      await waitUntil(() => el.shadowRoot!.querySelector('fieldset'), 'did not recover with a working api');
      el.api = 'http://127.0.0.1:9/v1';
      await waitUntil(() => part(el, 'retry-button'), 'no retry button', { timeout: 8000 });
      expect(text(part(el, 'retry-button'))).to.equal('Probeer opnieuw');
    });

    it('keeps the choice when a vote fails, says what to do, and the next try counts', async () => {
      const poll = await createPoll();
      let offline = false;
      const flakyFetch: typeof fetch = (input, init) =>
        offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init);
      const el = await render(poll, { client: await participantClient(new Map(), flakyFetch) });
      const errors: unknown[] = [];
      el.addEventListener('inspraak-error', (event) => errors.push(event.detail.error));

      inputs(el)[1]!.click();
      offline = true;
      part(el, 'submit-button')!.click();
      await waitUntil(() => part(el, 'error'), 'no error after a failed vote', { timeout: 5000 });
      expect(text(part(el, 'error'))).to.equal(
        'De server is niet bereikbaar. Controleer uw internet en probeer het opnieuw. Uw keuze is bewaard.',
      );
      expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
      expect(inputs(el).map((input) => input.checked)).to.deep.equal([false, true, false]);
      expect((errors[0] as InspraakApiError).code).to.equal('network-error');
      expect(part(el, 'submit-button')!.getAttribute('aria-disabled')).to.equal('false');
      await expectAccessible(el);

      offline = false;
      part(el, 'submit-button')!.click();
      await waitUntil(() => focused(el)?.id === 'confirmation', 'the second try did not count', { timeout: 5000 });
      expect(text(el.shadowRoot!.querySelector('.status p'))).to.equal('U koos: Meer fietsenrekken.');
    });

    it('says a poll closed in the meantime, keeping the choice', async () => {
      const poll = await createPoll();
      const el = await render(poll);
      inputs(el)[0]!.click();
      // The poll closes while the resident is choosing.
      await closePoll(poll.id);
      part(el, 'submit-button')!.click();
      await waitUntil(() => part(el, 'error'), 'no error', { timeout: 5000 });
      // With the request id, so the help desk can find what happened.
      expect(text(part(el, 'error'))).to.match(/^Deze peiling is net gesloten\. Uw stem is niet geteld\. Uw keuze is bewaard\. Foutcode: req_\w+$/);
      expect(inputs(el)[0]!.checked).to.be.true;
    });
  });

  describe('layout', () => {
    // In a page 320 px wide: an iframe, a viewport of its own in every engine (see narrowPage).
    it('fits a 320 px wide screen without sideways scrolling', async () => {
      const { frame, page } = await narrowPage(320, 640, new URL('../../define/poll.ts', import.meta.url).href);
      try {
        const poll = await createPoll({
          options: [{ label: 'Een heel lange keuze met woorden als fietsparkeervoorzieningsuitbreidingsplan' }, { label: 'Kort' }],
        });
        const el = page.createElement('inspraak-poll') as InspraakPoll;
        el.setAttribute('poll', poll.id);
        el.client = await participantClient();
        page.body.append(el);
        await waitUntil(() => el.shadowRoot?.querySelector('fieldset'), 'the poll did not load', { timeout: 5000 });
        expect(page.documentElement.scrollWidth).to.be.at.most(320);
        expect(parts(el, 'option').length).to.equal(2);
        for (const option of parts(el, 'option')) expect(option.getBoundingClientRect().right).to.be.at.most(320);
        await voteFor(el, 'Kort');
        expect(page.documentElement.scrollWidth).to.be.at.most(320);
      } finally {
        frame.remove();
      }
    });

    it('makes every control at least 44 by 44 px, also when the page shrinks its root font', async () => {
      // A common CMS style sheet: a 10 px root for easy rem sums, the text set back to 16 px on body.
      document.documentElement.style.fontSize = '62.5%';
      document.body.style.fontSize = '1.6rem';
      const poll = await createPoll();
      const el = await render(poll);
      const controls = [...parts(el, 'option'), ...parts(el, 'button')];
      expect(controls.length).to.equal(4);
      for (const control of controls) {
        const box = control.getBoundingClientRect();
        expect(box.height, text(control)).to.be.at.least(44);
        expect(box.width, text(control)).to.be.at.least(44);
      }
      expect(getComputedStyle(part(el, 'base')!).fontSize, 'the page font size, not the root').to.equal('16px');
      for (const input of inputs(el)) expect(input.getBoundingClientRect().height).to.be.at.least(24);
      await voteFor(el, 'Meer groen');
      expect(part(el, 'change-button')!.getBoundingClientRect().height).to.be.at.least(44);
    });

    // Forced colours are emulated through Chromium's DevTools protocol; in Firefox and WebKitGTK the
    // test checks the style rules the mode would apply (Safari has no forced-colours mode of its own).
    it('keeps bars and chosen options visible in forced colours (Windows High Contrast; emulated in Chromium)', async () => {
      const poll = await createPoll({ resultsVisibility: 'always' });
      const el = await render(poll);
      inputs(el)[0]!.click();
      const fills = rulesUnder(el, '(forced-colors: active)', '.bar-fill').map((rule) => rule.style.getPropertyValue('background-color').toLowerCase());
      expect(fills, 'the bars are painted in a system colour').to.deep.equal(['highlight']);
      const chosen = rulesUnder(el, '(forced-colors: active)', '.option:has(:checked)');
      expect(chosen.map((rule) => rule.style.getPropertyValue('outline-style')), 'the chosen option is outlined').to.deep.equal(['solid']);
      await expectAccessible(el);
      if (!(await capabilities()).forcedColors) return;

      await forcedColors(true);
      expect(matchMedia('(forced-colors: active)').matches).to.be.true;
      // Without forced-color-adjust the browser would wipe the bars' backgrounds.
      expect(getComputedStyle(parts(el, 'bar-fill')[0]!).forcedColorAdjust).to.equal('none');
      expect(getComputedStyle(parts(el, 'option')[0]!).outlineStyle, 'the chosen option is outlined').to.equal('solid');
      expect(getComputedStyle(parts(el, 'option')[1]!).outlineStyle).to.equal('none');
      await expectAccessible(el);
    });

    // prefers-reduced-motion is emulated through Chromium's DevTools protocol; in Firefox and WebKitGTK
    // the test checks that the motion is declared only under `prefers-reduced-motion: no-preference`.
    it('animates the bars only when motion is welcome (reduced motion emulated in Chromium)', async () => {
      const poll = await createPoll({ resultsVisibility: 'always' });
      const el = await render(poll);
      await voteFor(el, 'Meer groen');
      const fill = part(el, 'bar-fill')!;
      expect(getComputedStyle(fill).animationName).to.equal('grow');
      const moving = rulesUnder(el, '(prefers-reduced-motion: no-preference)', '.bar-fill');
      expect(moving.map((rule) => rule.style.getPropertyValue('animation-name'))).to.deep.equal(['grow']);
      const always = rulesUnder(el, null, '.bar-fill');
      expect(always.length, 'the bar fill has its rule').to.be.greaterThan(0);
      expect(always.map((rule) => rule.style.getPropertyValue('animation-name')).filter(Boolean), 'no motion outside the media query').to.deep.equal([]);
      if (!(await capabilities()).emulateMedia) return;
      await emulateMedia({ reducedMotion: 'reduce' });
      expect(getComputedStyle(fill).animationName).to.equal('none');
      expect(getComputedStyle(fill).transitionDuration).to.equal('0s');
    });
  });
});

async function closePoll(pollId: string) {
  const response = await fetch(`/__inspraak/polls/${pollId}/close`, { method: 'POST' });
  if (!response.ok) throw new Error(await response.text());
}
