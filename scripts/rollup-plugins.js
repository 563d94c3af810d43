// Rollup plugins of the builds.
import { createHash } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Empties the output folder first, so no chunk of an earlier build (another hash) lingers. */
export function cleanOutput() {
  return {
    name: 'inspraak-clean-output',
    async renderStart(options) {
      if (options.dir) await rm(options.dir, { recursive: true, force: true });
    },
  };
}

/**
 * The widget manifest as modules the CDN code imports, written at build time so each chunk carries
 * only what it uses (the loader stays a few hundred bytes):
 * - `inspraak:loader-widgets` for the loader: `widgets`, per tag a `define` and an optional
 *   `prefetch`, each a dynamic import, so a widget's code is a chunk loaded only when its tag appears;
 * - `inspraak:embed-widgets` for the embed upgrade: `idAttributes`, per widget name its id attribute.
 * @param {Record<string, { define: string, prefetch?: string }>} loaderImports tag → the modules the loader imports
 * @param {Record<string, string>} idAttributes widget name → the attribute that takes the id
 */
export function widgetManifestModules(loaderImports, idAttributes) {
  const load = (file) => `() => import(${JSON.stringify(file)})`;
  const sources = {
    'inspraak:loader-widgets': `export const widgets = {${Object.entries(loaderImports)
      .map(([tag, { define, prefetch }]) => `${JSON.stringify(tag)}: {${prefetch ? `prefetch: ${load(prefetch)}, ` : ''}define: ${load(define)}}`)
      .join(', ')}};`,
    'inspraak:embed-widgets': `export const idAttributes = ${JSON.stringify(idAttributes)};`,
  };
  return {
    name: 'inspraak-widget-manifest',
    resolveId: (source) => (Object.hasOwn(sources, source) ? `\0${source}` : null),
    load: (id) => (id.startsWith('\0') ? (sources[id.slice(1)] ?? null) : null),
  };
}

/**
 * Writes into the loader, for each widget tag, every chunk that widget needs (the static import
 * graph of its chunks; what it imports later, such as Leaflet, is not preloaded), replacing `__INSPRAAK_PRELOAD__`. The loader then asks for all of them at
 * once with <link rel=modulepreload> instead of discovering them one import level at a time.
 * @param {Record<string, string[]>} widgetModules tag → the modules the loader imports for it
 * @param {string} loaderFile the loader's output file name
 */
export function cdnPreloadManifest(widgetModules, loaderFile = 'inspraak.js') {
  return {
    name: 'inspraak-cdn-preload-manifest',
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const fileOf = new Map(chunks.flatMap((chunk) => chunk.moduleIds.map((id) => [id, chunk.fileName])));
      const manifest = {};
      for (const [tag, modules] of Object.entries(widgetModules)) {
        const files = new Set();
        const visit = (fileName) => {
          if (files.has(fileName)) return;
          files.add(fileName);
          for (const imported of bundle[fileName].imports) visit(imported);
        };
        for (const id of modules) {
          const fileName = fileOf.get(id);
          if (!fileName) this.error(`No chunk for ${id} (widget <${tag}>)`);
          visit(fileName);
        }
        files.delete(loaderFile);
        manifest[tag] = [...files];
      }
      const loader = bundle[loaderFile];
      if (!loader?.code.includes('__INSPRAAK_PRELOAD__')) this.error(`${loaderFile} has no __INSPRAAK_PRELOAD__ to fill in`);
      loader.code = loader.code.replaceAll('__INSPRAAK_PRELOAD__', JSON.stringify(manifest));
    },
  };
}

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * Writes next to every file of the build its brotli (`.br`, quality 11) and gzip (`.gz`, level 9)
 * twin, which the server sends as it is (@fastify/static `preCompressed`; nginx `brotli_static` and
 * `gzip_static` do the same): the smallest bytes on the wire, with no compressing per request.
 * A twin that would not be smaller than its file is left out.
 */
export function precompress() {
  return {
    name: 'inspraak-precompress',
    async writeBundle(options, bundle) {
      await Promise.all(
        Object.keys(bundle).map(async (fileName) => {
          const file = path.join(options.dir, fileName);
          const data = await readFile(file);
          const twins = await Promise.all([
            brotliAsync(data, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
                [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
              },
            }),
            gzipAsync(data, { level: constants.Z_BEST_COMPRESSION }),
          ]);
          await Promise.all(
            [['.br', twins[0]], ['.gz', twins[1]]].filter(([, bytes]) => bytes.length < data.length).map(([extension, bytes]) => writeFile(file + extension, bytes)),
          );
        }),
      );
    },
  };
}

/**
 * The loader's Subresource Integrity value, for cities that load the versioned loader
 * `/cdn/<version>/inspraak.js` with `integrity="sha384-…"`: the SHA-384 of the bytes written, printed
 * and kept in `integrity.json` (`{ version, loader: "<version>/inspraak.js", integrity }`), which the
 * server also reads to serve the versioned path.
 * @param {string} packageJson the package.json whose version names the release (@inspraak/widgets)
 * @param {string} loaderFile the loader's output file name
 */
export function loaderIntegrity(packageJson, loaderFile = 'inspraak.js') {
  return {
    name: 'inspraak-loader-integrity',
    async writeBundle(options) {
      const { version } = JSON.parse(await readFile(packageJson, 'utf8'));
      const code = await readFile(path.join(options.dir, loaderFile));
      const release = { version, loader: `${version}/${loaderFile}`, integrity: `sha384-${createHash('sha384').update(code).digest('base64')}` };
      await writeFile(path.join(options.dir, 'integrity.json'), `${JSON.stringify(release, null, 2)}\n`);
      this.info(`loader /cdn/${release.loader} integrity="${release.integrity}"`);
    },
  };
}

/**
 * Minifies the static text of Lit `css` and `html` templates, which terser leaves alone: CSS loses
 * comments and spaces; HTML loses the line breaks and indentation of the source.
 */
export function minifyLitTemplates() {
  return {
    name: 'inspraak-minify-lit-templates',
    transform(code, id) {
      if (!/packages\/widgets\/src\/.*\.ts$/.test(id) || !/\b(css|html)`/.test(code)) return null;
      const ast = this.parse(code);
      const edits = [];
      const walk = (node) => {
        if (!node || typeof node.type !== 'string') return;
        if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && (node.tag.name === 'css' || node.tag.name === 'html')) {
          for (const quasi of node.quasi.quasis) {
            const raw = code.slice(quasi.start, quasi.end);
            const minified = node.tag.name === 'css' ? minifyCss(raw) : minifyHtml(raw);
            if (minified !== raw) edits.push([quasi.start, quasi.end, minified]);
          }
        }
        for (const value of Object.values(node)) {
          if (Array.isArray(value)) value.forEach(walk);
          else if (value && typeof value === 'object') walk(value);
        }
      };
      walk(ast);
      let out = code;
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
      return { code: out, map: null };
    },
  };
}

/** White space between two tags goes (our containers are grid, flex or block); elsewhere a line break becomes one space. */
function minifyHtml(html) {
  return html.replace(/>\s*\n\s*</g, '><').replace(/\s*\n\s*/g, ' ');
}

function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    // After a colon only: a space before one can be a descendant combinator (`.a :checked`).
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}
