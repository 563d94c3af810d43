import { isIP, type AddressInfo } from 'node:net';

/**
 * The server's public origin, for links (hosted pages, Open Graph, photo URLs) and the own-origin
 * check: INSPRAAK_PUBLIC_URL, else the address the server listens on. Never the `Host` header: a
 * client chooses it, and a DNS-rebinding page (evil.example resolving to this server) sends
 * `Host: evil.example` with `Origin: http://evil.example`.
 */
export interface PublicAddress {
  /** `https://inspraak.example-city.nl`, or `http://127.0.0.1:8080` when no public URL is set. */
  origin(): string;
  /** True for the server's own origin (its hosted pages), which may use every site's key. */
  isOwnOrigin(origin: string | undefined): boolean;
}

const bracketed = (host: string) => (isIP(host) === 6 ? `[${host}]` : host);

function isLoopback(host: string): boolean {
  return host === '::1' || host === 'localhost' || (isIP(host) === 4 && host.startsWith('127.'));
}

const isUnspecified = (host: string) => host === '0.0.0.0' || host === '::' || host === '';

/**
 * `publicUrl`: the configured origin, if any. `listening()`: the socket address once listening
 * (`server.address()`; PORT=0 picks the port then), else undefined; `configured`: host and port
 * from the configuration, used before that.
 */
export function createPublicAddress(
  publicUrl: string | undefined,
  listening: () => AddressInfo | string | null | undefined,
  configured: { host: string; port: number },
): PublicAddress {
  const bound = () => {
    const address = listening();
    return address && typeof address === 'object' ? { host: address.address, port: address.port } : configured;
  };
  const originOf = ({ host, port }: { host: string; port: number }) =>
    // Listening on every interface says nothing about the name residents use: set INSPRAAK_PUBLIC_URL.
    `http://${isUnspecified(host) ? 'localhost' : bracketed(host)}:${port}`;

  return {
    origin: () => publicUrl ?? originOf(bound()),
    isOwnOrigin(origin) {
      if (origin === undefined) return false;
      if (publicUrl !== undefined) return origin === publicUrl;
      const { host, port } = bound();
      if (isLoopback(host)) {
        // On loopback the browser may name this server any of these ways; only this machine reaches it.
        return ['localhost', '127.0.0.1', '[::1]'].some((name) => origin === `http://${name}:${port}`);
      }
      return origin === originOf({ host, port });
    },
  };
}
