/**
 * The server's features, each with the migrations that make its tables and the routes of its
 * operations: a new feature (the API of a new widget) is one entry here. db/migrate.ts runs every
 * feature's migrations; routes/register-operations.ts registers every feature's routes.
 */
import type { Migration } from 'kysely';
import { initial } from './db/migrations/0001-initial.ts';
import { ideas } from './db/migrations/0002-ideas.ts';
import { maps } from './db/migrations/0003-maps.ts';
import { answerDue } from './db/migrations/0008-answer-due.ts';
import { hideReasons } from './db/migrations/0009-hide-reasons.ts';
import { reportHideReasons } from './db/migrations/0010-report-hide-reasons.ts';
import { mapStatus } from './db/migrations/0012-map-status.ts';
import { participationByDay } from './db/migrations/0011-participation-by-day.ts';
import { serverWideIds } from './db/migrations/0004-server-wide-ids.ts';
import { serverSecrets } from './db/migrations/0005-server-secrets.ts';
import { staff } from './db/migrations/0006-staff.ts';
import { auditLog } from './db/migrations/0007-audit-log.ts';
import { auditRoutes } from './routes/audit-routes.ts';
import { adminIdeaRoutes } from './routes/admin-idea-routes.ts';
import { adminMapRoutes } from './routes/admin-map-routes.ts';
import { adminPollRoutes } from './routes/admin-poll-routes.ts';
import { ideaRoutes } from './routes/idea-routes.ts';
import { mapRoutes } from './routes/map-routes.ts';
import { metaRoutes } from './routes/meta-routes.ts';
import { moderationRoutes } from './routes/moderation-routes.ts';
import { overviewRoutes } from './routes/overview-routes.ts';
import { participantRoutes } from './routes/participant-routes.ts';
import { pollRoutes } from './routes/poll-routes.ts';
import { resultsStreamRoutes } from './routes/results-stream-route.ts';
import { staffRoutes } from './routes/staff-routes.ts';
import type { OperationHandlers, RouteDeps } from './routes/route-deps.ts';

export interface MigrateOptions {
  /** The data folder, where files that older versions kept (the client-address secret) are imported from. */
  dataDir?: string;
}

export interface Feature {
  /**
   * Its migrations by name (`0006-surveys`: the next free number). They live in code, not read from a
   * folder, so they run the same under tsx and compiled.
   */
  migrations: (options: MigrateOptions) => Record<string, Migration>;
  /** The handlers of its operations; a contract operation without one stops the server from starting. */
  routes: ((deps: RouteDeps) => OperationHandlers)[];
}

export const features: Feature[] = [
  {
    // Sites, keys and secrets, participants, and polls.
    migrations: ({ dataDir }) => ({
      '0001-initial': initial,
      '0004-server-wide-ids': serverWideIds,
      '0005-server-secrets': serverSecrets(dataDir),
    }),
    routes: [metaRoutes, participantRoutes, pollRoutes, resultsStreamRoutes, adminPollRoutes],
  },
  { migrations: () => ({ '0002-ideas': ideas, '0008-answer-due': answerDue, '0009-hide-reasons': hideReasons }), routes: [ideaRoutes, adminIdeaRoutes] },
  { migrations: () => ({ '0003-maps': maps, '0010-report-hide-reasons': reportHideReasons, '0012-map-status': mapStatus }), routes: [mapRoutes, adminMapRoutes] },
  // City staff: roles per site, console sessions, sign-in links, the audit log of what they did, the
  // moderation queue across the site's boards and maps, and the overview of participation per day.
  {
    migrations: () => ({ '0006-staff': staff, '0007-audit-log': auditLog, '0011-participation-by-day': participationByDay }),
    routes: [staffRoutes, auditRoutes, moderationRoutes, overviewRoutes],
  },
];
