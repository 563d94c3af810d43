/**
 * <inspraak-idea-board> in every state, against the contract's examples (no server needed).
 * Supporting, comments and reporting an idea are reached by play functions.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@inspraak/widgets/idea-board';
import { delay, HttpResponse } from 'msw';
import { example } from './mocks/contract.ts';
import { common, fail, offline, on, pending, reply } from './mocks/handlers.ts';
import { arabicBoard, arabicIdeas, boardClosed, longIdeas, manyIdeas, noIdeas } from './mocks/vary.ts';
import { click, expect, find, findText, renderWidget, widgetIn } from './story-kit.ts';

const meta = {
  title: 'Widgets/Idea board',
  component: 'inspraak-idea-board',
  render: renderWidget('inspraak-idea-board'),
  args: { board: 'board_demo', 'heading-level': 2 },
  parameters: {
    msw: {
      handlers: {
        ...common,
        board: reply('getBoard', 200),
        ideas: reply('listIdeas', 200),
        support: reply('supportIdea', 200),
        unsupport: reply('unsupportIdea', 200),
        comments: reply('listComments', 200),
        comment: reply('createComment', 201),
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

type Context = { canvasElement: HTMLElement };
const boardIn = async (canvasElement: HTMLElement) => {
  const board = widgetIn(canvasElement);
  await find(board, '[part~="idea"]');
  return board;
};
const waitForIdeas = async ({ canvasElement }: Context) => {
  await boardIn(canvasElement);
};
const waitForError = async ({ canvasElement }: Context) => {
  await find(widgetIn(canvasElement), '[part~="error"]');
};
const openComments = async ({ canvasElement }: Context) => {
  const board = await boardIn(canvasElement);
  await click(await find(board, '[part~="comments-button"]'));
  await find(board, '[part~="comment"]');
};

export const Ideas: Story = { play: waitForIdeas };

export const Loading: Story = {
  parameters: { msw: { handlers: { ideas: pending('listIdeas') } } },
  play: async ({ canvasElement }) => {
    await find(widgetIn(canvasElement), '[part~="skeleton"]');
  },
};

export const Empty: Story = {
  name: 'Empty: no ideas yet',
  parameters: { msw: { handlers: { ideas: reply('listIdeas', 200, undefined, noIdeas) } } },
  play: async ({ canvasElement }) => {
    await findText(widgetIn(canvasElement), '*', 'Er zijn (nog) geen ideeën');
  },
};

/** The first page at once, the next page never (the "load more" button stays busy). */
const firstPageOnly = on('listIdeas', async ({ request }) => {
  if (new URL(request.url).searchParams.has('cursor')) await delay('infinite');
  return HttpResponse.json(manyIdeas(example('listIdeas', 200), 12));
});

export const LoadingMore: Story = {
  name: 'Loading more ideas',
  parameters: { msw: { handlers: { ideas: firstPageOnly } } },
  play: async ({ canvasElement }) => {
    const board = await boardIn(canvasElement);
    await click(await find(board, '[part~="load-more-button"]'));
    await find(board, '[part~="load-more-button"][aria-disabled="true"]');
  },
};

export const Supported: Story = {
  name: 'Supported',
  play: async ({ canvasElement }) => {
    const board = await boardIn(canvasElement);
    await click(await find(board, '[part~="support-button"]'));
    await find(board, '[part~="support-button"][aria-pressed="true"]');
  },
};

export const Comments: Story = { name: 'Comments open', play: openComments };

export const ManyIdeas: Story = {
  name: 'Many ideas, with more to load',
  parameters: { msw: { handlers: { ideas: reply('listIdeas', 200, undefined, (page) => manyIdeas(page, 12)) } } },
  play: async ({ canvasElement }) => {
    const board = await boardIn(canvasElement);
    await expect(board.shadowRoot.querySelectorAll('[part~="idea"]')).toHaveLength(12);
    await find(board, '[part~="load-more-button"]');
  },
};

export const HiddenIdea: Story = {
  name: 'An idea a moderator hid, in its place',
  parameters: { msw: { handlers: { ideas: reply('listIdeas', 200, 'with-notice') } } },
  play: async ({ canvasElement }) => {
    await findText(widgetIn(canvasElement), '[part~="hidden-notice"]', 'Er stonden persoonlijke gegevens in.');
  },
};

export const LongTexts: Story = {
  name: 'Very long texts',
  parameters: { msw: { handlers: { ideas: reply('listIdeas', 200, undefined, longIdeas) } } },
  play: waitForIdeas,
};

export const Closed: Story = {
  name: 'Closed board, comments open',
  parameters: { msw: { handlers: { board: reply('getBoard', 200, undefined, boardClosed) } } },
  play: openComments,
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
  parameters: { msw: { handlers: { ideas: fail('listIdeas', 'TooManyRequests') } } },
  play: waitForError,
};

export const ServerError: Story = {
  name: 'Error: server error (500)',
  tags: ['error-response'],
  parameters: { msw: { handlers: { ideas: fail('listIdeas', 'InternalError') } } },
  play: waitForError,
};

export const SupportFailed: Story = {
  name: 'Error: support failed (503)',
  tags: ['error-response'],
  parameters: { msw: { handlers: { support: fail('supportIdea', 'Unavailable') } } },
  play: async ({ canvasElement }) => {
    const board = await boardIn(canvasElement);
    await click(await find(board, '[part~="support-button"]'));
    await find(board, '[part~="idea"] [part~="error"]');
  },
};

export const Offline: Story = {
  name: 'Error: network failure',
  tags: ['network-failure'],
  parameters: { msw: { handlers: { board: offline('getBoard') } } },
  play: waitForError,
};

export const English: Story = { globals: { locale: 'en' }, play: openComments };

export const ArabicRightToLeft: Story = {
  name: 'Arabic, right to left',
  globals: { locale: 'ar' },
  args: { texts: { support: 'ادعم هذه الفكرة', loadMore: 'حمّل المزيد من الأفكار', sortLabel: 'الترتيب', filterCategory: 'الموضوع', filterStatus: 'الحالة' } },
  parameters: {
    msw: {
      handlers: {
        board: reply('getBoard', 200, undefined, arabicBoard),
        ideas: reply('listIdeas', 200, undefined, arabicIdeas),
      },
    },
  },
  play: waitForIdeas,
};

export const Narrow: Story = { name: '320 px wide, comments open', globals: { width: '320' }, play: openComments };

export const CityTheme: Story = { name: 'City theme', globals: { theme: 'city' }, play: waitForIdeas };

export const Dark: Story = { name: 'Dark theme, comments open', globals: { theme: 'dark' }, play: openComments };

export const ForcedColors: Story = {
  name: 'Forced colours, supported',
  tags: ['forced-colors'],
  play: async ({ canvasElement }) => {
    const board = await boardIn(canvasElement);
    await click(await find(board, '[part~="support-button"]'));
    await find(board, '[part~="support-button"][aria-pressed="true"]');
  },
};
