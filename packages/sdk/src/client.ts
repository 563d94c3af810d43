/**
 * `createClient`: wires the HTTP layer, the participant token and the resident APIs. The admin API
 * is reached through a small stub that imports `admin-polls.ts` on first use, so a bundle whose
 * code never calls `client.admin` (every widget) gets none of the admin code in its main chunk.
 */
import type { AdminBoardsApi, AdminIdeasApi } from './admin-ideas.ts';
import type { AdminMapsApi, AdminReportsApi } from './admin-maps.ts';
import type { AdminPollsApi } from './admin-polls.ts';
import { createBoards, type BoardsApi } from './boards.ts';
import type { CallOptions, Http } from './http.ts';
import { lazyAdminIdeaApis, lazyIdeas } from './idea-stubs.ts';
import type { IdeasApi } from './ideas.ts';
import { lazyAdminMapApis, lazyMaps } from './map-stubs.ts';
import type { MapsApi } from './maps.ts';
import { createCore, type ClientOptions } from './core.ts';
import { createPolls, type PollsApi } from './polls.ts';
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
  };
  health(options?: CallOptions): Promise<Health>;
}

function lazyAdminPolls(http: Http): AdminPollsApi {
  let loading: Promise<AdminPollsApi> | undefined;
  const load = () => (loading ??= import('./admin-polls.ts').then((module) => module.createAdminPolls(http)));
  const call =
    <K extends Exclude<keyof AdminPollsApi, 'iterate'>>(name: K) =>
    (...args: unknown[]) =>
      load().then((api) => (api[name] as (...args: unknown[]) => unknown)(...args));
  return {
    list: call('list'),
    create: call('create'),
    update: call('update'),
    close: call('close'),
    exportCsv: call('exportCsv'),
    async *iterate(...args) {
      yield* (await load()).iterate(...args);
    },
  } as AdminPollsApi;
}

export function createClient(options: ClientOptions): InspraakClient {
  const { http, participants } = createCore(options);
  return {
    participants: { token: participants.token },
    polls: createPolls({ http, participants }),
    boards: createBoards({ http }),
    ideas: lazyIdeas(http, participants),
    maps: lazyMaps(http, participants),
    admin: { polls: lazyAdminPolls(http), ...lazyAdminIdeaApis(http), ...lazyAdminMapApis(http) },
    health: ({ signal } = {}) => http.call(getHealth, { signal }),
  };
}
