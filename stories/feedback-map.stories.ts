/**
 * <inspraak-feedback-map> in every state, against the contract's examples (no server needed).
 * The map's tiles are drawn in the browser by a mock (stories/mocks/handlers.ts: `tiles`), and the
 * address search answers from a few PDOK-shaped addresses: no story reaches the internet. A story
 * with `parameters.map: 'failed'` shows the widget's complete path without the map (Leaflet failed).
 * Stories that wait for something else than the map do not wait for its tiles.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '@inspraak/widgets/feedback-map';
import { common, fail, offline, pending, reply } from './mocks/handlers.ts';
import { arabicMap, longMapTexts, mapClosed } from './mocks/vary.ts';
import { click, find, findText, renderWidget, typeInto, widgetIn } from './story-kit.ts';

const meta = {
  title: 'Widgets/Feedback map',
  component: 'inspraak-feedback-map',
  render: renderWidget('inspraak-feedback-map'),
  args: { map: 'map_demo', 'heading-level': 2 },
  parameters: {
    msw: {
      handlers: {
        ...common,
        map: reply('getMap', 200),
        reports: reply('listReports', 200),
        clusters: reply('getReportClusters', 200),
        nearby: reply('listNearbyReports', 200),
        create: reply('createReport', 201),
        byReceipt: reply('getReportByReceipt', 200),
        support: reply('supportReport', 200),
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

type Context = { canvasElement: HTMLElement };
const mapIn = async (canvasElement: HTMLElement) => {
  const map = widgetIn(canvasElement);
  await find(map, '#form-heading');
  return map;
};
const waitForForm = async ({ canvasElement }: Context) => {
  await mapIn(canvasElement);
};
/** The map is drawn: its (mocked) tiles have arrived. */
const waitForMap = async ({ canvasElement }: Context) => {
  const map = await mapIn(canvasElement);
  await find(map, '.leaflet-tile-loaded', 10_000);
};
/** Finds an address with the search box and picks the first suggestion. */
const chooseAddress = async (map: HTMLElement) => {
  await typeInto(await find<HTMLInputElement>(map, '#address'), 'Stationsplein');
  await click(await find(map, '[role="option"]'));
  await findText(map, '#place-chosen', 'Stationsplein 1');
};
const chooseCategory = async (map: HTMLElement, value: string) => {
  await click(await find(map, `input[name="category"][value="${value}"]`));
};
/** A complete report: place, category, its question, a description. */
const fillReport = async (map: HTMLElement) => {
  await chooseAddress(map);
  await chooseCategory(map, 'losse-stoeptegel');
  await click(await find(map, 'input[name="gevaarlijk"][value="ja"]'));
  await typeInto(await find<HTMLTextAreaElement>(map, '#description'), 'De tegel voor de bushalte ligt los.');
};
const send = async (map: HTMLElement) => click(await findText(map, '[part~="submit-button"]', /./));
const fillAndSend = async ({ canvasElement }: Context) => {
  const map = await mapIn(canvasElement);
  await fillReport(map);
  await send(map);
  return map;
};
const waitForError = async ({ canvasElement }: Context) => {
  await find(widgetIn(canvasElement), '[part~="error"]');
};

export const WithMap: Story = { name: 'Open, with the map', play: waitForMap };

export const WithoutMap: Story = {
  name: 'Without the map (it failed to load): address search and list',
  parameters: { map: 'failed' },
  play: async ({ canvasElement }) => {
    const map = await mapIn(canvasElement);
    await find(map, '.notice');
    await find(map, '[part~="list"] [part~="report"]');
  },
};

export const SentWithoutMap: Story = {
  name: 'Sent without the map',
  parameters: { map: 'failed' },
  play: async (context) => {
    const map = await fillAndSend(context);
    await find(map, '#confirmation');
  },
};

export const Loading: Story = {
  parameters: { msw: { handlers: { map: pending('getMap') } } },
  play: async ({ canvasElement }) => {
    await find(widgetIn(canvasElement), '[part~="skeleton"]');
  },
};

export const PlaceChosen: Story = {
  name: 'Place chosen: reports nearby, "already reported?"',
  play: async ({ canvasElement }) => {
    const map = await mapIn(canvasElement);
    await chooseAddress(map);
    await chooseCategory(map, 'losse-stoeptegel');
    await find(map, '[part~="duplicates"] [part~="report"]');
  },
};

export const Submitting: Story = {
  parameters: { msw: { handlers: { create: pending('createReport') } } },
  play: async (context) => {
    const map = await fillAndSend(context);
    await find(map, '[part~="submit-button"][aria-disabled="true"]');
  },
};

export const Sent: Story = {
  name: 'Sent, with the receipt',
  play: async (context) => {
    const map = await fillAndSend(context);
    await find(map, '#confirmation');
  },
};

export const Receipt: Story = {
  name: 'Following a report by its receipt',
  args: { receipt: 'rr_Vx7kP2mN9qT4wB6yH3jLs8' },
  play: async ({ canvasElement }) => {
    await findText(widgetIn(canvasElement), '[part~="status"]', 'Status');
  },
};

export const MissingFields: Story = {
  name: 'Validation: error summary',
  play: async ({ canvasElement }) => {
    const map = await mapIn(canvasElement);
    await send(map);
    await find(map, '[part~="error-summary"]');
  },
};

export const ServerFieldErrors: Story = {
  name: 'Validation: field errors from the server (422)',
  tags: ['error-response'],
  parameters: { msw: { handlers: { create: fail('createReport', 'UnprocessableContent', 'report-fields') } } },
  play: async (context) => {
    const map = await fillAndSend(context);
    await find(map, '[part~="error-summary"]');
  },
};

export const Closed: Story = {
  name: 'Closed map, reports still listed',
  parameters: { msw: { handlers: { map: reply('getMap', 200, undefined, mapClosed) } } },
  play: async ({ canvasElement }: Context) => {
    const map = widgetIn(canvasElement);
    await find(map, '[part~="closed"]');
    await find(map, '[part~="report"]');
  },
};

export const NotFound: Story = {
  name: 'Error: not found (404)',
  tags: ['error-response'],
  parameters: { msw: { handlers: { map: fail('getMap', 'NotFound') } } },
  play: waitForError,
};

export const RateLimited: Story = {
  name: 'Error: rate limited while sending (429, Retry-After)',
  tags: ['error-response'],
  parameters: { msw: { handlers: { create: fail('createReport', 'TooManyRequests') } } },
  play: async (context) => {
    const map = await fillAndSend(context);
    await find(map, '#send-error');
  },
};

export const ServerError: Story = {
  name: 'Error: server error (500)',
  tags: ['error-response'],
  parameters: { msw: { handlers: { map: fail('getMap', 'InternalError') } } },
  play: waitForError,
};

export const Unavailable: Story = {
  name: 'Error: unavailable while sending (503)',
  tags: ['error-response'],
  parameters: { msw: { handlers: { create: fail('createReport', 'Unavailable') } } },
  play: async (context) => {
    const map = await fillAndSend(context);
    await find(map, '#send-error');
  },
};

export const Offline: Story = {
  name: 'Error: network failure',
  tags: ['network-failure'],
  parameters: { msw: { handlers: { map: offline('getMap') } } },
  play: waitForError,
};

export const LongTexts: Story = {
  name: 'Very long texts',
  parameters: { msw: { handlers: { map: reply('getMap', 200, undefined, longMapTexts) } } },
  play: waitForForm,
};

export const English: Story = { globals: { locale: 'en' }, play: waitForForm };

export const ArabicRightToLeft: Story = {
  name: 'Arabic, right to left, with the map',
  globals: { locale: 'ar' },
  parameters: { msw: { handlers: { map: reply('getMap', 200, undefined, arabicMap) } } },
  play: waitForMap,
};

export const Narrow: Story = {
  name: '320 px wide, with errors',
  globals: { width: '320' },
  play: async ({ canvasElement }) => {
    const map = await mapIn(canvasElement);
    await send(map);
    await find(map, '[part~="error-summary"]');
  },
};

export const CityTheme: Story = { name: 'City theme, with the map', globals: { theme: 'city' }, play: waitForMap };

export const Dark: Story = { name: 'Dark theme, with the map', globals: { theme: 'dark' }, play: waitForMap };

export const DarkSent: Story = {
  name: 'Dark theme, sent',
  globals: { theme: 'dark' },
  play: async (context) => {
    const map = await fillAndSend(context);
    await find(map, '#confirmation');
  },
};

export const ForcedColors: Story = {
  name: 'Forced colours, with the map',
  tags: ['forced-colors'],
  play: waitForMap,
};
