/**
 * What each widget's source really offers a city to style: the `--inspraak-*` custom properties its
 * style sheets read and the `part` names its templates set. The theming test compares this with the
 * custom-elements manifest (the documented API) and with docs/theming.md, so neither can fall behind
 * the code.
 *
 * A widget's sources are the files in its `src/components/<name>/` folder plus the `src/base/` files
 * they import (transitively). Style sheets give private aliases to the public properties
 * (`--_border: var(--inspraak-color-border, #8a94a3)` in the shared styles); a property reached only
 * through an alias counts for a widget only if that widget's sources read the alias, so the shared
 * sheet's aliases do not make every widget claim every colour.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface WidgetStyling {
  /** `inspraak-poll`, … */
  tag: string;
  /** The source files read, relative to `src/`. */
  files: string[];
  /** `--inspraak-*` custom properties the widget's styles read. */
  properties: Set<string>;
  /** Part names its templates set (`part="button submit-button"` gives two). */
  parts: Set<string>;
}

/** The helpers that render a heading take its part name as their fourth argument. */
const headingHelpers = ['heading', 'this.#renderHeading'];

/** Every widget under `<src>/components`, with the properties and parts its sources use. */
export function widgetStyling(src: string): WidgetStyling[] {
  const components = join(src, 'components');
  return readdirSync(components, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const files = sourcesOf(join(components, name));
      const texts = files.map((file) => readFileSync(file, 'utf8'));
      return {
        tag: `inspraak-${name}`,
        files: files.map((file) => relative(src, file)),
        properties: propertiesIn(texts),
        parts: partsIn(texts, files.map((file) => relative(src, file))),
      };
    });
}

/** The non-test `.ts` files of a component folder and every relative import they reach outside it. */
function sourcesOf(folder: string): string[] {
  const seen = new Set<string>();
  const queue = readdirSync(folder)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts'))
    .map((name) => join(folder, name));
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    // Static and dynamic imports, type-only ones excluded (they bring no styles or templates).
    for (const match of text.matchAll(/(?:import\s+(?!type\b)[^'"]*?from\s*|import\(\s*)'(\.{1,2}\/[^']+\.ts)'/g)) {
      const target = resolve(dirname(file), match[1]!);
      // Locales hold texts only.
      if (existsSync(target) && !target.includes(`${join('src', 'locales')}`)) queue.push(target);
    }
  }
  return [...seen].sort();
}

/** The public properties read directly, or through a private `--_alias` that the sources read. */
function propertiesIn(texts: string[]): Set<string> {
  const all = texts.join('\n');
  const aliases = new Map<string, Set<string>>(); // --_alias → what its definitions read (--inspraak-* and --_*)
  let withoutDefinitions = all;
  for (const match of all.matchAll(/(--_[a-z0-9-]+)\s*:\s*([^;{}]+);/g)) {
    const reads = aliases.get(match[1]!) ?? new Set<string>();
    for (const read of match[2]!.matchAll(/var\(\s*(--[a-z0-9_-]+)/g)) reads.add(read[1]!);
    aliases.set(match[1]!, reads);
    withoutDefinitions = withoutDefinitions.replace(match[0], '');
  }
  const used = new Set<string>();
  const visit = (name: string, seen: Set<string>) => {
    if (seen.has(name)) return;
    seen.add(name);
    if (name.startsWith('--inspraak-')) used.add(name);
    for (const read of aliases.get(name) ?? []) visit(read, seen);
  };
  const seen = new Set<string>();
  for (const read of withoutDefinitions.matchAll(/var\(\s*(--[a-z0-9_-]+)/g)) visit(read[1]!, seen);
  return used;
}

/** Static `part="…"` attributes and the part argument of the heading helpers. */
function partsIn(texts: string[], names: string[]): Set<string> {
  const parts = new Set<string>();
  const add = (value: string) => value.split(/\s+/).filter(Boolean).forEach((part) => parts.add(part));
  texts.forEach((text, index) => {
    for (const match of text.matchAll(/\bpart="([^"$]*)"/g)) add(match[1]!);
    for (const match of text.matchAll(/\bpart=\$\{([^}]*)\}/g)) {
      // The helpers pass their parameter through; anything else is a binding this reader cannot see.
      if (match[1]!.trim() !== 'part || nothing') {
        throw new Error(`${names[index]}: a part set from an expression (part=\${${match[1]}}); teach scripts/docs/widget-styling.ts to read it`);
      }
    }
    for (const helper of headingHelpers) {
      for (const args of callsOf(text, helper)) {
        const part = args[3];
        if (part === undefined) continue;
        const literal = /^'([^']*)'$/.exec(part);
        if (!literal) throw new Error(`${names[index]}: ${helper}() with a part that is not a string literal: ${part}`);
        add(literal[1]!);
      }
    }
  });
  return parts;
}

/** The top-level arguments of every call `name(…)` in a source text, as source strings. */
function callsOf(text: string, name: string): string[][] {
  const calls: string[][] = [];
  const pattern = new RegExp(`(?<![\\w.#])${name.replace(/[.#$]/g, (c) => `\\${c}`)}\\(`, 'g');
  for (const match of text.matchAll(pattern)) {
    // Skip the declaration itself (`function heading(level: number, …)`, `#renderHeading(level: number…`).
    const before = text.slice(Math.max(0, match.index - 10), match.index);
    if (/function\s+$/.test(before)) continue;
    const args: string[] = [];
    let depth = 0;
    let quote = '';
    let current = '';
    for (let i = match.index + match[0].length; i < text.length; i++) {
      const c = text[i]!;
      if (quote) {
        current += c;
        if (c === quote && text[i - 1] !== '\\') quote = '';
        continue;
      }
      if (c === "'" || c === '"' || c === '`') { quote = c; current += c; continue; }
      if (c === '(' || c === '[' || c === '{') depth++;
      if (c === ')' || c === ']' || c === '}') {
        if (depth === 0) { args.push(current.trim()); break; }
        depth--;
      }
      if (c === ',' && depth === 0) { args.push(current.trim()); current = ''; continue; }
      current += c;
    }
    if (!/:\s*(number|string)/.test(args.join(','))) calls.push(args);
  }
  return calls;
}
