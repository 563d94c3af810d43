// The CDN byte budget: min+gzip of the loader alone, and of all JavaScript a page with only a poll
// downloads (the loader, then the chunks it imports for <inspraak-poll>, following every static
// import in the built files). Fails past budget and prints the real figures either way.
//
//   node scripts/check-size.mjs            reads packages/widgets/dist/cdn (builds it when missing)
//   node scripts/check-size.mjs --build    builds first
//   node scripts/check-size.mjs --json     prints the figures as JSON too
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
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

export function measure() {
  const files = pageFiles('inspraak-poll');
  const sizes = Object.fromEntries(files.map((file) => [file, { min: readFileSync(path.join(cdn, file)).length, gzip: gzipSize(file) }]));
  return {
    loader: sizes[loaderFile].gzip,
    pollPage: files.reduce((sum, file) => sum + sizes[file].gzip, 0),
    files: sizes,
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
  console.log('CDN bytes (min+gzip) of a page with only <inspraak-poll>:');
  for (const [file, size] of Object.entries(result.files)) console.log(`  ${file.padEnd(32)} ${kb(size.min).padStart(10)} min ${kb(size.gzip).padStart(10)} gzip`);
  const rows = [
    ['loader alone', result.loader, budgets.loader],
    ['page with a poll, total', result.pollPage, budgets.pollPage],
  ];
  let failed = false;
  for (const [name, size, budget] of rows) {
    const over = size > budget;
    failed ||= over;
    console.log(`${over ? '✗' : '✓'} ${name}: ${kb(size)} gzip (budget ${kb(budget)})${over ? `, ${kb(size - budget)} over` : ''}`);
  }
  if (process.argv.includes('--json')) console.log(JSON.stringify({ loader: result.loader, pollPage: result.pollPage }));
  process.exitCode = failed ? 1 : 0;
}
