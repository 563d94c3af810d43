// The CDN byte budget: min+gzip of the loader alone, and of all JavaScript a page with only a poll
// downloads (the loader, then the chunks it imports for <inspraak-poll>, following every static
// import in the built files). Fails past budget and prints the real figures either way.
//
//   node scripts/check-size.mjs            reads packages/widgets/dist/cdn (builds it when missing)
//   node scripts/check-size.mjs --build    builds first
//   node scripts/check-size.mjs --json     prints the figures as JSON too
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdn = path.join(root, 'packages/widgets/dist/cdn');
const loaderFile = 'inspraak.js';

/** Budgets in bytes (1 KB = 1024 bytes), gzip level 9 as a CDN serves it. */
export const budgets = {
  loader: 1.5 * 1024,
  pollPage: 16 * 1024,
  ideaFormPage: 20 * 1024,
  // The feedback map's own code: what a page with only a map downloads beyond what a poll page
  // also downloads (the loader, Lit, the SDK's core). Leaflet is a lazy chunk, reported apart.
  feedbackMapOwn: 12 * 1024,
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

/** The chunk of live poll results, which the poll loads only when it shows results that can still change. */
export function liveResultsChunk() {
  const file = readdirSync(cdn).find((name) => /^event-stream-.*\.js$/.test(name));
  return file ? { file, gzip: gzipSize(file) } : undefined;
}

/**
 * A page with only a feedback map, before its map comes into view: every file, the gzip bytes
 * beyond those a poll page shares (`own`), and the chunks it imports later: Leaflet (when the map
 * nears the viewport), the geocoder (first address search), photo checks (first photo), the
 * confirmation (while sending).
 */
export function measureFeedbackMap() {
  const page = measurePage('inspraak-feedback-map');
  const shared = new Set(pageFiles('inspraak-poll'));
  const own = Object.entries(page.files).reduce((sum, [file, size]) => sum + (shared.has(file) ? 0 : size.gzip), 0);
  const later = Object.fromEntries(
    ['map-layer', 'geocoder', 'photo-files', 'report-receipt'].map((name) => {
      const file = readdirSync(cdn).find((candidate) => candidate.startsWith(`${name}-`) && candidate.endsWith('.js'));
      return [name, file ? { file, gzip: gzipSize(file) } : undefined];
    }),
  );
  return { total: page.total, own, files: page.files, later };
}

export function measure() {
  const poll = measurePage('inspraak-poll');
  const ideaForm = measurePage('inspraak-idea-form');
  const ideaBoard = measurePage('inspraak-idea-board');
  return {
    loader: poll.files[loaderFile].gzip,
    pollPage: poll.total,
    files: poll.files,
    ideaFormPage: ideaForm.total,
    ideaFormFiles: ideaForm.files,
    ideaBoardPage: ideaBoard.total,
    ideaBoardFiles: ideaBoard.files,
    liveResults: liveResultsChunk()?.gzip ?? 0,
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
  const list = (title, files) => {
    console.log(title);
    for (const [file, size] of Object.entries(files)) console.log(`  ${file.padEnd(32)} ${kb(size.min).padStart(10)} min ${kb(size.gzip).padStart(10)} gzip`);
  };
  list('CDN bytes (min+gzip) of a page with only <inspraak-poll>:', result.files);
  console.log(`  + when it shows live results: ${kb(result.liveResults)} gzip (loaded on first use)`);
  list('… with only <inspraak-idea-form>:', result.ideaFormFiles);
  list('… with only <inspraak-idea-board>:', result.ideaBoardFiles);
  const map = measureFeedbackMap();
  list('… with only <inspraak-feedback-map>, before the map is in view:', map.files);
  for (const [name, chunk] of Object.entries(map.later)) if (chunk) console.log(`  + later, ${name}: ${kb(chunk.gzip)} gzip (${chunk.file})`);
  const rows = [
    ['loader alone', result.loader, budgets.loader],
    ['page with a poll, total', result.pollPage, budgets.pollPage],
    ['page with an idea form, total', result.ideaFormPage, budgets.ideaFormPage],
    ['page with an idea board, total (no budget)', result.ideaBoardPage, Infinity],
    ['page with a feedback map without Leaflet, total (no budget)', map.total, Infinity],
    ['feedback map, its own code beyond a poll page’s, without Leaflet', map.own, budgets.feedbackMapOwn],
    ['Leaflet chunk, loaded when the map nears the viewport (no budget)', map.later['map-layer']?.gzip ?? 0, Infinity],
  ];
  let failed = false;
  for (const [name, size, budget] of rows) {
    const over = size > budget;
    failed ||= over;
    console.log(`${over ? '✗' : '✓'} ${name}: ${kb(size)} gzip${budget === Infinity ? '' : ` (budget ${kb(budget)})`}${over ? `, ${kb(size - budget)} over` : ''}`);
  }
  if (process.argv.includes('--json')) {
    const { loader, pollPage, liveResults, ideaFormPage, ideaBoardPage } = result;
    console.log(JSON.stringify({ loader, pollPage, liveResults, ideaFormPage, ideaBoardPage }));
  }
  process.exitCode = failed ? 1 : 0;
}
