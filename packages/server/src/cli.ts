// `npm run inspraak -- <command>`: manage sites in the database in INSPRAAK_DATA_DIR.
import { parseArgs } from 'node:util';
import { loadConfig } from './config.ts';
import { migrateToLatest } from './db/migrate.ts';
import { openDatabase } from './db/open-database.ts';
import { createSite, listSites, rotateSiteKeys, SiteInputError } from './services/site-service.ts';
import type { ServiceContext } from './services/service-context.ts';

const usage = `Usage: npm run inspraak -- <command>

  sites create --name "Gemeente …" --origin https://www.example-city.nl [--origin …]
      Adds a site; prints its id, public site key (pk_…) and admin token (sk_…, shown only this once).
  sites list
      Lists the sites with their public keys and allowed origins.
  sites rotate-keys <siteId> [--public] [--admin]
      New keys for a site (both when neither flag is given); the old ones stop working at once.

The database lives in INSPRAAK_DATA_DIR (default ./data).`;

class UsageError extends Error {}

async function run(argv: string[], ctx: () => Promise<ServiceContext>): Promise<void> {
  const [group, command, ...rest] = argv;
  if (group === undefined || group === 'help' || group === '--help' || group === '-h') {
    console.log(usage);
    return;
  }
  if (group !== 'sites') throw new UsageError(`Unknown command "${group}".`);
  switch (command) {
    case 'create': {
      const { values, positionals } = parseArgs({
        args: rest,
        options: { name: { type: 'string' }, origin: { type: 'string', multiple: true } },
        allowPositionals: true,
      });
      if (positionals.length > 0) throw new UsageError(`Unexpected argument "${positionals[0]}".`);
      if (!values.name) throw new UsageError('sites create needs --name "…".');
      const { site, adminToken } = await createSite(await ctx(), { name: values.name, origins: values.origin ?? [] });
      console.log(`Created site ${site.id} (${site.name})
  site id:          ${site.id}
  public site key:  ${site.publicKey}
  admin token:      ${adminToken}
  allowed origins:  ${site.allowedOrigins.join(', ')}

Keep the admin token secret; it is shown only now.`);
      return;
    }
    case 'list': {
      if (rest.length > 0) throw new UsageError(`Unexpected argument "${rest[0]}".`);
      const sites = await listSites(await ctx());
      if (sites.length === 0) {
        console.log('No sites yet. Add one with: npm run inspraak -- sites create --name "…" --origin https://…');
        return;
      }
      for (const site of sites) {
        console.log(`${site.id}\t${site.name}\t${site.publicKey}\t${site.allowedOrigins.join(' ')}`);
      }
      return;
    }
    case 'rotate-keys': {
      const { values, positionals } = parseArgs({
        args: rest,
        options: { public: { type: 'boolean', default: false }, admin: { type: 'boolean', default: false } },
        allowPositionals: true,
      });
      if (positionals.length !== 1) throw new UsageError('sites rotate-keys needs exactly one site id.');
      const result = await rotateSiteKeys(await ctx(), positionals[0]!, { public: values.public, admin: values.admin });
      console.log(`New keys for ${result.site.id} (${result.site.name}); the old ones no longer work.`);
      if (result.publicKey) console.log(`  public site key:  ${result.publicKey}`);
      if (result.adminToken) console.log(`  admin token:      ${result.adminToken}  (shown only now)`);
      return;
    }
    default:
      throw new UsageError(command === undefined ? 'Missing sites command.' : `Unknown sites command "${command}".`);
  }
}

let database: ReturnType<typeof openDatabase> | undefined;
try {
  await run(process.argv.slice(2), async () => {
    database = openDatabase(loadConfig().dataDir);
    await migrateToLatest(database.db);
    return { db: database.db, now: () => new Date() };
  });
} catch (error) {
  if (error instanceof UsageError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) {
    console.error(`${error.message}\n\n${usage}`);
    process.exitCode = 2;
  } else if (error instanceof SiteInputError) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    console.error(error);
    process.exitCode = 1;
  }
} finally {
  await database?.close();
}
