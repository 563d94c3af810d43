/**
 * Test-runner commands for what assistive technology meets, through puppeteer:
 * - `inspraak-accessibility-tree`: Chromium's full accessibility tree (roles, names, descriptions,
 *   states). The stock `a11ySnapshot` keeps only "interesting" nodes and drops a fieldset's group.
 * - `inspraak-forced-colors` `{ active }`: Windows High Contrast mode, which the stock
 *   `emulateMedia` offers under Playwright only.
 */
interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
  [key: string]: unknown;
}

// Roles that only wrap others or repeat text: left out so the tests read like a screen reader's view.
const skipped = new Set(['generic', 'none', 'StaticText', 'InlineTextBox', 'LineBreak', 'LabelText']);

function prune(node: AxNode): AxNode[] {
  const children = (node.children ?? []).flatMap(prune);
  if (skipped.has(node.role)) return children;
  const { children: _, backendNodeId: __, loaderId: ___, ...rest } = node;
  return [{ ...rest, ...(children.length ? { children } : {}) } as AxNode];
}

const sessions = new WeakMap<object, { send(method: string, params: object): Promise<unknown> }>();

export function assistiveTechPlugin() {
  return {
    name: 'inspraak-assistive-tech',
    async executeCommand({
      command,
      payload,
      session,
    }: {
      command: string;
      payload: unknown;
      session: { id: string; browser: { type: string; getPage(id: string): unknown } };
    }) {
      if (!command.startsWith('inspraak-')) return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs puppeteer, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id) as {
        accessibility: { snapshot(options: object): Promise<AxNode | null> };
        createCDPSession(): Promise<{ send(method: string, params: object): Promise<unknown>; detach(): Promise<void> }>;
      };
      if (command === 'inspraak-forced-colors') {
        // Straight to the DevTools protocol: puppeteer's emulateMediaFeatures refuses forced-colors.
        // The session stays open: emulation ends with the session that set it.
        let cdp = sessions.get(page);
        if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
        const value = (payload as { active: boolean }).active ? 'active' : 'none';
        await cdp.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value }] });
        return true;
      }
      if (command !== 'inspraak-accessibility-tree') return undefined;
      const tree = await page.accessibility.snapshot({ interestingOnly: false });
      return tree ? prune(tree)[0] : null;
    },
  };
}
