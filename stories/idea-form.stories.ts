/**
 * <inspraak-idea-form> in every state, against the contract's examples (no server needed).
 * Sending, the receipt, the error summary and the server's field errors are reached by play functions.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@inspraak/widgets/idea-form';
import { common, fail, offline, pending, reply } from './mocks/handlers.ts';
import { arabicBoard, boardClosed } from './mocks/vary.ts';
import { click, find, findText, renderWidget, typeInto, widgetIn } from './story-kit.ts';

const meta = {
  title: 'Widgets/Idea form',
  component: 'inspraak-idea-form',
  render: renderWidget('inspraak-idea-form'),
  args: { board: 'board_demo', 'heading-level': 2 },
  parameters: {
    msw: {
      handlers: {
        ...common,
        board: reply('getBoard', 200),
        similar: reply('findSimilarIdeas', 200),
        create: reply('createIdea', 201),
        support: reply('supportIdea', 200),
        unsupport: reply('unsupportIdea', 200),
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

type Context = { canvasElement: HTMLElement };
const formIn = async (canvasElement: HTMLElement) => {
  const form = widgetIn(canvasElement);
  await find(form, 'form');
  return form;
};
/** Fills in a valid idea (title and topic), as a resident would. */
const fill = async (form: HTMLElement, title = 'Bankjes bij de bushalte') => {
  await typeInto(await find<HTMLInputElement>(form, '#title'), title);
  const topic = await find<HTMLSelectElement>(form, '#category');
  topic.value = 'cat_verkeer';
  topic.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  await typeInto(await find<HTMLTextAreaElement>(form, '#description'), 'Wie op de bus wacht kan nergens zitten.');
};
const send = async (form: HTMLElement) => click(await find(form, '[part~="submit-button"]'));
const fillAndSend = async ({ canvasElement }: Context) => {
  const form = await formIn(canvasElement);
  await fill(form);
  await send(form);
  return form;
};
const waitForForm = async ({ canvasElement }: Context) => {
  await formIn(canvasElement);
};
const waitForError = async ({ canvasElement }: Context) => {
  await find(widgetIn(canvasElement), '[part~="error"]');
};

export const Open: Story = { play: waitForForm };

export const Loading: Story = {
  parameters: { msw: { handlers: { board: pending('getBoard') } } },
  play: async ({ canvasElement }) => {
    await find(widgetIn(canvasElement), '[part~="skeleton"]');
  },
};

export const SimilarIdeas: Story = {
  name: 'Similar ideas while typing',
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await typeInto(await find<HTMLInputElement>(form, '#title'), 'Meer bomen');
    await find(form, '[part~="similar"] [part~="support-button"]');
  },
};

export const Submitting: Story = {
  parameters: { msw: { handlers: { create: pending('createIdea') } } },
  play: async (context) => {
    const form = await fillAndSend(context);
    await find(form, '[part~="submit-button"][aria-disabled="true"]');
  },
};

export const Sent: Story = {
  name: 'Sent, with the receipt',
  play: async (context) => {
    const form = await fillAndSend(context);
    await find(form, '[part~="receipt"]');
  },
};

export const SentForReview: Story = {
  name: 'Sent, waiting for review (pre-moderated board)',
  parameters: {
    msw: {
      handlers: {
        board: reply('getBoard', 200, undefined, (board) => ({ ...board, moderation: 'pre' as const })),
        create: reply('createIdea', 201, undefined, (sent) => ({ ...sent, idea: { ...sent.idea, moderation: { state: 'pending' as const, hiddenReasonCode: null, hiddenReason: null } } })),
      },
    },
  },
  play: async (context) => {
    const form = await fillAndSend(context);
    await find(form, '[part~="receipt"]');
  },
};

export const MissingFields: Story = {
  name: 'Validation: error summary',
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await send(form);
    await find(form, '[part~="error-summary"]');
  },
};

export const ServerFieldErrors: Story = {
  name: 'Validation: field errors from the server (422)',
  tags: ['error-response'],
  parameters: { msw: { handlers: { create: fail('createIdea', 'UnprocessableContent', 'idea-fields') } } },
  play: async (context) => {
    const form = await fillAndSend(context);
    await find(form, '[part~="error-summary"]');
  },
};

export const TooLong: Story = {
  name: 'Very long texts (over the limit)',
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await typeInto(
      await find<HTMLInputElement>(form, '#title'),
      'Een heel lang idee over het Stationsplein, met bomen, bankjes, fietsenrekken, een speelplek, water en schaduw voor iedereen die er wacht',
    );
    await findText(form, '[part~="count"]', 'te veel');
  },
};

export const Closed: Story = {
  name: 'Closed board',
  parameters: { msw: { handlers: { board: reply('getBoard', 200, undefined, boardClosed) } } },
  play: async ({ canvasElement }) => {
    await find(widgetIn(canvasElement), '[part~="status"]');
  },
};

export const NotFound: Story = {
  name: 'Error: not found (404)',
  tags: ['error-response'],
  parameters: { msw: { handlers: { board: fail('getBoard', 'NotFound') } } },
  play: waitForError,
};

export const RateLimited: Story = {
  name: 'Error: rate limited (429, Retry-After)',
  tags: ['error-response'],
  parameters: { msw: { handlers: { create: fail('createIdea', 'TooManyRequests') } } },
  play: async (context) => {
    const form = await fillAndSend(context);
    await find(form, '#send-error');
  },
};

export const ServerError: Story = {
  name: 'Error: server error (500)',
  tags: ['error-response'],
  parameters: { msw: { handlers: { board: fail('getBoard', 'InternalError') } } },
  play: waitForError,
};

export const Unavailable: Story = {
  name: 'Error: unavailable (503), while sending',
  tags: ['error-response'],
  parameters: { msw: { handlers: { create: fail('createIdea', 'Unavailable') } } },
  play: async (context) => {
    const form = await fillAndSend(context);
    await find(form, '#send-error');
  },
};

export const Offline: Story = {
  name: 'Error: network failure',
  tags: ['network-failure'],
  parameters: { msw: { handlers: { board: offline('getBoard') } } },
  play: waitForError,
};

export const SendOffline: Story = {
  name: 'Error: network failure while sending (draft kept)',
  tags: ['network-failure'],
  parameters: { msw: { handlers: { create: offline('createIdea') } } },
  play: async (context) => {
    const form = await fillAndSend(context);
    await find(form, '#send-error');
  },
};

export const English: Story = { globals: { locale: 'en' }, play: waitForForm };

export const ArabicRightToLeft: Story = {
  name: 'Arabic, right to left',
  globals: { locale: 'ar' },
  args: {
    texts: {
      formHeading: 'شارك فكرتك',
      titleLabel: 'عنوان فكرتك',
      descriptionLabel: 'اشرح فكرتك',
      categoryLabel: 'الموضوع',
      categoryChoose: 'اختر موضوعًا',
      placeLabel: 'المكان (اختياري)',
      nameLabel: 'اسمك (اختياري)',
      submit: 'أرسل فكرتي',
    },
  },
  parameters: { msw: { handlers: { board: reply('getBoard', 200, undefined, arabicBoard) } } },
  play: waitForForm,
};

export const Narrow: Story = {
  name: '320 px wide, with errors',
  globals: { width: '320' },
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await send(form);
    await find(form, '[part~="error-summary"]');
  },
};

export const CityTheme: Story = { name: 'City theme', globals: { theme: 'city' }, play: waitForForm };

export const Dark: Story = {
  name: 'Dark theme, with errors',
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await send(form);
    await find(form, '[part~="error-summary"]');
  },
};

export const DarkSent: Story = {
  name: 'Dark theme, sent',
  globals: { theme: 'dark' },
  play: async (context) => {
    const form = await fillAndSend(context);
    await find(form, '[part~="receipt"]');
  },
};

export const ForcedColors: Story = {
  name: 'Forced colours, with errors',
  tags: ['forced-colors'],
  play: async ({ canvasElement }) => {
    const form = await formIn(canvasElement);
    await send(form);
    await find(form, '[part~="error-summary"]');
  },
};
