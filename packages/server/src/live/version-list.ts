// The event id of a stream that carries several polls (the contract's `streamResultsOfPolls`):
// `poll_a:12,poll_b:7`, the results version of each poll the client has been sent. A reconnect
// sends it back as Last-Event-ID, and only what changed since is sent again.

/** `poll_a:12,poll_b:7` → the version of each poll; anything malformed is left out. */
export function parseVersionList(lastEventId: unknown): Map<string, number> {
  const versions = new Map<string, number>();
  if (typeof lastEventId !== 'string') return versions;
  for (const pair of lastEventId.split(',')) {
    const match = /^([A-Za-z0-9_-]+):(\d+)$/.exec(pair.trim());
    if (match) versions.set(match[1]!, Number(match[2]));
  }
  return versions;
}

/** The versions as an event id. */
export function formatVersionList(versions: Map<string, number>): string {
  return [...versions].map(([pollId, version]) => `${pollId}:${version}`).join(',');
}
