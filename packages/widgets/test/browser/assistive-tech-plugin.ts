/**
 * Test-runner commands for what assistive technology meets, and for the differences between engines:
 * - `inspraak-capabilities`: which of the commands below this browser can carry out (see `Capabilities`).
 * - `inspraak-accessibility-tree`: Chromium's full accessibility tree (roles, names, descriptions,
 *   states). The stock `a11ySnapshot` keeps only "interesting" nodes and drops a fieldset's group.
 *   Chromium only: puppeteer reads it through the DevTools protocol, which Firefox (WebDriver BiDi)
 *   and WebKitGTK (WebDriver classic) do not speak, and neither protocol has an accessibility tree.
 * - `inspraak-forced-colors` `{ active }`: Windows High Contrast mode, which the stock
 *   `emulateMedia` offers under Playwright only. Chromium only (DevTools protocol emulation).
 * - `inspraak-viewport` `{ width, height }`: the stock `setViewport`, which is puppeteer's only, in
 *   every engine: puppeteer's (Chromium, Firefox); for WebKitGTK the window is resized until the page
 *   has that viewport. MiniBrowser's window gets no narrower than about 450 px: see `narrowPage`.
 */
interface AxNode {
  role: string;
  name?: string;
  children?: AxNode[];
  [key: string]: unknown;
}

/** What the browser of a test session can do beyond the DOM (the stock commands cover the rest). */
export interface Capabilities {
  engine: 'chromium' | 'firefox' | 'webkit';
  /** `inspraak-accessibility-tree` */
  accessibilityTree: boolean;
  /** `inspraak-forced-colors` */
  forcedColors: boolean;
  /** the stock `emulateMedia` (prefers-reduced-motion, prefers-color-scheme) */
  emulateMedia: boolean;
}

interface Session {
  id: string;
  browser: { type: string; getPage?(id: string): unknown; driver?: WebDriver };
}

interface PuppeteerPage {
  browser(): { protocol?: string };
  setViewport(viewport: { width: number; height: number }): Promise<void>;
}

interface WebDriver {
  getWindowSize(): Promise<{ width: number; height: number }>;
  setWindowSize(width: number, height: number): Promise<unknown>;
  execute<T>(script: string): Promise<T>;
}

function capabilities(session: Session): Capabilities {
  if (session.browser.type === 'puppeteer') {
    const page = session.browser.getPage!(session.id) as PuppeteerPage;
    const devTools = page.browser().protocol !== 'webDriverBiDi';
    return { engine: devTools ? 'chromium' : 'firefox', accessibilityTree: devTools, forcedColors: devTools, emulateMedia: devTools };
  }
  return { engine: 'webkit', accessibilityTree: false, forcedColors: false, emulateMedia: false };
}

/**
 * WebDriver sizes the window, not the page: size the window by what the page lacks, until the page
 * has the viewport asked for. GTK resizes asynchronously, so the window is measured again each round.
 */
async function setWebDriverViewport(driver: WebDriver, width: number, height: number) {
  let inner = { width: 0, height: 0 };
  for (let round = 0; round < 20; round += 1) {
    const [innerWidth, innerHeight] = await driver.execute<[number, number]>('return [window.innerWidth, window.innerHeight]');
    inner = { width: innerWidth, height: innerHeight };
    if (inner.width === width && inner.height === height) return;
    const outer = await driver.getWindowSize();
    await driver.setWindowSize(outer.width + width - inner.width, outer.height + height - inner.height);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The viewport is ${inner.width}×${inner.height}, not ${width}×${height} (narrower: use narrowPage)`);
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
      session: Session;
    }) {
      if (!command.startsWith('inspraak-')) return undefined;
      if (command === 'inspraak-capabilities') return capabilities(session);
      if (command === 'inspraak-viewport') {
        const { width, height } = payload as { width: number; height: number };
        if (session.browser.type === 'webdriver') await setWebDriverViewport(session.browser.driver!, width, height);
        else await (session.browser.getPage!(session.id) as PuppeteerPage).setViewport({ width, height });
        return true;
      }
      const can = capabilities(session);
      if (command === 'inspraak-forced-colors' && !can.forcedColors) throw new Error(`${command}: not in ${can.engine}`);
      if (command === 'inspraak-accessibility-tree' && !can.accessibilityTree) throw new Error(`${command}: not in ${can.engine}`);
      if (session.browser.type !== 'puppeteer') throw new Error(`${command} needs puppeteer, not ${session.browser.type}`);
      const page = session.browser.getPage!(session.id) as {
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
