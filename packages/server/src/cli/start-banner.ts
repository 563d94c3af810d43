import type { InspraakState } from '../app.ts';
import { demoAdminToken, demoSiteId, demoSiteKey, demoStaffEmail } from '../db/demo-seed.ts';
import { oidcCallbackPath, oidcLoginPath, signInLinkPath } from '../routes/staff-sign-in-routes.ts';
import { createSignInLink, staffRole } from '../services/staff-service.ts';
import { listSites, siteByAdminToken, siteByPublicKey } from '../services/site-service.ts';
import { cliCommand } from './cli-error.ts';

/**
 * What `inspraak serve` prints once it listens: where everything is, which database it opened and,
 * without sites, how to make the first. Demo keys only in demo mode and only while they still work
 * (they may have been rotated).
 */
export async function startBanner({ db, config, publicAddress, database }: InspraakState, servesDemoPage: boolean): Promise<string> {
  const ctx = { db, now: () => new Date() };
  const origin = publicAddress.origin();
  const lines = [`Inspraak is running${config.demo ? ' in demo mode' : ''}.`];
  if (servesDemoPage) lines.push(`  Demo page:  ${origin}/`);
  lines.push(
    `  API docs:   ${origin}/docs/api/`,
    `  API:        ${origin}/v1  (health: ${origin}/v1/health)`,
    `  Loader:     ${origin}/cdn/inspraak.js`,
    `  Database:   ${database.file}`,
  );
  if (!config.publicUrl) lines.push('  Links use the address above; set INSPRAAK_PUBLIC_URL to the address residents use.');
  if (config.oidc) {
    lines.push(
      `  Staff:      ${origin}${oidcLoginPath}  (sign-in through ${config.oidc.issuer}; its redirect URI: ${origin}${oidcCallbackPath})`,
    );
  }

  const sites = await listSites(ctx);
  if (config.demo) {
    const siteKey = (await siteByPublicKey(ctx, demoSiteKey)) ? demoSiteKey : undefined;
    const adminToken = (await siteByAdminToken(ctx, demoAdminToken)) ? demoAdminToken : undefined;
    if (siteKey || adminToken) {
      const keys = [siteKey && `site key ${siteKey}`, adminToken && `admin token ${adminToken}`].filter(Boolean).join('   ');
      lines.push(`  Demo site:  ${keys}  (demo only, never use in production)`);
    }
    if (await staffRole(ctx, demoSiteId, demoStaffEmail)) {
      const link = await createSignInLink(ctx, demoStaffEmail);
      lines.push(`  Console:    ${origin}${signInLinkPath}?token=${link.token}  (sign-in link for ${demoStaffEmail}: once, 15 minutes)`);
    }
  } else if (sites.length === 0) {
    lines.push(
      '',
      'No sites yet. Create the first one (it prints the keys to use):',
      `  ${cliCommand} sites create --name "Gemeente …" --origin https://www.example-city.nl`,
    );
  } else {
    const real = sites.filter((site) => site.id !== demoSiteId);
    lines.push(`  Sites:      ${real.length}  (${cliCommand} sites list)`);
    if (real.length < sites.length) lines.push(`  The demo site in this database works only in demo mode (--demo).`);
  }
  return `\n${lines.join('\n')}\n`;
}
