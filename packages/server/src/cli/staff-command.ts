import type { Command } from 'commander';
import { signInLinkPath } from '../routes/staff-sign-in-routes.ts';
import { DomainError } from '../services/domain-error.ts';
import { addStaffMember, createSignInLink, listStaff, removeStaffMember, signInLinkMinutes } from '../services/staff-service.ts';
import { cliConfig } from './cli-config.ts';
import { openCommandDatabase, type CommandDatabase } from './cli-database.ts';
import { CliError } from './cli-error.ts';

async function withDatabase(work: (opened: CommandDatabase) => Promise<void>): Promise<void> {
  const opened = await openCommandDatabase(cliConfig(), { create: false });
  try {
    await work(opened);
  } catch (error) {
    throw error instanceof DomainError ? new CliError(error.message) : error;
  } finally {
    await opened.database.close();
  }
}

/** Where the server is reached: INSPRAAK_PUBLIC_URL, else this machine on the configured port. */
function serverOrigin(): string {
  const config = cliConfig();
  return config.publicUrl ?? `http://localhost:${config.port}`;
}

/** `inspraak staff add|list|remove|sign-in-link`. */
export function addStaffCommand(program: Command): void {
  const staff = program.command('staff').description("give city staff a role on a site for the console at /admin/, list them, sign them in without an identity provider");

  staff
    .command('add')
    .description('give a person a role on a site (or change it); they sign in with this verified e-mail address')
    .requiredOption('--site <siteId>', 'the site, as `sites list` shows it')
    .requiredOption('--email <address>', "the e-mail address the city's identity provider vouches for")
    .requiredOption('--role <role>', 'admin (everything, staff and keys too), editor (polls, boards, maps, exports) or moderator (moderation, statuses, answers)')
    .action(async (options: { site: string; email: string; role: string }) =>
      withDatabase(async ({ ctx }) => {
        const member = await addStaffMember(ctx, options.site, options.email, options.role);
        console.log(`${member.email} is ${member.role} of site ${member.site_id}.`);
      }),
    );

  staff
    .command('list')
    .description('list staff: site, e-mail address, role (tab-separated)')
    .option('--site <siteId>', 'only this site')
    .action(async (options: { site?: string }) =>
      withDatabase(async ({ ctx }) => {
        const members = await listStaff(ctx, options.site);
        if (members.length === 0) {
          console.error('No staff yet. Add someone with: inspraak staff add --site <siteId> --email <address> --role editor');
          return;
        }
        for (const member of members) console.log(`${member.site_id}\t${member.email}\t${member.role}`);
      }),
    );

  staff
    .command('remove')
    .description("take a person's role on a site away")
    .requiredOption('--site <siteId>', 'the site')
    .requiredOption('--email <address>', 'their e-mail address')
    .action(async (options: { site: string; email: string }) =>
      withDatabase(async ({ ctx }) => {
        await removeStaffMember(ctx, options.site, options.email);
        console.log(`${options.email.trim().toLowerCase()} has no role on site ${options.site} any more.`);
      }),
    );

  staff
    .command('sign-in-link')
    .description(`print a one-time sign-in link to the console (works once, for ${signInLinkMinutes} minutes)`)
    .requiredOption('--email <address>', 'a staff member’s e-mail address')
    .action(async (options: { email: string }) =>
      withDatabase(async ({ ctx }) => {
        const link = await createSignInLink(ctx, options.email);
        console.log(`${serverOrigin()}${signInLinkPath}?token=${link.token}`);
        console.error(`Works once, until ${link.expiresAt}. Send it only to ${options.email.trim().toLowerCase()}.`);
      }),
    );
}
