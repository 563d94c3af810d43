// `node --import ./packages/sdk/test/with-ky-subset.mjs`: the SDK's `ky` becomes the CDN build's
// subset (packages/widgets/src/cdn/ky-subset.ts), as rollup.config.js resolves it, so the SDK's
// whole test suite also runs on the HTTP code that CDN users get (the `sdk` step runs it twice).
import { register } from 'node:module';

register('./ky-subset-resolve.mjs', import.meta.url);
