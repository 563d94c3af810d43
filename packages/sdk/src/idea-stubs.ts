/**
 * `client.ideas`, `client.admin.boards` and `client.admin.ideas` as stubs that import `ideas.ts` and
 * `admin-ideas.ts` on their first call: a poll or map page carries none of the idea code, and no
 * widget carries the idea admin code.
 */
import type { AdminBoardsApi, AdminIdeasApi } from './admin-ideas.ts';
import type { Http } from './http.ts';
import type { IdeaCommentsApi, IdeasApi } from './ideas.ts';
import { lazyMethods } from './lazy-methods.ts';
import type { Participants } from './participants.ts';

export function lazyIdeas(http: Http, participants: Participants): IdeasApi {
  let loading: Promise<IdeasApi> | undefined;
  const load = () => (loading ??= import('./ideas.ts').then((module) => module.createIdeas({ http, participants })));
  const ideas = lazyMethods(load, ['iterate']);
  return {
    list: ideas.list,
    iterate: ideas.iterate,
    get: ideas.get,
    create: ideas.create,
    byReceipt: ideas.byReceipt,
    eraseByReceipt: ideas.eraseByReceipt,
    similar: ideas.similar,
    support: ideas.support,
    unsupport: ideas.unsupport,
    flag: ideas.flag,
    comments: lazyMethods<IdeaCommentsApi>(() => load().then((loaded) => loaded.comments), ['iterate']),
  };
}

export function lazyAdminIdeaApis(http: Http): { boards: AdminBoardsApi; ideas: AdminIdeasApi } {
  const load = () => import('./admin-ideas.ts');
  return {
    boards: lazyMethods(() => load().then((module) => module.createAdminBoards(http)), ['iterate']),
    ideas: lazyMethods(() => load().then((module) => module.createAdminIdeas(http)), ['iterateQueue']),
  };
}
