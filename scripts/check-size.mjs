// The CDN byte budget: min+gzip of the loader alone, and for each widget (widgets.manifest.json) of
// all JavaScript a page with only that widget downloads (the loader, then the chunks it imports for
// the widget's tag, following every static import in the built files). Fails past a budget and prints
// the real figures either way.
//
//   node scripts/check-size.mjs            reads packages/widgets/dist/cdn (builds it when missing)
//   node scripts/check-size.mjs --build    builds first
//   node scripts/check-size.mjs --json     prints the figures as JSON too
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { widgets } from './widget-manifest.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdn = path.join(root, 'packages/widgets/dist/cdn');
const loaderFile = 'inspraak.js';

/**
 * Budgets in bytes (1 KB = 1024 bytes), gzip level 9 as a CDN serves it: the loader's, and per tag
 * the manifest's `sizeBudgetKB`: `page`, every byte a page with only that widget downloads; `own`,
 * what it downloads beyond what every widget's page shares (the loader, Lit, the SDK's core).
 */
export const budgets = {
  loader: 1.5 * 1024,
  widgets: Object.fromEntries(
    widgets.map(({ tag, sizeBudgetKB }) => [tag, Object.fromEntries(Object.entries(sizeBudgetKB).map(([kind, kb]) => [kind, kb * 1024]))]),
  ),
};

const gzipSize = (file) => gzipSync(readFileSync(path.join(cdn, file)), { level: 9 }).length;

/** The files a chunk imports statically (`import … from "./x.js"`, `import "./x.js"`, `export … from`). */
export function staticImports(code) {
  const found = new Set();
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']\.\/([^"']+)["']/g)) found.add(match[1]);
  return [...found];
}

/** The chunks the loader imports for one tag: `"<tag>":{prefetch:()=>import("./a.js"),define:()=>import("./b.js")}`. */
export function widgetEntries(loaderCode, tag) {
  const start = loaderCode.indexOf(`"${tag}":{`);
  if (start < 0) throw new Error(`${loaderFile} does not load <${tag}>`);
  // The object literal up to its matching brace (it may hold functions with braces of their own).
  let depth = 0;
  let end = start + tag.length + 3;
  for (; end < loaderCode.length; end += 1) {
    if (loaderCode[end] === '{') depth += 1;
    else if (loaderCode[end] === '}' && --depth === 0) break;
  }
  const entry = loaderCode.slice(start, end + 1);
  return [...entry.matchAll(/import\(\s*["']\.\/([^"']+)["']\s*\)/g)].map((match) => match[1]);
}

/** Every file a page with only `tag` downloads: the loader and the closure of the tag's chunks. */
export function pageFiles(tag) {
  const files = new Set([loaderFile]);
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    for (const imported of staticImports(readFileSync(path.join(cdn, file), 'utf8'))) visit(imported);
  };
  for (const file of widgetEntries(readFileSync(path.join(cdn, loaderFile), 'utf8'), tag)) visit(file);
  return [...files];
}

/** The files of a page with only `tag`, each with its min and gzip bytes, and their gzip total. */
export function measurePage(tag) {
  const files = pageFiles(tag);
  const sizes = Object.fromEntries(files.map((file) => [file, { min: readFileSync(path.join(cdn, file)).length, gzip: gzipSize(file) }]));
  return { total: files.reduce((sum, file) => sum + sizes[file].gzip, 0), files: sizes };
}

/** A chunk the widget imports later (`lazyChunks` in the manifest), by its name before the hash. */
function lazyChunk(name) {
  const file = readdirSync(cdn).find((candidate) => candidate.startsWith(`${name}-`) && /^-[0-9a-f]{8}\.js$/.test(candidate.slice(name.length)));
  return file ? { file, gzip: gzipSize(file) } : undefined;
}

/**
 * Every widget of the manifest, by tag: a page with only that widget (its files and gzip `total`),
 * its `own` bytes beyond the files every widget's page shares, and the chunks it imports `later`.
 */
export function measure() {
  const pages = widgets.map((widget) => [widget, measurePage(widget.tag)]);
  const shared = Object.keys(pages[0][1].files).filter((file) => pages.every(([, page]) => file in page.files));
  return {
    loader: gzipSize(loaderFile),
    widgets: Object.fromEntries(
      pages.map(([widget, page]) => [
        widget.tag,
        {
          ...page,
          own: Object.entries(page.files).reduce((sum, [file, size]) => sum + (shared.includes(file) ? 0 : size.gzip), 0),
          later: Object.fromEntries((widget.lazyChunks ?? []).map((name) => [name, lazyChunk(name)])),
        },
      ]),
    ),
  };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--build') || !existsSync(path.join(cdn, loaderFile))) {
    execFileSync(process.execPath, [path.join(root, 'node_modules/rollup/dist/bin/rollup'), '-c', 'rollup.config.js', '--silent'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const result = measure();
  const rows = [['loader alone', result.loader, budgets.loader]];
  for (const [tag, page] of Object.entries(result.widgets)) {
    console.log(`CDN bytes (min+gzip) of a page with only <${tag}>:`);
    for (const [file, size] of Object.entries(page.files)) console.log(`  ${file.padEnd(32)} ${kb(size.min).padStart(10)} min ${kb(size.gzip).padStart(10)} gzip`);
    for (const [name, chunk] of Object.entries(page.later)) {
      if (chunk) console.log(`  + later, ${name}: ${kb(chunk.gzip)} gzip (${chunk.file}, loaded later)`);
      else rows.push([`<${tag}>: no chunk ${name}-<hash>.js, which the manifest's lazyChunks names`, NaN, 0]);
    }
    const budget = budgets.widgets[tag];
    rows.push([`page with <${tag}>, total`, page.total, budget.page ?? Infinity]);
    if (budget.own !== undefined) rows.push([`<${tag}>, its own code beyond what every widget shares`, page.own, budget.own]);
  }
  let failed = false;
  for (const [name, size, budget] of rows) {
    const over = !(size <= budget);
    failed ||= over;
    console.log(`${over ? '✗' : '✓'} ${name}: ${kb(size)} gzip${budget === Infinity ? ' (no budget)' : ` (budget ${kb(budget)})`}${over ? `, ${kb(size - budget)} over` : ''}`);
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ loader: result.loader, ...Object.fromEntries(Object.entries(result.widgets).map(([tag, page]) => [tag, page.total])) }));
  }
  process.exitCode = failed ? 1 : 0;
}
