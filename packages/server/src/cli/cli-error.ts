import { runningFromSources } from '../asset-paths.ts';

/** A failure the CLI explains in one message and an exit code (1: refused or failed, 2: wrong usage or configuration). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2 = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** How to run the CLI as the reader ran it: from the repository's sources, or the installed package. */
export const cliCommand = runningFromSources ? 'npm run inspraak --' : 'npx inspraak';
