/**
 * `createClient`: wires the HTTP layer, the participant token and the resident APIs. The admin APIs
 * (and the idea and map APIs) are stubs that import their module on first use (`lazyMethods`), so a
 * bundle whose code never calls `client.admin` (every widget) gets none of the admin code in its main chunk.
 */
import type { AdminAuditLogApi } from './admin-audit-log.ts';
import type { AdminOverviewApi } from './admin-overview.ts';
import type { AdminBoardsApi, AdminIdeasApi } from './admin-ideas.ts';
import type { AdminMapsApi, AdminReportsApi } from './admin-maps.ts';
import type { AdminPollsApi } from './admin-polls.ts';
import { createBoards, type BoardsApi } from './boards.ts';
import type { CallOptions } from './http.ts';
import { lazyAdminIdeaApis, lazyIdeas } from './idea-stubs.ts';
import type { IdeasApi } from './ideas.ts';
import { lazyMethods } from './lazy-methods.ts';
import { lazyAdminMapApis, lazyMaps } from './map-stubs.ts';
import type { MapsApi } from './maps.ts';
import { createCore, type ClientOptions } from './core.ts';
import { createPolls, type PollsApi } from './polls.ts';
import type { StaffApi } from './staff.ts';
import type { Health } from '@inspraak/contract';
import { getHealth } from '@inspraak/contract/operations/getHealth';

export type { ClientOptions } from './core.ts';

export interface InspraakClient {
  participants: {
    /** The stored participant token, or a new one. */
    token(options?: CallOptions): Promise<string>;
  };
  polls: PollsApi;
  boards: BoardsApi;
  ideas: IdeasApi;
  maps: MapsApi;
  admin: {
    polls: AdminPollsApi;
    boards: AdminBoardsApi;
    ideas: AdminIdeasApi;
    maps: AdminMapsApi;
    reports: AdminReportsApi;
    /** The site's audit log (site admins only). */
    auditLog: AdminAuditLogApi;
    /** Participation per day in each poll, board and map, open items and answers owed (every staff role). */
    overview: AdminOverviewApi;
  };
  /** The console's staff session (with `staffSite`, on the server's own origin). */
  staff: StaffApi;
  health(options?: CallOptions): Promise<Health>;
}

/**
 * The console's options: every request names the staff member's site in `Inspraak-Site` and goes
 * with credentials `same-origin` (the session cookie); no site key. Here rather than in the HTTP
 * layer, so the widgets' bundles (built on `createCore`) carry none of it.
 */
function staffOptions({ staffSite, fetch: custom, ...options }: ClientOptions & { staffSite: string }): ClientOptions {
  return {
    ...options,
    siteKey: undefined,
    fetch: (input, init) => {
      const request = new Request(input, { ...init, credentials: 'same-origin' });
      request.headers.set('inspraak-site', staffSite);
      return custom ? custom(request) : globalThis.fetch(request);
    },
  };
}

export function createClient(options: ClientOptions): InspraakClient {
  const { staffSite } = options;
  const { http, participants } = createCore(staffSite === undefined ? options : staffOptions({ ...options, staffSite }));
  return {
    participants: { token: participants.token },
    polls: createPolls({ http, participants }),
    boards: createBoards({ http }),
    ideas: lazyIdeas(http, participants),
    maps: lazyMaps(http, participants),
    admin: {
      polls: lazyMethods(() => import('./admin-polls.ts').then((module) => module.createAdminPolls(http)), ['iterate']),
      ...lazyAdminIdeaApis(http),
      ...lazyAdminMapApis(http),
      auditLog: lazyMethods(() => import('./admin-audit-log.ts').then((module) => module.createAdminAuditLog(http)), ['iterate']),
      overview: lazyMethods(() => import('./admin-overview.ts').then((module) => module.createAdminOverview(http))),
    },
    staff: lazyMethods(() => import('./staff.ts').then((module) => module.createStaff(http))),
    health: ({ signal } = {}) => http.call(getHealth, { signal }),
  };
}
