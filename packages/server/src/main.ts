// `npm start`: open, migrate and seed the database in INSPRAAK_DATA_DIR, then serve the API under
// /v1, the widgets' CDN build under /cdn, the API reference at /docs/api/ and the demo CMS page at /.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './app.ts';
import { loadConfig } from './config.ts';
import { demoAdminToken, demoSiteKey } from './db/demo-seed.ts';

const repositoryRoot = path.resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const config = loadConfig();
const app = await buildApp({
  config,
  logger: true,
  staticRoots: {
    cdn: path.join(repositoryRoot, 'packages/widgets/dist/cdn'),
    demo: path.join(repositoryRoot, 'examples/cms-page'),
    apiReference: path.join(repositoryRoot, 'dist/api-reference'),
  },
});

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  app.log.info(`${signal}: closing live streams and the database`);
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  try {
    await app.close();
    process.exit(0);
  } catch (error) {
    app.log.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));

await app.listen({ host: config.host, port: config.port });
const address = app.server.address();
const port = address && typeof address === 'object' ? address.port : config.port; // PORT=0 picks a free one
const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
const origin = `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`;
console.log(`
Inspraak is running.
  Demo page:  ${origin}/
  API docs:   ${origin}/docs/api/
  API:        ${origin}/v1  (health: ${origin}/v1/health)
  Data:       ${config.dataDir}
  Demo site:  site key ${demoSiteKey}   admin token ${demoAdminToken}  (demo only, never use in production)
`);
