import { Command, CommanderError } from 'commander';
import { serverVersion } from '../version.ts';
import { addBackupCommand } from './backup-command.ts';
import { CliError } from './cli-error.ts';
import { addMigrateCommand } from './migrate-command.ts';
import { addServeCommand } from './serve-command.ts';
import { addSitesCommand } from './sites-command.ts';
import { addStaffCommand } from './staff-command.ts';

function createProgram(): Command {
  const program = new Command('inspraak')
    .description('The Inspraak server and its administration. Every command reads the same configuration (environment variables).')
    .version(serverVersion)
    // Throw instead of exiting, so runCli decides the exit code; settings pass on to the subcommands.
    .exitOverride()
    .showHelpAfterError('(add --help for usage)');
  addServeCommand(program);
  addSitesCommand(program);
  addStaffCommand(program);
  addMigrateCommand(program);
  addBackupCommand(program);
  return program;
}

/**
 * Runs `inspraak <command>` and returns the exit code: 0 done, 1 refused or failed, 2 wrong usage
 * or configuration. `serve` keeps running after this returns (its server holds the process).
 */
export async function runCli(argv: string[]): Promise<number> {
  try {
    await createProgram().parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message (or the help) already; it exits 0 only for help and version asked for.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof CliError) {
      console.error(error.message);
      return error.exitCode;
    }
    console.error(error);
    return 1;
  }
}
