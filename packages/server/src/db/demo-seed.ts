import type { Kysely } from 'kysely';
import { hashToken } from '../credentials/tokens.ts';
import { insertPoll, pollExists } from '../repositories/poll-repository.ts';
import { insertSiteIfMissing } from '../repositories/site-repository.ts';
import { insertStaffMemberIfMissing } from '../repositories/staff-repository.ts';
import { seedDemoIdeas } from './demo-seed-ideas.ts';
import { seedDemoMap } from './demo-seed-map.ts';
import type { Tables } from './tables.ts';

export {
  demoBoardCategories,
  demoBoardId,
  demoCommentId,
  demoIdeaIds,
  demoReviewBoardId,
} from './demo-seed-ideas.ts';
export {
  demoCategoryCodes,
  demoMapBounds,
  demoMapCenter,
  demoMapId,
  demoReportIds,
  demoReportReceipt,
} from './demo-seed-map.ts';

// Stable ids and keys so docs, examples and tests can name them. DEMO ONLY: anyone who reads this
// file knows the admin token; a real site gets its keys from `npm run inspraak -- sites create`.
export const demoSiteId = 'site_demo';
export const demoSiteName = 'Gemeente Voorbeeld';
export const demoSiteKey = 'pk_demo_voorbeeld';
export const demoAdminToken = 'sk_demo_voorbeeld';
export const demoAllowedOrigins = ['http://localhost:*', 'http://127.0.0.1:*'];
/** The demo's staff member (an admin of the demo site): `npm start` prints a sign-in link for them. */
export const demoStaffEmail = 'redactie@voorbeeld.example';

/**
 * The published demo keys are accepted only in demo mode (`--demo`, INSPRAAK_DEMO=1), since anyone
 * can read them: true when `credential` is one of them and the server is not in demo mode. The API,
 * Open311 and the hosted pages all ask this.
 */
export const demoCredentialRefused = (demoMode: boolean, credential: string | undefined): boolean =>
  !demoMode && (credential === demoSiteKey || credential === demoAdminToken);

export const demoModeOffDetail =
  `The demo site's keys (${demoSiteKey}, ${demoAdminToken}) work only in demo mode: start the server with --demo or INSPRAAK_DEMO=1. ` +
  'A real site gets keys of its own from `inspraak sites create`.';
export const demoPollId = 'poll_demo';
export const demoMultiPollId = 'poll_demo_multi';

export const demoPollOptions = [
  { id: 'opt_groen', label: 'Een park met bomen en bankjes' },
  { id: 'opt_fietsen', label: 'Een overdekte fietsenstalling' },
  { id: 'opt_markt', label: 'Ruimte voor een weekmarkt' },
  { id: 'opt_spelen', label: 'Een speelplek voor kinderen' },
];

// In English: the demo page shows this poll in its English section for international residents.
export const demoMultiPollOptions = [
  { id: 'opt_bomen', label: 'More trees' },
  { id: 'opt_bankjes', label: 'Benches to rest on' },
  { id: 'opt_verlichting', label: 'Better street lighting' },
  { id: 'opt_water', label: 'A drinking-water tap' },
];

/** Adds the demo site and polls when they are missing; never overwrites (keys may have been rotated). */
export async function seedDemo(db: Kysely<Tables>, now: Date = new Date()): Promise<void> {
  const at = now.toISOString();
  await db.transaction().execute(async (trx) => {
    await insertSiteIfMissing(trx, {
      id: demoSiteId,
      name: demoSiteName,
      public_key: demoSiteKey,
      admin_token_hash: hashToken(demoAdminToken),
      allowed_origins: JSON.stringify(demoAllowedOrigins),
      created_at: at,
    });
    const common = {
      site_id: demoSiteId,
      opens_at: null,
      closes_at: null,
      min_ballots: 0,
      integrity: 'open' as const,
      created_at: at,
      updated_at: at,
    };
    if (!(await pollExists(trx, demoSiteId, demoPollId))) {
      await insertPoll(
        trx,
        {
          ...common,
          id: demoPollId,
          question: 'Wat moet er komen op het lege plein bij het station?',
          description: 'De gemeente wil het plein opnieuw inrichten. Kies wat u het belangrijkst vindt.',
          selection: 'single',
          max_choices: 1,
          results_visibility: 'after-vote',
        },
        demoPollOptions,
      );
    }
    if (!(await pollExists(trx, demoSiteId, demoMultiPollId))) {
      await insertPoll(
        trx,
        {
          ...common,
          // One millisecond later, so "newest first" lists are the same on every start.
          created_at: new Date(now.getTime() + 1).toISOString(),
          updated_at: new Date(now.getTime() + 1).toISOString(),
          id: demoMultiPollId,
          question: 'What would you like in your street? Pick up to two.',
          description: null,
          selection: 'multiple',
          max_choices: 2,
          results_visibility: 'always',
        },
        demoMultiPollOptions,
      );
    }
    await insertStaffMemberIfMissing(trx, { site_id: demoSiteId, email: demoStaffEmail, role: 'admin', created_at: at });
    await seedDemoIdeas(trx, demoSiteId, now);
    await seedDemoMap(trx, demoSiteId, now);
  });
}
