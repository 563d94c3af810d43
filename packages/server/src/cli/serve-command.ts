import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { FastifyInstance } from 'fastify';
import { buildApp, type StaticRoots } from '../app.ts';
import { assetPaths } from '../asset-paths.ts';
import { cliConfig } from './cli-config.ts';
import { CliError } from './cli-error.ts';
import { startBanner } from './start-banner.ts';

/** Longer than the app's own grace for requests being handled (src/http/graceful-shutdown.ts). */
const forcedExitMs = 15_000;

/**
 * SIGTERM/SIGINT: close gracefully (streams told to reconnect, writes finish). Repeats are ignored
 * (Ctrl-C reaches npm, `npm start` and the server alike); a shutdown that hangs ends after 15 s.
 */
function exitOnSignals(app: FastifyInstance): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    app.log.info(`${signal}: finishing requests, ending live streams, closing the database`);
    setTimeout(() => process.exit(1), forcedExitMs).unref();
    try {
      await app.close();
      process.exit(0);
    } catch (error) {
      app.log.error({ err: error }, 'shutdown failed');
      process.exit(1);
    }
  };
  process.on('SIGINT', (signal) => void stop(signal));
  process.on('SIGTERM', (signal) => void stop(signal));
}

async function serve(options: { demo?: boolean }): Promise<void> {
  const config = cliConfig();
  if (options.demo) config.demo = true;

  const staticRoots: StaticRoots = { cdn: assetPaths.cdn, console: assetPaths.console, apiReference: assetPaths.apiReference };
  // The demo page embeds the demo site's keys, which work only in demo mode.
  if (config.demo) staticRoots.demo = assetPaths.demo;
  for (const [name, folder] of Object.entries(staticRoots)) {
    if (!existsSync(folder)) console.error(`Warning: ${folder} is missing, so ${name} is not served (build it: npm run build, npm run docs:api).`);
  }

  const app = await buildApp({ config, logger: true, staticRoots });
  exitOnSignals(app);
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    await app.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`Port ${config.port} on ${config.host} is in use: stop the other server or set PORT.`);
    if (code === 'EADDRNOTAVAIL' || code === 'EACCES') throw new CliError(`Cannot listen on ${config.host}:${config.port} (${code}): check HOST and PORT.`);
    throw error;
  }
  console.log(await startBanner(app.inspraak, staticRoots.demo !== undefined));
}

/** `inspraak serve [--demo]`. */
export function addServeCommand(program: Command): void {
  program
    .command('serve')
    .description('run the server: the API under /v1, the widgets under /cdn, hosted pages under /embed, the API reference at /docs/api/')
    .option('--demo', 'demo mode (as INSPRAAK_DEMO=1): add the demo site, accept its published keys, serve the demo page at /')
    .addHelpText(
      'after',
      `
Configuration comes from environment variables (PORT, HOST, INSPRAAK_DATA_DIR, INSPRAAK_PUBLIC_URL,
INSPRAAK_TRUST_PROXY, INSPRAAK_DEMO, …; see the server's README). SIGTERM or SIGINT stops it
gracefully: live result streams are told to reconnect, requests being handled finish.`,
    )
    .action(serve);
}
