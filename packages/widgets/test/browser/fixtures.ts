/**
 * Helpers of the widgets' browser tests: the real API server (through the dev server's
 * `/__inspraak/*` routes), fixture polls, separate participants, and axe at WCAG 2.2 AA.
 */
import {
  createClient,
  type Board,
  type BoardCreate,
  type BoardUpdate,
  type HideReasonCode,
  type Idea,
  type IdeaStatus,
  type InspraakClient,
  type ModerationPage,
  type Poll,
  type PollCreate,
} from '@inspraak/sdk';
import { executeServerCommand } from '@web/test-runner-commands';
import type { Capabilities } from './assistive-tech-plugin.ts';
// The widgets' events in the global event map (`addEventListener('inspraak-error', …)` is typed).
import type {} from '../../src/base/events.ts';

interface ServerInfo {
  baseUrl: string;
  siteKey: string;
}

let info: Promise<ServerInfo> | undefined;

/** Where the test API server runs. */
export function testServer(): Promise<ServerInfo> {
  return (info ??= fetch('/__inspraak/server').then((response) => response.json() as Promise<ServerInfo>));
}

let counter = 0;

/** Creates a poll for one test (with the admin token, from Node); `close` closes it right away. */
export async function createPoll(input: Partial<PollCreate> = {}, { close = false } = {}): Promise<Poll> {
  const poll: PollCreate = {
    id: `poll_t${Date.now().toString(36)}${(counter += 1)}`,
    question: 'Wat wilt u op het Stationsplein?',
    options: [{ label: 'Meer groen' }, { label: 'Meer fietsenrekken' }, { label: 'Een speelplek' }],
    selection: 'single',
    resultsVisibility: 'after-vote',
    ...input,
  } as PollCreate;
  const response = await fetch('/__inspraak/polls', { method: 'POST', body: JSON.stringify({ poll, close }) });
  if (!response.ok) throw new Error(`Creating a fixture poll failed: ${await response.text()}`);
  return (await response.json()) as Poll;
}

/** A client for a participant of its own (a token kept in memory, or in `store`). */
export async function participantClient(
  store: Map<string, string> = new Map(),
  fetchImpl?: typeof fetch,
): Promise<InspraakClient> {
  const { baseUrl, siteKey } = await testServer();
  return createClient({ baseUrl, siteKey, participantStore: store, fetch: fetchImpl, retry: 0 });
}

/** The axe rules of the bar we hold ourselves to: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeResult {
  violations: { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[];
}

/** Runs axe (WCAG 2.2 AA rules) on `element` and fails with every violation it reports. */
export async function expectAccessible(element: Element): Promise<void> {
  const axe = await loadAxe();
  const result = await axe.run(element, { runOnly: { type: 'tag', values: wcagTags }, resultTypes: ['violations'] });
  if (result.violations.length) {
    const lines = result.violations.flatMap((violation) => [
      `${violation.id}: ${violation.help}`,
      ...violation.nodes.map((node) => `  at ${JSON.stringify(node.target)}: ${node.failureSummary ?? ''}`),
    ]);
    throw new Error(`Accessibility violations:\n${lines.join('\n')}`);
  }
}

async function loadAxe(): Promise<{ run(context: Element, options: object): Promise<AxeResult> }> {
  const global = window as unknown as { axe?: { run(context: Element, options: object): Promise<AxeResult> } };
  if (!global.axe) await import('axe-core/axe.min.js' as string);
  return global.axe!;
}

export interface AxNode {
  role: string;
  name?: string;
  description?: string;
  checked?: boolean | 'mixed';
  focused?: boolean;
  children?: AxNode[];
}

/** The browser's accessibility tree, as a screen reader gets it. */
export async function accessibilityTree(): Promise<AxNode> {
  return executeServerCommand<AxNode, undefined>('inspraak-accessibility-tree');
}

/** Turns Windows High Contrast (forced colours) on or off for the page. */
export async function forcedColors(active: boolean): Promise<void> {
  await executeServerCommand('inspraak-forced-colors', { active });
}

/**
 * What this test's browser can do beyond the DOM. The accessibility tree and forced colours come from
 * Chromium's DevTools protocol (Firefox speaks WebDriver BiDi here, WebKitGTK WebDriver classic, and
 * neither has them); so does emulated `prefers-reduced-motion` (puppeteer emulates media features
 * through the DevTools protocol only). Tests check the behaviour through the DOM in every engine and
 * add the assertions that need these where the engine has them.
 */
export type { Capabilities };

let capabilitiesOfBrowser: Promise<Capabilities> | undefined;

export function capabilities(): Promise<Capabilities> {
  return (capabilitiesOfBrowser ??= executeServerCommand<Capabilities, undefined>('inspraak-capabilities'));
}

/**
 * Sets the page's viewport in every engine; use it, not the stock `setViewport` (puppeteer's only,
 * so it fails in WebKitGTK). WebKitGTK's window gets no narrower than about 450 px: use `narrowPage`.
 */
export async function viewport(width: number, height: number): Promise<void> {
  await executeServerCommand('inspraak-viewport', { width, height });
}

/**
 * A page `width` by `height` px in `lang="nl"`: an iframe, which is a viewport of its own (layout and
 * media queries see `width`), with the widgets of `defineModule` (a URL) defined in it. How a narrow
 * screen is tested in every engine: the stock `setViewport` is puppeteer's only, and WebDriver cannot
 * make WebKitGTK's MiniBrowser window narrower than about 450 px. Remove it with `frame.remove()`.
 */
export async function narrowPage(width: number, height: number, defineModule: string): Promise<{ frame: HTMLIFrameElement; page: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `display: block; inline-size: ${width}px; block-size: ${height}px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="nl"><head><meta name="viewport" content="width=device-width"></head><body><script type="module" src="${defineModule}"></script></body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded; // after the module script ran
  const page = frame.contentDocument!;
  if (page.defaultView!.innerWidth !== width) throw new Error(`The frame is ${page.defaultView!.innerWidth} px wide, not ${width}`);
  return { frame, page };
}

/**
 * The text an ARIA reference attribute (`aria-describedby`, `aria-labelledby`) points at, read from
 * the DOM as the accessible-name computation does: the referenced elements' text, in order.
 */
export function referencedText(element: Element, attribute: string): string {
  const root = element.getRootNode() as Document | ShadowRoot;
  return (element.getAttribute(attribute) ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => text(root.getElementById(id)))
    .join(' ');
}

/** Every node of the accessibility tree that matches. */
export function findAll(node: AxNode, match: (node: AxNode) => boolean): AxNode[] {
  return [...(match(node) ? [node] : []), ...(node.children ?? []).flatMap((child) => findAll(child, match))];
}

/** Text with runs of white space as one space, as a screen reader reads it. */
export const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A fetch that waits until `release()` before it sends anything. */
export function gatedFetch(): { fetch: typeof fetch; release: () => void } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return { fetch: async (input, init) => (await gate, fetch(input, init)), release };
}

/** Creates an idea board for one test (with the admin token, from Node); post-moderated and open unless `input` says otherwise. */
export async function createBoard(input: Partial<BoardCreate> = {}): Promise<Board> {
  const board: BoardCreate = {
    id: `board_t${Date.now().toString(36)}${(counter += 1)}`,
    title: 'Ideeën voor het Stationsplein',
    description: 'Wat wilt u op het plein?',
    categories: [
      { id: 'cat_groen', label: 'Groen' },
      { id: 'cat_verkeer', label: 'Verkeer' },
      { id: 'cat_spelen', label: 'Spelen' },
    ],
    moderation: 'post',
    status: 'open',
    supportThreshold: 100,
    ...input,
  };
  return adminApi('boards', 'create', board);
}

/** Changes a board (e.g. closes it, or drops a category). */
export const updateBoard = (boardId: string, patch: BoardUpdate): Promise<Board> => adminApi('boards', 'update', boardId, patch);
/** Approves an idea waiting for review. */
export const approveIdea = (ideaId: string): Promise<Idea> => adminApi('ideas', 'approve', ideaId);
/** Hides an idea with a reason from the list (and a note for its author), as a moderator does. */
export const hideIdea = (ideaId: string, reasonCode: HideReasonCode, note?: string): Promise<Idea> =>
  adminApi('ideas', 'hide', ideaId, { reasonCode, ...(note ? { note } : {}) });
/** Writes the city's official answer. */
export const answerIdea = (ideaId: string, text: string): Promise<Idea> => adminApi('ideas', 'answer', ideaId, text);
/** Moves an idea's status on. */
export const setIdeaStatus = (ideaId: string, status: IdeaStatus): Promise<Idea> => adminApi('ideas', 'setStatus', ideaId, { status });

/** The moderation queue of a board. */
export const moderationQueue = (boardId: string): Promise<ModerationPage> => adminApi('ideas', 'queue', { boardId });

async function adminCall<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, { method: 'POST', body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path} failed: ${await response.text()}`);
  return (await response.json()) as T;
}

type AdminApis = InspraakClient['admin'];

/**
 * Any admin call of the SDK, made from Node with the admin token (the server refuses it from a
 * browser): `await adminApi('boards', 'create', input)`. A new widget's tests make their fixtures with it.
 */
export function adminApi<A extends keyof AdminApis, M extends keyof AdminApis[A]>(
  api: A,
  method: M,
  ...args: AdminApis[A][M] extends (...args: infer P) => unknown ? P : never
): Promise<AdminApis[A][M] extends (...args: never[]) => Promise<infer R> ? R : never> {
  return adminCall(`/__inspraak/admin/${api}/${String(method)}`, { args });
}
