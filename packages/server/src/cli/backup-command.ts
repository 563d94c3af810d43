import path from 'node:path';
import type { Command } from 'commander';
import { BackupRefused, backupDatabase } from '../db/backup.ts';
import { cliConfig } from './cli-config.ts';
import { requireDatabaseFile } from './cli-database.ts';
import { CliError } from './cli-error.ts';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** `inspraak backup <file>`: a consistent copy of the database while the server runs. */
export function addBackupCommand(program: Command): void {
  program
    .command('backup')
    .description('copy the database into <file> while the server keeps running (SQLite online backup)')
    .argument('<file>', 'where to write the copy, e.g. /var/backups/inspraak-2025-01-31.sqlite')
    .option('--force', 'replace <file> if it exists')
    .addHelpText(
      'after',
      `
The copy holds every write acknowledged before the backup began, including the server's secrets
(the client-address key). To restore: stop the server, copy the file to <data folder>/inspraak.sqlite,
remove inspraak.sqlite-wal and inspraak.sqlite-shm there if present, start the server.`,
    )
    .action(async (file: string, options: { force?: boolean }) => {
      const source = requireDatabaseFile(cliConfig());
      const target = path.resolve(file);
      console.error(`Database: ${source}`);
      let shownTenth = 0;
      try {
        const result = await backupDatabase(source, target, {
          replace: options.force ?? false,
          // Progress for a database that takes more than one step; at most every 10 %.
          onProgress: ({ copiedPages, totalPages, pageSize }) => {
            const tenth = Math.floor((copiedPages / totalPages) * 10);
            if (copiedPages === totalPages || tenth <= shownTenth) return;
            shownTenth = tenth;
            console.error(`  ${tenth * 10}% of ${megabytes(totalPages * pageSize)}`);
          },
        });
        console.log(`Backup written to ${target} (${megabytes(result.bytes)}, ${(result.milliseconds / 1000).toFixed(1)} s).`);
      } catch (error) {
        if (error instanceof BackupRefused) throw new CliError(error.message);
        throw error;
      }
    });
}
