import type { TestServer } from '../../src/testing.ts';
import { call } from './api.ts';
import { adminHeaders, newParticipant, voterHeaders } from './fixtures.ts';

export const categories = [
  { id: 'cat_groen', label: 'Groen' },
  { id: 'cat_verkeer', label: 'Verkeer' },
];

export async function createBoard(server: TestServer, input: Record<string, unknown> = {}) {
  const response = await call(server.baseUrl, 'createBoard', {
    method: 'POST',
    path: '/admin/boards',
    headers: adminHeaders(server),
    json: { title: 'Testbord', categories, ...input },
  });
  if (response.status !== 201) throw new Error(`createBoard: ${response.status} ${response.text}`);
  return response.body as { id: string } & Record<string, unknown>;
}

export async function submitIdea(server: TestServer, boardId: string, input: Record<string, unknown> = {}, token?: string) {
  const response = await call(server.baseUrl, 'createIdea', {
    method: 'POST',
    path: `/boards/${boardId}/ideas`,
    headers: voterHeaders(server, token ?? (await newParticipant(server))),
    json: { title: 'Een bankje bij de vijver', description: 'Om even te rusten.', categoryId: 'cat_groen', ...input },
  });
  if (response.status !== 201) throw new Error(`createIdea: ${response.status} ${response.text}`);
  return response.body as { idea: { id: string } & Record<string, any>; receipt: { token: string; path: string; ideaId: string } };
}

/** Idea counters and row counts straight from the database, to show that bad input changed nothing. */
export async function ideaState(server: TestServer) {
  const db = server.app.inspraak.db;
  const ideas = await db.selectFrom('ideas').select(['id', 'status', 'moderation_state', 'support_count', 'comment_count', 'open_flags', 'answer_text']).orderBy('id').execute();
  const count = async (table: 'idea_supports' | 'idea_comments' | 'idea_flags' | 'idea_status_history' | 'boards') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return {
    ideas,
    supports: await count('idea_supports'),
    comments: await count('idea_comments'),
    flags: await count('idea_flags'),
    history: await count('idea_status_history'),
    boards: await count('boards'),
  };
}
