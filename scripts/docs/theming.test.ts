// The theming guide (docs/theming.md) and the custom-elements manifest against the widgets' source:
// every `--inspraak-*` property a style sheet reads and every part a template sets is documented on
// its widget and listed in the guide; nothing documented is gone from the source; the guide's
// generated reference is fresh; the NL Design System stylesheet maps only documented properties and
// only reads NL Design System tokens.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { widgets } from '../widget-manifest.mjs';
import { endMarker, guidePath, readManifest, referenceSection, root, splitDefault, startMarker, themePath, widgetsIn, withSection, withWidgetSelector } from './theming-tables.ts';
import { widgetStyling } from './widget-styling.ts';

const src = join(root, 'packages/widgets/src');
const guide = readFileSync(guidePath, 'utf8');
const manifest = readManifest();
const documented = widgetsIn(manifest);
const used = widgetStyling(src);

/**
 * Used by a widget's source files but deliberately not documented on that widget: a shared file
 * holds it, and this widget never renders what it styles. An entry that stops being true fails the
 * test, so the list cannot go stale.
 */
const notRendered: Record<string, { properties?: string[]; parts?: string[]; why: string }> = {
  'inspraak-idea-form': {
    properties: ['--inspraak-idea-bar-color'],
    why: 'idea-styles.ts is shared with the board; the form draws no threshold bar',
  },
  'inspraak-idea-board': {
    properties: ['--inspraak-idea-success-background'],
    parts: ['error-summary', 'count'],
    why: 'the board shows no confirmation box, no error summary and no character count (idea-styles.ts and form-field.ts are shared)',
  },
};

/** Every non-test `.ts` file under a folder. */
function sources(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The guide's generated section for one widget: from its heading to the next widget's. */
function guideSectionOf(tag: string): string {
  const generated = guide.slice(guide.indexOf(startMarker), guide.indexOf(endMarker));
  const start = generated.indexOf(`\n### ${tag}\n`);
  assert.ok(start >= 0, `docs/theming.md has no section "### ${tag}"`);
  const next = generated.indexOf('\n### ', start + 1);
  return generated.slice(start, next < 0 ? undefined : next);
}

const names = (list: { name: string }[]) => new Set(list.map((item) => item.name));

describe('theming: the manifest and the guide against the widget source', () => {
  it('finds the widgets of the widget manifest in both the source and the custom-elements manifest', () => {
    assert.ok(widgets.length >= 4, `expected at least four widgets in widgets.manifest.json, found ${widgets.length}`);
    assert.deepEqual(
      used.map((widget) => widget.tag),
      widgets.map((widget) => widget.tag).sort(),
    );
    assert.deepEqual(
      documented.map((widget) => widget.tag),
      used.map((widget) => widget.tag),
    );
  });

  it('(a) documents every --inspraak-* property the styles read, in the manifest and in the guide', () => {
    const inManifest = new Set(documented.flatMap((widget) => widget.properties.map((property) => property.name)));
    const read = new Set<string>();
    for (const file of sources(src)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/var\(\s*(--inspraak-[a-z0-9-]+)/g)) read.add(match[1]!);
    }
    assert.ok(read.size > 20, `expected the widget styles to read many --inspraak-* properties, found ${read.size}`);
    const missingFromManifest = [...read].filter((name) => !inManifest.has(name));
    assert.deepEqual(missingFromManifest, [], 'add an @cssproperty line to the component and run `npm run analyze`');
    const missingFromGuide = [...read].filter((name) => !guide.includes(`\`${name}\``));
    assert.deepEqual(missingFromGuide, [], 'run `npm run docs:theming`');
  });

  it('(a) documents on each widget exactly the properties its own styles read', () => {
    for (const widget of used) {
      const own = documented.find((candidate) => candidate.tag === widget.tag)!;
      const allowed = new Set(notRendered[widget.tag]?.properties ?? []);
      const onWidget = names(own.properties);
      const undocumented = [...widget.properties].filter((name) => !onWidget.has(name) && !allowed.has(name));
      assert.deepEqual(undocumented, [], `${widget.tag}: its styles read these, its JSDoc does not list them (@cssproperty)`);
      const gone = [...onWidget].filter((name) => !widget.properties.has(name));
      assert.deepEqual(gone, [], `${widget.tag}: documented, but no style of this widget reads them`);
      for (const name of allowed) {
        assert.ok(widget.properties.has(name) && !onWidget.has(name), `${widget.tag}: the exception for ${name} is no longer needed; remove it`);
      }
      const section = guideSectionOf(widget.tag);
      for (const name of onWidget) assert.ok(section.includes(`| \`${name}\` |`), `${widget.tag}: ${name} is missing from its table in docs/theming.md`);
    }
  });

  it('(a) gives every documented property its default', () => {
    for (const widget of documented) {
      for (const property of widget.properties) {
        assert.ok(splitDefault(property.description).default, `${widget.tag}: "@cssproperty ${property.name}" says no "Default …"`);
      }
    }
  });

  it('(b) documents every part the templates set, in the manifest and in the guide', () => {
    const inManifest = new Set(documented.flatMap((widget) => widget.parts.map((part) => part.name)));
    const set = new Set<string>();
    for (const file of sources(join(src, 'components'))) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bpart="([^"$]+)"/g)) match[1]!.split(/\s+/).forEach((part) => set.add(part));
    }
    assert.ok(set.size > 30, `expected many parts in the templates, found ${set.size}`);
    assert.deepEqual([...set].filter((part) => !inManifest.has(part)), [], 'add a @csspart line to the component and run `npm run analyze`');
  });

  it('(b) documents on each widget exactly the parts it renders, each in its guide table', () => {
    for (const widget of used) {
      const own = documented.find((candidate) => candidate.tag === widget.tag)!;
      const allowed = new Set(notRendered[widget.tag]?.parts ?? []);
      const onWidget = names(own.parts);
      const undocumented = [...widget.parts].filter((part) => !onWidget.has(part) && !allowed.has(part));
      assert.deepEqual(undocumented, [], `${widget.tag}: its templates set these parts, its JSDoc does not list them (@csspart)`);
      const gone = [...onWidget].filter((part) => !widget.parts.has(part));
      assert.deepEqual(gone, [], `${widget.tag}: documented parts that no template of this widget sets`);
      for (const part of allowed) {
        assert.ok(widget.parts.has(part) && !onWidget.has(part), `${widget.tag}: the exception for part ${part} is no longer needed; remove it`);
      }
      const section = guideSectionOf(widget.tag);
      for (const part of onWidget) assert.ok(section.includes(`| \`${part}\` |`), `${widget.tag}: part ${part} is missing from its table in docs/theming.md`);
    }
  });

  it('(c) has a fresh generated reference in docs/theming.md', () => {
    assert.equal(withSection(guide, referenceSection(manifest)), guide, 'docs/theming.md is stale: run `npm run docs:theming`');
  });
});

describe('theming: themes/nl-design-system.css', () => {
  const theme = readFileSync(themePath, 'utf8');
  const css = theme.replace(/\/\*[\s\S]*?\*\//g, '');
  const declarations = [...css.matchAll(/(--inspraak-[a-z0-9-]+)\s*:\s*([^;]+);/g)].map((match) => ({ name: match[1]!, value: match[2]! }));
  const shared = new Set(documented.flatMap((widget) => widget.properties.map((property) => property.name)));

  it('sets only documented properties, each once', () => {
    assert.ok(declarations.length >= 10, `expected at least ten mappings, found ${declarations.length}`);
    for (const { name } of declarations) assert.ok(shared.has(name), `${name} is not a documented property`);
    assert.equal(new Set(declarations.map((d) => d.name)).size, declarations.length, 'a property is set twice');
  });

  it('reads only NL Design System tokens (no --inspraak-* reference, so no cycle), and no colour of its own', () => {
    for (const { name, value } of declarations) {
      const reads = [...value.matchAll(/var\(\s*(--[a-z0-9-]+)/g)].map((match) => match[1]!);
      assert.ok(reads.length > 0, `${name} reads no token`);
      for (const token of reads) assert.match(token, /^--(utrecht|nl|basis)-/, `${name} reads ${token}`);
      // What is left after taking out the var() calls and punctuation must be nothing: no literal fallback.
      assert.equal(value.replace(/var\(|--[a-z0-9-]+|[(),\s]/g, ''), '', `${name} has a literal fallback: ${value}`);
    }
  });

  it('is scoped to every widget of the manifest with zero specificity', () => {
    const selectors = [...css.matchAll(/([^{}]+)\{/g)].map((match) => match[1]!.trim());
    assert.deepEqual(selectors, [`:where(${widgets.map((widget) => widget.tag).join(', ')})`]);
    assert.equal(withWidgetSelector(theme), theme, 'the selector is stale: run `npm run docs:theming`');
  });

  it('has every token it reads in the guide mapping table', () => {
    const tokens = new Set([...css.matchAll(/var\(\s*(--(?:utrecht|nl|basis)-[a-z0-9-]+)/g)].map((match) => match[1]!));
    for (const { name } of declarations) {
      const row = guide.split('\n').find((line) => new RegExp(`^\\| \`${name}\` \\| \`--(utrecht|nl|basis)-`).test(line));
      assert.ok(row, `docs/theming.md has no mapping row for ${name}`);
      const rowTokens = [...row.matchAll(/`(--(?:utrecht|nl|basis)-[a-z0-9-]+)`/g)].map((match) => match[1]!);
      const cssTokens = [...declarations.find((d) => d.name === name)!.value.matchAll(/var\(\s*(--[a-z0-9-]+)/g)].map((match) => match[1]!);
      assert.deepEqual(rowTokens, cssTokens, `docs/theming.md lists other tokens (or another order) for ${name}`);
    }
    assert.ok(tokens.size >= 15);
  });
});
