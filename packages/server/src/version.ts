import { readFileSync } from 'node:fs';
import { assetPaths } from './asset-paths.ts';

/** The server's version, as in its package.json (sent by GET /health). */
export const serverVersion: string = (
  JSON.parse(readFileSync(assetPaths.packageJson, 'utf8')) as { version: string }
).version;
