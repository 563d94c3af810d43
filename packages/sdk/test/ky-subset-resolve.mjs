// The module hook that with-ky-subset.mjs registers: `ky` resolves to the CDN build's subset
// (through the next resolver, so tsx still compiles the TypeScript).
const subset = new URL('../../widgets/src/cdn/ky-subset.ts', import.meta.url).href;

export async function resolve(specifier, context, next) {
  return next(specifier === 'ky' ? subset : specifier, context);
}
