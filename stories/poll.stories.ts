/**
 * <inspraak-poll> in every state, against the contract's examples (no server needed).
 * Interaction states (submitting, voted, validation) are reached by their play functions.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@inspraak/widgets/poll';
import type { Texts } from '@inspraak/widgets';
import { example } from './mocks/contract.ts';
import { common, fail, offline, pending, reply } from './mocks/handlers.ts';
import { arabicPoll, longTexts, manyOptions, multipleChoice, pollWithStatus, resultsAlways } from './mocks/vary.ts';
import { click, expect, find, findText, renderWidget, widgetIn } from './story-kit.ts';

const meta = {
  title: 'Widgets/Poll',
  component: 'inspraak-poll',
  render: renderWidget('inspraak-poll'),
  args: { poll: 'poll_demo', 'heading-level': 2 },
  parameters: {
    msw: {
      handlers: {
        ...common,
        poll: reply('getPoll', 200),
        ballot: reply('getMyBallot', 200, 'not-voted'),
        results: reply('getPollResults', 200, 'hidden-until-vote'),
        vote: reply('castBallot', 201),
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Waits for the voting form. */
const form = async (canvasElement: HTMLElement) => {
  const poll = widgetIn(canvasElement);
  await find(poll, 'fieldset');
  return poll;
};
/** Chooses the option with this label and sends the vote. */
const vote = async (canvasElement: HTMLElement, label: string) => {
  const poll = await form(canvasElement);
  await click(await findText(poll, '[part~="option"]', label));
  await click(await find(poll, '[part~="submit-button"]'));
  return poll;
};
/** Voted earlier: the server has the ballot and shows the results. */
const votedEarlier = {
  ballot: reply('getMyBallot', 200, 'voted'),
  results: reply('getPollResults', 200, 'visible'),
};
const waitForResults = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  await find(widgetIn(canvasElement), '[part~="results"]');
};
const waitForError = async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  await find(widgetIn(canvasElement), '[part~="error"]');
};

export const Open: Story = {
  play: async ({ canvasElement }) => {
    const poll = await form(canvasElement);
    await expect(poll.shadowRoot.querySelectorAll('input[type="radio"]')).toHaveLength(3);
  },
};

export const Loading: Story = {
  parameters: { msw: { handlers: { poll: pending('getPoll') } } },
  play: async ({ canvasElement }) => {
    await find(widgetIn(canvasElement), '[part~="skeleton"]');
  },
};

export const Submitting: Story = {
  parameters: { msw: { handlers: { vote: pending('castBallot') } } },
  play: async ({ canvasElement }) => {
    const poll = await vote(canvasElement, 'Meer fietsenrekken');
    await waitForSubmitting(poll);
  },
};
const waitForSubmitting = async (poll: HTMLElement) => {
  const button = await find(poll, '[part~="submit-button"][aria-disabled="true"]');
  await expect(button.textContent?.trim()).toBe('Uw stem wordt verstuurd…');
};

export const Voted: Story = {
  play: async ({ canvasElement }) => {
    const poll = await vote(canvasElement, 'Meer fietsenrekken');
    await find(poll, '#confirmation');
    await find(poll, '[part~="results"]');
  },
};

export const VotedEarlier: Story = {
  name: 'Voted earlier (read back after a reload)',
  parameters: { msw: { handlers: votedEarlier } },
  play: waitForResults,
};

export const NoChoice: Story = {
  name: 'Validation: no choice made',
  play: async ({ canvasElement }) => {
    const poll = await form(canvasElement);
    await click(await find(poll, '[part~="submit-button"]'));
    await find(poll, '[part~="error-message"]');
  },
};

export const MultipleChoice: Story = {
  parameters: {
    msw: {
      handlers: {
        poll: reply('getPoll', 200, undefined, (poll) => resultsAlways(multipleChoice(poll, 2))),
        results: reply('getPollResults', 200, 'visible'),
      },
    },
  },
  play: async ({ canvasElement }) => {
    const poll = await form(canvasElement);
    await find(poll, 'input[type="checkbox"]');
    await find(poll, '[part~="results"]');
  },
};

const many = manyOptions(example('getPoll', 200), example('getPollResults', 200, 'visible'), 12);
export const ManyOptions: Story = {
  name: 'Many options (12)',
  parameters: {
    msw: {
      handlers: {
        poll: reply('getPoll', 200, undefined, () => resultsAlways(multipleChoice(many.poll, 3))),
        results: reply('getPollResults', 200, 'visible', () => many.results),
      },
    },
  },
  play: async ({ canvasElement }) => {
    const poll = await form(canvasElement);
    await expect(poll.shadowRoot.querySelectorAll('input')).toHaveLength(12);
  },
};

export const LongTexts: Story = {
  name: 'Very long texts',
  parameters: { msw: { handlers: { poll: reply('getPoll', 200, undefined, longTexts), ...votedEarlier } } },
  play: waitForResults,
};

export const Closed: Story = {
  parameters: {
    msw: {
      handlers: {
        poll: reply('getPoll', 200, undefined, (poll) => pollWithStatus(poll, 'closed')),
        results: reply('getPollResults', 200, 'visible'),
      },
    },
  },
  play: async ({ canvasElement }) => {
    const poll = widgetIn(canvasElement);
    await find(poll, '[part~="status"]');
    await find(poll, '[part~="results"]');
  },
};

export const ClosedWithMyVote: Story = {
  name: 'Closed, with my vote',
  parameters: {
    msw: {
      handlers: {
        poll: reply('getPoll', 200, undefined, (poll) => pollWithStatus(poll, 'closed')),
        ballot: reply('getMyBallot', 200, 'voted'),
        results: reply('getPollResults', 200, 'visible'),
      },
    },
  },
  play: async ({ canvasElement }) => {
    const poll = widgetIn(canvasElement);
    await findText(poll, '.status', 'Meer fietsenrekken');
    await find(poll, '[part~="results"]');
  },
};

export const NotYetOpen: Story = {
  name: 'Not yet open',
  parameters: {
    msw: { handlers: { poll: reply('getPoll', 200, undefined, (poll) => pollWithStatus(poll, 'scheduled')) } },
  },
  play: async ({ canvasElement }) => {
    await find(widgetIn(canvasElement), '[part~="status"]');
  },
};

export const NotFound: Story = {
  tags: ['error-response'],
  name: 'Error: not found (404)',
  parameters: { msw: { handlers: { poll: fail('getPoll', 'NotFound') } } },
  play: waitForError,
};

export const RateLimited: Story = {
  tags: ['error-response'],
  name: 'Error: rate limited (429, Retry-After)',
  parameters: { msw: { handlers: { poll: fail('getPoll', 'TooManyRequests') } } },
  play: waitForError,
};

export const ServerError: Story = {
  tags: ['error-response'],
  name: 'Error: server error (500)',
  parameters: { msw: { handlers: { poll: fail('getPoll', 'InternalError') } } },
  play: waitForError,
};

export const Unavailable: Story = {
  tags: ['error-response'],
  name: 'Error: unavailable (503)',
  parameters: { msw: { handlers: { poll: fail('getPoll', 'Unavailable') } } },
  play: waitForError,
};

export const Offline: Story = {
  tags: ['network-failure'],
  name: 'Error: network failure',
  parameters: { msw: { handlers: { poll: offline('getPoll') } } },
  play: waitForError,
};

export const VoteRejected: Story = {
  tags: ['error-response'],
  name: 'Error: vote rejected (422)',
  parameters: { msw: { handlers: { vote: fail('castBallot', 'UnprocessableContent', 'poll-choice') } } },
  play: async ({ canvasElement }) => {
    const poll = await vote(canvasElement, 'Een speelplek');
    await find(poll, '[part~="error"]');
  },
};

export const VoteOffline: Story = {
  tags: ['network-failure'],
  name: 'Error: vote lost (network failure)',
  parameters: { msw: { handlers: { vote: offline('castBallot') } } },
  play: async ({ canvasElement }) => {
    const poll = await vote(canvasElement, 'Meer groen');
    await find(poll, '[part~="error"]');
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  parameters: { msw: { handlers: votedEarlier } },
  play: async ({ canvasElement }) => {
    await findText(widgetIn(canvasElement), '[part~="status"]', 'You have already voted.');
  },
};

/** The widgets speak Dutch and English; a city adds the other texts with `texts` (here Arabic). */
const arabicTexts: Partial<Texts> = {
  loading: 'جارٍ تحميل الاستطلاع.',
  hintSingle: 'اختر إجابة واحدة.',
  errorPrefix: 'خطأ:',
  errorNoChoice: 'اختر إجابة.',
  submit: 'أرسل صوتي',
  submitting: 'جارٍ إرسال صوتك…',
  closesAt: 'يمكنك التصويت حتى {date}.',
  votedHeading: 'شكرًا! تم احتساب صوتك.',
  earlierHeading: 'لقد صوّتَّ بالفعل.',
  yourChoice: 'اخترت: {choices}.',
  changeVote: 'غيّر صوتي',
  resultsSoFar: 'النتائج حتى الآن',
  optionVotes: { one: 'صوت واحد', other: '{count} صوت' },
  yourPick: '(اختيارك)',
  totalBallots: { one: 'صوّت شخص واحد.', other: 'صوّت {count} شخصًا.' },
  hiddenAfterVote: 'سترى النتائج بعد التصويت.',
};

export const ArabicRightToLeft: Story = {
  name: 'Arabic, right to left',
  globals: { locale: 'ar' },
  args: { texts: arabicTexts },
  parameters: { msw: { handlers: { poll: reply('getPoll', 200, undefined, arabicPoll) } } },
  play: async ({ canvasElement }) => {
    const poll = await form(canvasElement);
    await click(await findText(poll, '[part~="option"]', 'مزيد من الخضرة'));
  },
};

export const ArabicVoted: Story = {
  name: 'Arabic, right to left, voted',
  globals: { locale: 'ar' },
  args: { texts: arabicTexts },
  parameters: { msw: { handlers: { poll: reply('getPoll', 200, undefined, arabicPoll), ...votedEarlier } } },
  play: waitForResults,
};

export const Narrow: Story = {
  name: '320 px wide',
  globals: { width: '320' },
  parameters: { msw: { handlers: { poll: reply('getPoll', 200, undefined, longTexts), ...votedEarlier } } },
  play: async ({ canvasElement }) => {
    const poll = widgetIn(canvasElement);
    await find(poll, '[part~="results"]');
    await expect(poll.scrollWidth).toBeLessThanOrEqual(320);
  },
};

export const CityTheme: Story = {
  name: 'City theme',
  globals: { theme: 'city' },
  parameters: { msw: { handlers: votedEarlier } },
  play: waitForResults,
};

export const CityThemeForm: Story = {
  name: 'City theme, voting',
  globals: { theme: 'city' },
  play: async ({ canvasElement }) => {
    const poll = await form(canvasElement);
    await click(await findText(poll, '[part~="option"]', 'Meer groen'));
  },
};

export const Dark: Story = {
  name: 'Dark theme',
  globals: { theme: 'dark' },
  parameters: { msw: { handlers: votedEarlier } },
  play: waitForResults,
};

export const DarkForm: Story = {
  name: 'Dark theme, validation error',
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const poll = await form(canvasElement);
    await click(await find(poll, '[part~="submit-button"]'));
    await find(poll, '[part~="error-message"]');
  },
};

export const ForcedColors: Story = {
  name: 'Forced colours',
  tags: ['forced-colors'],
  parameters: { msw: { handlers: votedEarlier } },
  play: waitForResults,
};
