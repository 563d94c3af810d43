// Starts the real `npm start` server (`inspraak serve --demo` from packages/server/src/cli.ts) as a
// child process on a free port and a temporary data folder: what the end-to-end tests and the
// benchmark run against.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface ServerProcess {
  origin: string;
  child: ChildProcess;
  dataDir: string;
  /** Everything the server printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Waits until a starting `inspraak serve` prints its start banner and returns the origin the banner
 * names (`API: http://127.0.0.1:PORT/v1`, so PORT=0 works), with everything the process printed.
 * Rejects when the process exits first or `timeoutMs` passes.
 */
export function waitForStartBanner(child: ChildProcess, timeoutMs: number): Promise<{ origin: string; output(): string }> {
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`inspraak serve was not ready in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const read = (chunk: Buffer) => {
      output += chunk;
      const match = /API:\s+(http:\/\/[^\s/]+)\/v1/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ origin: match[1]!, output: () => output });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`inspraak serve exited with ${code}:\n${output}`));
    });
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** `entry`: another script to run instead (the benchmark's bare Fastify baseline), without arguments. */
export async function startServerProcess(options: { env?: Record<string, string>; entry?: string; timeoutMs?: number } = {}): Promise<ServerProcess> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'inspraak-process-'));
  const command = options.entry ? [options.entry] : [join(root, 'packages/server/src/cli.ts'), 'serve', '--demo'];
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', ...command], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', INSPRAAK_DATA_DIR: dataDir, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;

  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${origin}/v1/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer within the time limit:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  return {
    origin,
    child,
    dataDir,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
