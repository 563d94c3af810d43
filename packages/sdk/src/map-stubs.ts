/**
 * `client.maps`, `client.admin.maps` and `client.admin.reports` as stubs that import `maps.ts` and
 * `admin-maps.ts` on their first call: a poll or idea page carries none of the map code, and no
 * widget carries the map admin code.
 */
import type { AdminMapsApi, AdminReportsApi } from './admin-maps.ts';
import type { Http } from './http.ts';
import { lazyMethods } from './lazy-methods.ts';
import type { MapsApi } from './maps.ts';
import type { Participants } from './participants.ts';

export function lazyMaps(http: Http, participants: Participants): MapsApi {
  let loading: Promise<MapsApi> | undefined;
  const load = () => (loading ??= import('./maps.ts').then((module) => module.createMaps({ http, participants })));
  const maps = lazyMethods(load);
  return { get: maps.get, clusters: maps.clusters, reports: lazyMethods(() => load().then((loaded) => loaded.reports), ['iterate']) };
}

export function lazyAdminMapApis(http: Http): { maps: AdminMapsApi; reports: AdminReportsApi } {
  const load = () => import('./admin-maps.ts');
  return {
    maps: lazyMethods(() => load().then((module) => module.createAdminMaps(http)), ['iterate']),
    reports: lazyMethods(() => load().then((module) => module.createAdminReports(http)), ['iterate']),
  };
}
