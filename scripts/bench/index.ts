// `npm run bench`: ballots per second and p99 latency against the real server on SQLite, next to a
// bare Fastify route in the same run; live fan-out of one ballot to many open result streams; and
// the bundle sizes. Servers run in their own processes so the load generator does not share their
// event loop. Every loop here is bounded and talks to 127.0.0.1 only.
import autocannon from 'autocannon';
import { request, Agent } from 'node:http';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startServerProcess, type ServerProcess } from '../server-process.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
const participants = Number(process.env.BENCH_PARTICIPANTS ?? 2000);
const streams = Number(process.env.BENCH_STREAMS ?? 1000);
const siteKey = 'pk_demo_voorbeeld';
const adminToken = 'sk_demo_voorbeeld';
const unlimited = { INSPRAAK_RATE_LIMIT_CLIENT: '0', INSPRAAK_RATE_LIMIT_POLL_BALLOTS: '0', INSPRAAK_LOG_LEVEL: 'warn' };

function log(line: string) {
  process.stdout.write(`${line}\n`);
}

async function json(response: Response) {
  if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
  return response.json();
}

async function createPoll(origin: string, visibility: 'always') {
  return json(await fetch(`${origin}/v1/admin/polls`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      question: 'Benchmark: which option?',
      options: [{ label: 'One' }, { label: 'Two' }, { label: 'Three' }, { label: 'Four' }],
      resultsVisibility: visibility,
    }),
  })) as Promise<{ id: string; options: { id: string }[] }>;
}

async function issueTokens(origin: string, count: number): Promise<string[]> {
  const tokens: string[] = [];
  const batch = 50;
  for (let i = 0; i < count; i += batch) {
    const issued = await Promise.all(Array.from({ length: Math.min(batch, count - i) }, async () =>
      (await json(await fetch(`${origin}/v1/participants`, { method: 'POST', headers: { 'inspraak-site-key': siteKey } }))).token as string));
    tokens.push(...issued);
  }
  return tokens;
}

interface LoadResult { requestsPerSecond: number; p50: number; p99: number; total: number; errors: number; non2xx: number }

async function load(url: string, setup: (n: number) => { path: string; headers: Record<string, string>; body: string }): Promise<LoadResult> {
  let n = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [{ method: 'POST', setupRequest: (req: autocannon.Request) => ({ ...req, ...setup(n++) }) }],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function rssMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024;
}

/** Opens `count` result streams, casts one ballot, and times its arrival on every stream. */
async function fanOut(server: ServerProcess, pollId: string, optionId: string, token: string) {
  const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
  const { port } = new URL(server.origin);
  const open: { close(): void }[] = [];
  const seen: number[] = [];
  let target = Infinity;
  let ballotSentAt = 0;
  let firstEvents = 0;
  const rssBefore = rssMegabytes(server.child.pid!);

  const allOpen = new Promise<void>((resolveOpen, rejectOpen) => {
    for (let i = 0; i < streams; i++) {
      const req = request({ host: '127.0.0.1', port, agent, path: `/v1/polls/${pollId}/results/stream`, headers: { 'inspraak-site-key': siteKey, accept: 'text/event-stream' } }, (res) => {
        if (res.statusCode !== 200) return rejectOpen(new Error(`stream answered ${res.statusCode}`));
        let buffer = '';
        let counted = false;
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
            const event = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const id = Number(event.match(/^id: ?(\d+)$/m)?.[1] ?? NaN);
            if (Number.isNaN(id)) continue;
            if (!counted) {
              counted = true;
              if (++firstEvents === streams) resolveOpen();
            }
            if (id >= target) seen.push(performance.now() - ballotSentAt);
          }
        });
      });
      req.on('error', rejectOpen);
      req.end();
      open.push({ close: () => req.destroy() });
    }
  });

  const openedAt = performance.now();
  await allOpen;
  const openSeconds = (performance.now() - openedAt) / 1000;
  const rssOpen = rssMegabytes(server.child.pid!);
  const current = await json(await fetch(`${server.origin}/v1/polls/${pollId}/results`, { headers: { 'inspraak-site-key': siteKey } }));
  target = current.version + 1;
  ballotSentAt = performance.now();
  await json(await fetch(`${server.origin}/v1/polls/${pollId}/ballots`, {
    method: 'POST',
    headers: { 'inspraak-site-key': siteKey, 'inspraak-participant-token': token, 'content-type': 'application/json' },
    body: JSON.stringify({ optionIds: [optionId] }),
  }));
  const deadline = performance.now() + 10_000;
  while (seen.length < streams && performance.now() < deadline) await new Promise((r) => setTimeout(r, 5));
  for (const stream of open) stream.close();
  agent.destroy();
  seen.sort((a, b) => a - b);
  return {
    streams,
    reached: seen.length,
    openSeconds,
    medianMs: seen[Math.floor(seen.length / 2)] ?? NaN,
    lastMs: seen.at(-1) ?? NaN,
    rssBefore,
    rssOpen,
  };
}

log(`Inspraak benchmark: ${connections} connections, ${seconds} s per run, ${participants} participants (node ${process.version})`);

const bare = await startServerProcess({ entry: fileURLToPath(new URL('./bare-server.ts', import.meta.url)) });
const inspraak = await startServerProcess({ env: unlimited });
try {
  const body = JSON.stringify({ optionIds: ['opt_a'] });
  const baseline = await load(bare.origin, () => ({ path: '/v1/bare', headers: { 'content-type': 'application/json' }, body }));

  const poll = await createPoll(inspraak.origin, 'always');
  const tokens = await issueTokens(inspraak.origin, participants);
  const ballots = await load(inspraak.origin, (n) => ({
    path: `/v1/polls/${poll.id}/ballots`,
    headers: {
      'content-type': 'application/json',
      'inspraak-site-key': siteKey,
      'inspraak-participant-token': tokens[n % tokens.length],
      'idempotency-key': `bench-${n}-${Date.now()}`,
    },
    body: JSON.stringify({ optionIds: [poll.options[n % poll.options.length].id] }),
  }));
  const results = await json(await fetch(`${inspraak.origin}/v1/polls/${poll.id}/results`, { headers: { 'inspraak-site-key': siteKey } }));
  const voters = Math.min(ballots.total - ballots.non2xx - ballots.errors, tokens.length);

  const row = (name: string, r: LoadResult) =>
    `${name.padEnd(30)} ${r.requestsPerSecond.toFixed(0).padStart(8)} req/s   p50 ${String(r.p50).padStart(4)} ms   p99 ${String(r.p99).padStart(4)} ms   ${r.total} requests, ${r.non2xx} non-2xx, ${r.errors} errors`;
  log('\nThroughput (autocannon: mean of per-second samples; same machine, same run)');
  log(row('bare Fastify route', baseline));
  log(row('Inspraak ballots (SQLite)', ballots));
  log(`ratio: ${(ballots.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)} x bare throughput, p99 ${(ballots.p99 / Math.max(baseline.p99, 1)).toFixed(1)} x bare p99`);
  log(`counters: ${results.totalBallots} ballots counted for ${voters} participants who voted (one ballot per participant; changes replace)`);
  if (results.totalBallots !== voters) throw new Error('the counters do not match the number of participants who voted');

  const fan = await fanOut(inspraak, poll.id, poll.options[0].id, tokens[0]);
  log(`\nLive fan-out: ${fan.streams} open result streams (opened in ${fan.openSeconds.toFixed(1)} s)`);
  log(`one ballot reached ${fan.reached}/${fan.streams} streams; median ${fan.medianMs.toFixed(0)} ms, last ${fan.lastMs.toFixed(0)} ms after the ballot was sent`);
  log(`server memory (RSS): ${fan.rssBefore.toFixed(0)} MB before, ${fan.rssOpen.toFixed(0)} MB with the streams open (${(((fan.rssOpen - fan.rssBefore) * 1024) / fan.streams).toFixed(1)} KB per stream)`);
} finally {
  await Promise.all([bare.stop(), inspraak.stop()]);
}
