import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitForStartBanner } from '../../../../scripts/server-process.ts';

export const serverPackageRoot = fileURLToPath(new URL('../..', import.meta.url));
/** tsx by its full address, so a command can run in any working directory. */
const tsx = import.meta.resolve('tsx');

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript entry of the server (cli.ts) the way `npm run inspraak` does. */
export function startEntry(entry: string, args: string[], env: Record<string, string>, cwd = serverPackageRoot): ChildProcess {
  return spawn(process.execPath, ['--import', tsx, '--conditions=source', path.resolve(serverPackageRoot, entry), ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs the entry to its end; `timeoutMs`: kill it then (the result has code null). */
export function runEntry(entry: string, args: string[], env: Record<string, string>, cwd?: string, timeoutMs?: number): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = startEntry(entry, args, env, cwd);
    if (timeoutMs !== undefined) {
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.once('exit', () => clearTimeout(timer));
    }
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk) => (stdout += chunk));
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface ServeProcess {
  child: ChildProcess;
  /** `http://127.0.0.1:PORT` as the banner prints it. */
  origin: string;
  baseUrl: string;
  /** Everything printed so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/**
 * Starts `inspraak serve` (cli.ts) on a free port and waits for its start banner. A server that is
 * not ready in time is killed: left running, it would hold the test file's process open for ever.
 * The wait is generous because CI runs this step beside the browser suites on two cores.
 */
export async function startServe(args: string[], env: Record<string, string>, timeoutMs = 60_000): Promise<ServeProcess> {
  const child = startEntry('src/cli.ts', ['serve', ...args], { PORT: '0', HOST: '127.0.0.1', INSPRAAK_LOG_LEVEL: 'warn', ...env });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const { origin, output } = await waitForStartBanner(child, timeoutMs);
    return { child, origin, baseUrl: `${origin}/v1`, output, exited };
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
}
