/**
 * Where a widget finds its API: its own `api` and `site-key` attributes, else the CDN loader's
 * `data-api` / `data-site-key`, else a client a host set on the element. The widgets on a page share
 * one SDK core per (api, site key): one participant token. Each widget builds only the API it uses
 * on that core (`createPolls`), so a poll page's bundle carries none of the ideas or map code.
 */
import { createCore, type ClientCore, type InspraakClient } from '@inspraak/sdk';

export type { InspraakClient };

/** What the CDN loader read from its own script tag. */
export interface LoaderConfig {
  api?: string | undefined;
  siteKey?: string | undefined;
}

/** The global slot the loader writes its configuration to (a registered symbol: no name clashes). */
export const loaderConfigKey = Symbol.for('inspraak.loader');

/** What the loader on this page configured, if there is one. */
export function loaderConfig(): LoaderConfig | undefined {
  return (globalThis as unknown as Record<symbol, LoaderConfig | undefined>)[loaderConfigKey];
}

/** The configuration sources of one widget. */
export interface ClientSource {
  api?: string | undefined;
  siteKey?: string | undefined;
  client?: InspraakClient | undefined;
}

const cores = new Map<string, ClientCore>();
const apis = new WeakMap<ClientCore, Map<unknown, unknown>>();

/**
 * One resident API for a widget, e.g. `apiFor(source, (c) => c.polls, createPolls)`: built once per
 * shared core, or taken from the host's client; `undefined` when nothing says which API and site.
 */
export function apiFor<T>(source: ClientSource, fromClient: (client: InspraakClient) => T, create: (core: ClientCore) => T): T | undefined {
  const loader = loaderConfig();
  const api = source.api || loader?.api;
  const siteKey = source.siteKey || loader?.siteKey;
  if (!api || !siteKey) return source.client && fromClient(source.client);
  const key = `${api} ${siteKey}`;
  let core = cores.get(key);
  if (!core) cores.set(key, (core = createCore({ baseUrl: api, siteKey })));
  let built = apis.get(core);
  if (!built) apis.set(core, (built = new Map()));
  if (!built.has(create)) built.set(create, create(core));
  return built.get(create) as T;
}
