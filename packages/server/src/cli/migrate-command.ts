import type { Command } from 'commander';
import { knownMigrationCount } from '../db/migrate.ts';
import { cliConfig } from './cli-config.ts';
import { openCommandDatabase } from './cli-database.ts';

/** `inspraak migrate`: brings the schema up to date and says what ran (the server also does this when it starts). */
export function addMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('bring the database schema up to date (creating the database when missing) and report what ran')
    .action(async () => {
      const { database, migrated } = await openCommandDatabase(cliConfig(), { create: true });
      await database.close();
      if (migrated.length === 0) {
        console.log(`Nothing to do: the database is up to date (${knownMigrationCount} migrations).`);
        return;
      }
      console.log(`Ran ${migrated.length} migration${migrated.length === 1 ? '' : 's'}:`);
      for (const name of migrated) console.log(`  ${name}`);
    });
}
