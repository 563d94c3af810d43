/**
 * An API object whose methods import their module on first call: a bundle whose code never calls
 * them keeps none of that module (bundlers give a dynamic import a chunk of its own, fetched only
 * when called). A Proxy, so the stub does not spell out (and ship) every method name; `iterators`
 * names the methods that return async iterators (they must return before the module is there).
 */
export function lazyMethods<T extends object>(load: () => Promise<T>, iterators: string[] = []): T {
  type Method = (...args: unknown[]) => any;
  const method = (api: T, name: string) => (api as Record<string, Method>)[name]!;
  return new Proxy({} as T, {
    get: (_target, name) =>
      // Not a method: symbols (inspection) and `then` (so `await client.maps` is not mistaken for a promise).
      typeof name !== 'string' || name === 'then'
        ? undefined
        : iterators.includes(name)
          ? async function* (...args: unknown[]) {
              yield* method(await load(), name)(...args) as AsyncIterable<unknown>;
            }
          : (...args: unknown[]) => load().then((api) => method(api, name)(...args)),
  });
}
