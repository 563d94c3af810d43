/**
 * The staff console's screens, each on its own and in the shell, against the contract's examples
 * (no server needed). The story test opens each and runs axe, as for the widgets; the console's
 * end-to-end test (packages/console/test) covers them on the real server.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { HttpResponse } from 'msw';
import { createClient } from '@inspraak/sdk';
import { consoleLanguage, defineConsoleElements, textsFor, type ConsoleContext } from '@inspraak/console';
import { example } from './mocks/contract.ts';
import { apiBase, fail, on, pending, reply, siteKey } from './mocks/handlers.ts';
import { click, expect, find, findText, typeInto, widgetIn } from './story-kit.ts';

defineConsoleElements();

type Role = ConsoleContext['site']['role'];

/** The widget story the publish panel's preview frames here (Storybook has no server with hosted pages). */
const previewStories: Record<string, string> = { poll: 'widgets-poll--open', 'idea-board': 'widgets-idea-board--ideas', 'feedback-map': 'widgets-feedback-map--with-map' };

/** The preview's page in Storybook: the widget's own story, in the language and theme asked for (the toolbar's globals). */
const storyPage: NonNullable<ConsoleContext['previewPage']> = ({ widget, language, scheme }) =>
  `iframe.html?id=${previewStories[widget]}&viewMode=story&globals=locale:${language};theme:${scheme === 'dark' ? 'dark' : 'default'}`;

/**
 * What the shell gives a screen, for the signed-in staff member of the contract's example (with
 * `role` instead of theirs), in the toolbar's language; announcements go to a live region below.
 */
function screen(tag: string, role: Role, properties: Record<string, unknown> = {}) {
  return (_args: unknown, { globals }: { globals: Record<string, unknown> }) => {
    const session = example('getStaffSession', 200);
    const site = { ...session.sites[0]!, role };
    const language = consoleLanguage(String(globals.locale ?? 'nl'));
    const status = document.createElement('p');
    status.setAttribute('role', 'status');
    const context: ConsoleContext = {
      client: createClient({ baseUrl: apiBase, staffSite: site.siteId, retry: 0 }),
      residentClient: createClient({ baseUrl: apiBase, siteKey, retry: 0 }),
      site,
      language,
      texts: textsFor(language),
      announce: (message) => (status.textContent = message),
      previewPage: storyPage,
    };
    const element = Object.assign(document.createElement(tag), { context, ...properties });
    return html`${element}${status}`;
  };
}

const meta = {
  title: 'Console',
  parameters: {
    msw: {
      handlers: {
        session: reply('getStaffSession', 200),
        polls: reply('listPolls', 200),
        poll: reply('getPoll', 200),
        counts: reply('getPollResultsForStaff', 200),
        queue: reply('listModerationQueue', 200),
        due: reply('listAnswersDue', 200),
        boards: reply('listBoards', 200),
        board: reply('getBoard', 200),
        boardForStaff: reply('getBoardForStaff', 200),
        maps: reply('listMaps', 200),
        map: reply('getMap', 200),
        mapForStaff: reply('getMapForStaff', 200),
        // A save answers with the example merged with the patch, as the server's merge patch does.
        boardUpdate: on('updateBoard', async ({ request }) => HttpResponse.json({ ...example('getBoard', 200), ...((await request.json()) as object) })),
        mapUpdate: on('updateMap', async ({ request }) => HttpResponse.json({ ...example('getMap', 200), ...((await request.json()) as object) })),
        // Staff see a map's reports as residents' list gives them (the admin list adds other moderation states).
        reports: on('listAdminReports', () => HttpResponse.json(example('listReports', 200))),
        audit: reply('listAuditLog', 200),
        overview: reply('getParticipationOverview', 200),
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The whole console as an editor opens it: the header, the sections their role allows, the overview. */
export const Shell: Story = {
  render: () => html`<inspraak-console api=${apiBase}></inspraak-console>`,
  play: async ({ canvasElement }) => {
    const shell = widgetIn(canvasElement);
    await findText(shell, 'nav a', 'Peilingen'); // the language of the section around it (the toolbar's)
    await expect([...shell.shadowRoot.querySelectorAll('nav a')].map((link) => link.textContent)).toEqual(['Overzicht', 'Peilingen', 'Ideeënborden', 'Kaarten', 'Antwoorden', 'Meldingen']);
  },
};

/** The first screen of every role: what is open and owed, then three days of a poll, a board and a map as charts and tables. */
export const Overview: Story = {
  render: screen('inspraak-console-overview', 'editor'),
  play: async ({ canvasElement }) => {
    const overview = widgetIn(canvasElement);
    await find(overview, '[data-chart="map-map_demo"] canvas');
    await findText(overview, 'tfoot td', '57');
  },
};

/** A moderator's overview: the figures link to moderation and answers; the polls, boards and maps are not their sections. */
export const OverviewModerator: Story = {
  render: screen('inspraak-console-overview', 'moderator'),
  play: async ({ canvasElement }) => {
    const overview = widgetIn(canvasElement);
    await find(overview, '.figures a[href="#/moderation"]');
    await expect(overview.shadowRoot.querySelector('.figures a[href="#/polls"]')).toBe(null);
  },
};

export const OverviewEmpty: Story = {
  render: screen('inspraak-console-overview', 'editor'),
  parameters: {
    msw: {
      handlers: {
        overview: reply('getParticipationOverview', 200, undefined, (body) => ({
          ...body,
          polls: [],
          boards: [],
          maps: [],
          open: { polls: 0, boards: 0, maps: 0, moderationQueue: 0 },
          answers: { due: 0, overdue: 0 },
        })),
      },
    },
  },
  play: async ({ canvasElement }) => {
    await findText(widgetIn(canvasElement), 'p', /niemand mee|nobody took part/);
  },
};

export const OverviewLoading: Story = {
  render: screen('inspraak-console-overview', 'editor'),
  parameters: { msw: { handlers: { overview: pending('getParticipationOverview') } } },
};

export const OverviewLoadError: Story = {
  tags: ['error-response'],
  render: screen('inspraak-console-overview', 'editor'),
  parameters: { msw: { handlers: { overview: fail('getParticipationOverview', 'InternalError') } } },
  play: async ({ canvasElement }) => {
    await find(widgetIn(canvasElement), '.error');
  },
};

/** Nobody signed in: the way to the city's sign-in. */
export const SignedOut: Story = {
  tags: ['error-response'],
  render: () => html`<inspraak-console api=${apiBase}></inspraak-console>`,
  parameters: { msw: { handlers: { session: fail('getStaffSession', 'Unauthorized') } } },
  play: async ({ canvasElement }) => {
    await find(widgetIn(canvasElement), 'a[href="/admin/auth/login"]');
  },
};

export const Polls: Story = {
  render: screen('inspraak-console-polls', 'editor'),
  play: async ({ canvasElement }) => {
    await find(widgetIn(canvasElement), 'tbody tr');
  },
};

export const PollsLoading: Story = {
  render: screen('inspraak-console-polls', 'editor'),
  parameters: { msw: { handlers: { polls: pending('listPolls') } } },
};

export const PollsLoadError: Story = {
  tags: ['error-response'],
  render: screen('inspraak-console-polls', 'editor'),
  parameters: { msw: { handlers: { polls: fail('listPolls', 'InternalError') } } },
  play: async ({ canvasElement }) => {
    await find(widgetIn(canvasElement), '.error');
  },
};

/** The new-poll form sent empty: the error summary, linked to each field. */
export const NewPollErrors: Story = {
  render: screen('inspraak-console-polls', 'editor'),
  play: async ({ canvasElement }) => {
    const polls = widgetIn(canvasElement);
    await click(await find(polls, 'button[type="submit"]'));
    await find(polls, '.error-summary');
    await expect(polls.shadowRoot.querySelectorAll('[aria-invalid="true"]')).toHaveLength(2);
  },
};

/** A running poll: its counts (read again while it is open) and the publish panel with the QR code. */
export const Poll: Story = {
  render: screen('inspraak-console-poll', 'editor', { pollId: 'poll_demo' }),
  play: async ({ canvasElement }) => {
    const poll = widgetIn(canvasElement);
    await findText(poll, '.total', '128');
    const panel = await find(poll, 'inspraak-console-publish');
    await find(panel, 'img.qr');
  },
};

/**
 * The publish panel's live preview: the real widget as residents see it, in English, dark, 320 px
 * wide, chosen with the radio groups; inert (a staff member cannot vote in it).
 */
export const PublishPreview: Story = {
  render: screen('inspraak-console-publish', 'editor', { widget: 'poll', idAttribute: 'poll', subjectId: 'poll_demo', subjectTitle: 'Wat komt er op het plein?' }),
  play: async ({ canvasElement }) => {
    const panel = widgetIn(canvasElement);
    const preview = await find(panel, 'inspraak-console-preview');
    for (const id of ['preview-language-en', 'preview-scheme-dark', 'preview-width-narrow']) await click(await find(preview, `#${id}`));
    const frame = await find<HTMLIFrameElement>(preview, 'iframe');
    await expect(frame.getAttribute('src')).toContain('globals=locale:en;theme:dark');
    await expect(frame.getAttribute('width')).toBe('320');
    await expect(frame.title).toMatch(/^(Voorbeeld van de peiling, Engels, donker, 320 pixels breed|Preview of the poll, English, dark, 320 pixels wide)$/);
    await expect(frame.closest('[inert]')).not.toBeNull();
  },
};

/** Opens the confirmation of `<inspraak-console-confirm class=…>` on a screen; returns the element. */
async function openConfirmation(screenElement: HTMLElement, which: 'close' | 'delete'): Promise<HTMLElement> {
  const confirm = await find(screenElement, `inspraak-console-confirm.${which}`);
  await click(await find(confirm, 'button.opener'));
  await find(confirm, '#confirm-question');
  return confirm;
}

/** Closing asks first, saying what it means. */
export const ClosePollConfirmation: Story = {
  render: screen('inspraak-console-poll', 'editor', { pollId: 'poll_demo' }),
  play: async ({ canvasElement }) => {
    const poll = widgetIn(canvasElement);
    await findText(poll, '.total', '128');
    await openConfirmation(poll, 'close');
  },
};

/** Deleting asks first, saying how many ballots go with the poll and offering the results to download. */
export const DeletePollConfirmation: Story = {
  render: screen('inspraak-console-poll', 'editor', { pollId: 'poll_demo' }),
  play: async ({ canvasElement }) => {
    const poll = widgetIn(canvasElement);
    await findText(poll, '.total', '128');
    const confirm = await openConfirmation(poll, 'delete');
    await findText(confirm, '#confirm-question', '128');
    await find(confirm, 'button.danger');
  },
};

/** The moderation queue: a flagged idea first, then one waiting for review. */
/** The queue across boards and maps: a flagged idea, an idea waiting for review, a map report. */
export const Moderation: Story = {
  render: screen('inspraak-console-moderation', 'moderator'),
  play: async ({ canvasElement }) => {
    const queue = widgetIn(canvasElement);
    await findText(queue, 'article h2', /Zwerfafval: Stationsplein 1/);
    await expect(queue.shadowRoot.querySelectorAll('article')).toHaveLength(3);
  },
};

/** Hiding asks for a reason from the shared list, and an optional note for the author. */
export const ModerationHideForm: Story = {
  render: screen('inspraak-console-moderation', 'moderator'),
  play: async ({ canvasElement }) => {
    const queue = widgetIn(canvasElement);
    await click(await findText(queue, 'article button', /Verbergen|Hide/));
    await find(queue, 'select[name="reasonCode"]');
  },
};

/** Every item selected, the selection's hide form open, and the keyboard shortcuts shown. */
export const ModerationSelection: Story = {
  render: screen('inspraak-console-moderation', 'moderator'),
  play: async ({ canvasElement }) => {
    const queue = widgetIn(canvasElement);
    await click(await find(queue, '#select-all'));
    await findText(queue, '#selection-count', /3/);
    await click(await find(queue, '#hide-selection'));
    await find(queue, '#reason-selection');
    await click(await find(queue, '.shortcuts summary'));
  },
};

export const ModerationEmpty: Story = {
  render: screen('inspraak-console-moderation', 'moderator'),
  parameters: { msw: { handlers: { queue: reply('listModerationQueue', 200, undefined, (page) => ({ ...page, items: [] })) } } },
  play: async ({ canvasElement }) => {
    await findText(widgetIn(canvasElement), 'p', /Er wacht niets|Nothing is waiting/);
  },
};

/** Ideas owed the city's answer: the overdue one first, marked. */
/** A map's reports with their status and history, for a moderator (who may set a status). */
export const Reports: Story = {
  render: screen('inspraak-console-reports', 'moderator', { mapId: 'map_demo' }),
  play: async ({ canvasElement }) => {
    const reports = widgetIn(canvasElement);
    await findText(reports, 'article h2', /Losse stoeptegel: Stationsplein 1/);
    await expect(reports.shadowRoot.querySelectorAll('article button')).toHaveLength(2);
  },
};

/** A new status with a public note, for residents to read with the report. */
export const ReportStatusForm: Story = {
  render: screen('inspraak-console-reports', 'moderator', { mapId: 'map_demo' }),
  play: async ({ canvasElement }) => {
    const reports = widgetIn(canvasElement);
    await click(await findText(reports, 'article button', /Status bijwerken|Update status/));
    await find(reports, 'select[name="status"]');
  },
};

/** An editor reads the reports; setting a status is for moderators and admins. */
export const ReportsForAnEditor: Story = {
  render: screen('inspraak-console-reports', 'editor', { mapId: 'map_demo' }),
  play: async ({ canvasElement }) => {
    const reports = widgetIn(canvasElement);
    await find(reports, 'article');
    await expect(reports.shadowRoot.querySelectorAll('article button')).toHaveLength(0);
  },
};

export const Answers: Story = {
  render: screen('inspraak-console-answers', 'moderator'),
  play: async ({ canvasElement }) => {
    await find(widgetIn(canvasElement), '.overdue');
  },
};

/** The answer form: the official answer, and optionally a new status with its note. */
export const AnswerForm: Story = {
  render: screen('inspraak-console-answers', 'moderator'),
  play: async ({ canvasElement }) => {
    const answers = widgetIn(canvasElement);
    await click(await findText(answers, 'article button', /Beantwoorden|Answer/));
    await find(answers, 'textarea[name="answer"]');
  },
};

/** An editor sees what is owed, without the answer buttons (answering is for moderators). */
export const AnswersForAnEditor: Story = {
  render: screen('inspraak-console-answers', 'editor'),
  play: async ({ canvasElement }) => {
    const answers = widgetIn(canvasElement);
    await find(answers, 'article');
    await expect(answers.shadowRoot.querySelectorAll('article button')).toHaveLength(0);
  },
};

/** The site's idea boards, and the form for a new one. */
export const Boards: Story = {
  render: screen('inspraak-console-boards', 'editor'),
  play: async ({ canvasElement }) => {
    await find(widgetIn(canvasElement), 'tbody tr');
  },
};

export const BoardsLoadError: Story = {
  tags: ['error-response'],
  render: screen('inspraak-console-boards', 'editor'),
  parameters: { msw: { handlers: { boards: fail('listBoards', 'InternalError') } } },
  play: async ({ canvasElement }) => {
    await find(widgetIn(canvasElement), '.error');
  },
};

/** The audit log, newest first: a moderator's hide (its changes opened), an erasure, an editor's poll close, a script's new poll. */
export const AuditLog: Story = {
  render: screen('inspraak-console-audit', 'admin'),
  play: async ({ canvasElement }) => {
    const audit = widgetIn(canvasElement);
    await click(await find(audit, 'tbody details summary'));
    await expect(audit.shadowRoot.querySelector('tbody details')?.hasAttribute('open')).toBe(true);
    await findText(audit, '.actions button', /Meer laden|Load more/);
  },
};

export const AuditLogEmpty: Story = {
  render: screen('inspraak-console-audit', 'admin'),
  parameters: { msw: { handlers: { audit: reply('listAuditLog', 200, undefined, () => ({ items: [], nextCursor: null })) } } },
  play: async ({ canvasElement }) => {
    await findText(widgetIn(canvasElement), 'p', /Er is nog niets veranderd|Nothing has been changed/);
  },
};

export const AuditLogLoading: Story = {
  render: screen('inspraak-console-audit', 'admin'),
  parameters: { msw: { handlers: { audit: pending('listAuditLog') } } },
};

export const AuditLogLoadError: Story = {
  tags: ['error-response'],
  render: screen('inspraak-console-audit', 'admin'),
  parameters: { msw: { handlers: { audit: fail('listAuditLog', 'InternalError') } } },
  play: async ({ canvasElement }) => {
    await find(widgetIn(canvasElement), '.error');
  },
};

/** The new-board form sent empty: the error summary, linked to the title and the categories. */
export const NewBoardErrors: Story = {
  render: screen('inspraak-console-boards', 'editor'),
  play: async ({ canvasElement }) => {
    const boards = widgetIn(canvasElement);
    await click(await find(boards, 'button[type="submit"]'));
    await find(boards, '.error-summary');
    await expect(boards.shadowRoot.querySelectorAll('[aria-invalid="true"]')).toHaveLength(2);
  },
};

/** One board: its settings to edit, the ideas as CSV, and the publish panel. */
export const IdeaBoard: Story = {
  render: screen('inspraak-console-board', 'editor', { subjectId: 'board_demo' }),
  play: async ({ canvasElement }) => {
    const board = widgetIn(canvasElement);
    await find(board, 'textarea[name="categories"]');
    await find(await find(board, 'inspraak-console-publish'), 'img.qr');
  },
};

/** Deleting a board says how many ideas, comments and supports go with it (the staff read's counts). */
export const DeleteIdeaBoardConfirmation: Story = {
  render: screen('inspraak-console-board', 'editor', { subjectId: 'board_demo' }),
  play: async ({ canvasElement }) => {
    const confirm = await openConfirmation(widgetIn(canvasElement), 'delete');
    await findText(confirm, '#confirm-question', /42 ideeën, 117 reacties en 1\.234 steunbetuigingen|42 ideas, 117 comments and 1,234 supports/);
  },
};

/** A save says which settings it changed. */
export const IdeaBoardSaved: Story = {
  render: screen('inspraak-console-board', 'editor', { subjectId: 'board_demo' }),
  play: async ({ canvasElement }) => {
    const board = widgetIn(canvasElement);
    await typeInto(await find<HTMLTextAreaElement>(board, 'textarea[name="categories"]'), '\nKunst');
    await click(await find(board, 'button[type="submit"]'));
    await findText(board, '.saved', /Categorieën|Categories/);
  },
};

/** The site's feedback maps, and the form for a new one. */
export const Maps: Story = {
  render: screen('inspraak-console-maps', 'editor'),
  play: async ({ canvasElement }) => {
    await find(widgetIn(canvasElement), 'tbody tr');
  },
};

export const MapsLoading: Story = {
  render: screen('inspraak-console-maps', 'editor'),
  parameters: { msw: { handlers: { maps: pending('listMaps') } } },
};

/** The new-map form sent empty: the title, each edge of the area and the categories are asked for. */
export const NewMapErrors: Story = {
  render: screen('inspraak-console-maps', 'editor'),
  play: async ({ canvasElement }) => {
    const maps = widgetIn(canvasElement);
    await click(await find(maps, 'button[type="submit"]'));
    await find(maps, '.error-summary');
    await expect(maps.shadowRoot.querySelectorAll('[aria-invalid="true"]')).toHaveLength(6);
  },
};

/** One map: its area, categories with their follow-up questions, tiles and address search; two downloads; the publish panel. */
export const FeedbackMap: Story = {
  render: screen('inspraak-console-map', 'editor', { subjectId: 'map_demo' }),
  play: async ({ canvasElement }) => {
    const map = widgetIn(canvasElement);
    const categories = await find<HTMLTextAreaElement>(map, 'textarea[name="categories"]');
    await expect(categories.value).toContain('- Kan iemand erover struikelen? * | Ja | Nee');
    await find(await find(map, 'inspraak-console-publish'), 'img.qr');
  },
};

/** Deleting a map says how many reports and photos go with it. */
export const DeleteFeedbackMapConfirmation: Story = {
  render: screen('inspraak-console-map', 'editor', { subjectId: 'map_demo' }),
  play: async ({ canvasElement }) => {
    const confirm = await openConfirmation(widgetIn(canvasElement), 'delete');
    await findText(confirm, '#confirm-question', /87 meldingen en 40 foto's|87 reports and 40 photos/);
  },
};

/** A map's area saved: the map now opens in its middle, and the save says the area changed. */
export const FeedbackMapSaved: Story = {
  render: screen('inspraak-console-map', 'editor', { subjectId: 'map_demo' }),
  play: async ({ canvasElement }) => {
    const map = widgetIn(canvasElement);
    await typeInto(await find<HTMLInputElement>(map, 'input[name="north"]'), '5');
    await click(await find(map, 'button[type="submit"]'));
    await findText(map, '.saved', /Gebied van de kaart|Area of the map/);
  },
};
