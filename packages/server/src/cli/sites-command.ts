import type { Command } from 'commander';
import { createSite, listSites, rotateSiteKeys, SiteInputError } from '../services/site-service.ts';
import { cliConfig } from './cli-config.ts';
import { openCommandDatabase, type CommandDatabase } from './cli-database.ts';
import { CliError, cliCommand } from './cli-error.ts';

async function withDatabase(create: boolean, work: (opened: CommandDatabase) => Promise<void>): Promise<void> {
  const opened = await openCommandDatabase(cliConfig(), { create });
  try {
    await work(opened);
  } catch (error) {
    throw error instanceof SiteInputError ? new CliError(error.message) : error;
  } finally {
    await opened.database.close();
  }
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** `inspraak sites create|list|rotate-keys`. */
export function addSitesCommand(program: Command): void {
  const sites = program.command('sites').description('add sites, list them, replace their keys');

  sites
    .command('create')
    .description("add a site; prints its id, public site key (pk_…) and admin token (sk_…, shown only now)")
    .requiredOption('--name <name>', 'the name residents see, e.g. "Gemeente Utrecht"')
    .option('--origin <origin>', 'an origin allowed to embed the widgets, e.g. https://www.utrecht.nl (repeat for more)', collect, [])
    .action(async (options: { name: string; origin: string[] }) =>
      withDatabase(true, async ({ ctx }) => {
        const { site, adminToken } = await createSite(ctx, { name: options.name, origins: options.origin });
        console.log(`Created site ${site.id} (${site.name})
  site id:          ${site.id}
  public site key:  ${site.publicKey}
  admin token:      ${adminToken}
  allowed origins:  ${site.allowedOrigins.join(', ')}

Keep the admin token secret; it is shown only now.`);
      }),
    );

  sites
    .command('list')
    .description('list the sites: id, name, public site key, allowed origins (tab-separated; never admin tokens)')
    .action(async () =>
      withDatabase(false, async ({ ctx }) => {
        const all = await listSites(ctx);
        if (all.length === 0) {
          console.error(`No sites yet. Add one with: ${cliCommand} sites create --name "…" --origin https://…`);
          return;
        }
        for (const site of all) console.log(`${site.id}\t${site.name}\t${site.publicKey}\t${site.allowedOrigins.join(' ')}`);
      }),
    );

  sites
    .command('rotate-keys')
    .description('new keys for a site (both unless --public or --admin); the old ones stop working at once')
    .argument('<site-id>', 'the site, as `sites list` shows it')
    .option('--public', 'replace the public site key')
    .option('--admin', 'replace the admin token')
    .action(async (siteId: string, options: { public?: boolean; admin?: boolean }) =>
      withDatabase(false, async ({ ctx }) => {
        const result = await rotateSiteKeys(ctx, siteId, { public: options.public ?? false, admin: options.admin ?? false });
        console.log(`New keys for ${result.site.id} (${result.site.name}); the old ones no longer work.`);
        if (result.publicKey) console.log(`  public site key:  ${result.publicKey}`);
        if (result.adminToken) console.log(`  admin token:      ${result.adminToken}  (shown only now)`);
      }),
    );
}
