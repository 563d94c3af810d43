import type { TestServer } from '../../src/testing.ts';
import { call } from './api.ts';

export const siteHeaders = (server: TestServer): Record<string, string> => ({ 'inspraak-site-key': server.siteKey });
export const adminHeaders = (server: TestServer): Record<string, string> => ({ authorization: `Bearer ${server.adminToken}` });

/** A fresh participant token for the demo site (or another site's key). */
export async function newParticipant(server: TestServer, siteKey = server.siteKey): Promise<string> {
  const response = await call(server.baseUrl, 'createParticipant', {
    method: 'POST',
    path: '/participants',
    headers: { 'inspraak-site-key': siteKey },
  });
  if (response.status !== 201) throw new Error(`createParticipant: ${response.status} ${response.text}`);
  return response.body.token as string;
}

export const voterHeaders = (server: TestServer, token: string, siteKey = server.siteKey): Record<string, string> => ({
  'inspraak-site-key': siteKey,
  'inspraak-participant-token': token,
});

export async function vote(server: TestServer, pollId: string, token: string, optionIds: string[], extra: Record<string, string> = {}) {
  return call(server.baseUrl, 'castBallot', {
    method: 'POST',
    path: `/polls/${pollId}/ballots`,
    headers: { ...voterHeaders(server, token), ...extra },
    json: { optionIds },
  });
}

export async function createPoll(server: TestServer, input: Record<string, unknown>) {
  const response = await call(server.baseUrl, 'createPoll', {
    method: 'POST',
    path: '/admin/polls',
    headers: adminHeaders(server),
    json: input,
  });
  if (response.status !== 201) throw new Error(`createPoll: ${response.status} ${response.text}`);
  return response.body as { id: string; options: Array<{ id: string; label: string }> } & Record<string, unknown>;
}

export async function results(server: TestServer, pollId: string, headers: Record<string, string> = siteHeaders(server)) {
  return call(server.baseUrl, 'getPollResults', { path: `/polls/${pollId}/results`, headers });
}

/** Counters straight from the database, to show that bad input changed nothing. */
export async function countersOf(server: TestServer, pollId: string, siteId = 'site_demo') {
  const db = server.app.inspraak.db;
  const poll = await db
    .selectFrom('polls')
    .select(['results_version', 'total_ballots'])
    .where('site_id', '=', siteId)
    .where('id', '=', pollId)
    .executeTakeFirstOrThrow();
  const options = await db
    .selectFrom('poll_options')
    .select(['id', 'ballot_count'])
    .where('site_id', '=', siteId)
    .where('poll_id', '=', pollId)
    .orderBy('position')
    .execute();
  const ballots = await db
    .selectFrom('ballots')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('site_id', '=', siteId)
    .where('poll_id', '=', pollId)
    .executeTakeFirstOrThrow();
  return { ...poll, ballots: Number(ballots.n), options: Object.fromEntries(options.map((o) => [o.id, o.ballot_count])) };
}

export const hourFromNow = () => new Date(Date.now() + 3600_000).toISOString();
export const hourAgo = () => new Date(Date.now() - 3600_000).toISOString();
