/**
 * Helpers of the widgets' browser tests: the real API server (through the dev server's
 * `/__inspraak/*` routes), fixture polls, separate participants, and axe at WCAG 2.2 AA.
 */
import { createClient, type InspraakClient, type Poll, type PollCreate } from '@inspraak/sdk';
import { executeServerCommand } from '@web/test-runner-commands';

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
