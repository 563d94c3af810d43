// axe in a puppeteer page, at the project's bar (WCAG 2.0, 2.1 and 2.2, levels A and AA): the one way
// the Node-side browser tests (hosted pages, Storybook stories, the API reference) run it.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

export interface AxeReport {
  violations: AxeViolation[];
  /** The ids of the rules that ran and passed (to show a rule really was checked). */
  passes: string[];
}

/**
 * Runs axe on the element `include` selects (default: the whole document), shadow roots included.
 * It is evaluated through the DevTools protocol, not added as a script, so the page's own
 * Content-Security-Policy does not stop it and needs no bypass.
 */
export async function runAxe(page: Page, include?: string): Promise<AxeReport> {
  await page.evaluate(axeSource);
  return page.evaluate(
    async (include: string | null, values: string[]) => {
      type Result = { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] };
      const axe = (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Result[]; passes: Result[] }> } }).axe;
      const result = await axe.run(include ? { include: [[include]] } : document, { runOnly: { type: 'tag', values } });
      return {
        violations: result.violations.map(({ id, impact, help, nodes }) => ({
          id,
          impact: impact ?? null,
          help,
          nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })),
        })),
        passes: result.passes.map((rule) => rule.id),
      };
    },
    include ?? null,
    wcagTags,
  );
}

/** One line per violation, naming the rule and (some of) the nodes: for assertion messages. */
export function describeViolations(violations: AxeViolation[], nodes = 5): string[] {
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n      ${violation.nodes
        .slice(0, nodes)
        .map((node) => `${JSON.stringify(node.target)} ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`)
        .join('\n      ')}`,
  );
}
