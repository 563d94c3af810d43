/**
 * A dev-server middleware for the browser tests: tells them where the real API server runs, and
 * creates fixture polls with the admin token from Node (the server refuses it from a browser).
 *
 *   GET  /__inspraak/server          → { baseUrl, siteKey }
 *   POST /__inspraak/polls           { poll: PollCreate, close?: true } → Poll
 *   POST /__inspraak/polls/:id/close → Poll
 *   POST /__inspraak/boards          { board: BoardCreate } → Board
 *   POST /__inspraak/boards/:id      { patch: BoardUpdate } → Board
 *   POST /__inspraak/ideas/:id/approve → Idea
 *   POST /__inspraak/ideas/:id/answer  { text } → Idea
 *   POST /__inspraak/ideas/:id/status  { status, note? } → Idea
 *   GET  /__inspraak/queue/:boardId  → ModerationPage
 */
import { createClient, type BoardCreate, type BoardUpdate, type IdeaStatus, type PollCreate } from '@inspraak/sdk';
import type { TestServer } from '../../../server/src/testing.ts';

interface Context {
  method: string;
  path: string;
  req: AsyncIterable<Buffer>;
  status: number;
  body: unknown;
  type: string;
}

export function testServerMiddleware(server: TestServer) {
  const admin = createClient({ baseUrl: server.baseUrl, adminToken: server.adminToken });
  return async (context: Context, next: () => Promise<unknown>) => {
    if (!context.path.startsWith('/__inspraak/')) return next();
    try {
      if (context.method === 'GET' && context.path === '/__inspraak/server') {
        context.type = 'json';
        context.body = { baseUrl: server.baseUrl, siteKey: server.siteKey };
        return;
      }
      if (context.method === 'POST' && context.path === '/__inspraak/polls') {
        const chunks: Buffer[] = [];
        for await (const chunk of context.req) chunks.push(chunk);
        const request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { poll: PollCreate; close?: boolean };
        let poll = await admin.admin.polls.create(request.poll);
        if (request.close) poll = await admin.admin.polls.close(poll.id);
        context.type = 'json';
        context.body = poll;
        return;
      }
      const ideaRoute = await ideaFixtures(admin, context);
      if (ideaRoute !== undefined) {
        context.type = 'json';
        context.body = ideaRoute;
        return;
      }
      const close = /^\/__inspraak\/polls\/([\w-]+)\/close$/.exec(context.path);
      if (context.method === 'POST' && close) {
        context.type = 'json';
        context.body = await admin.admin.polls.close(close[1]!);
        return;
      }
      context.status = 404;
    } catch (error) {
      context.status = 500;
      context.type = 'json';
      context.body = { error: String(error), problem: (error as { problem?: unknown }).problem };
    }
  };
}

async function readJson<T>(context: Context): Promise<T> {
  const chunks: Buffer[] = [];
  for await (const chunk of context.req) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as T;
}

/** Idea boards and moderation for the idea widgets' tests; `undefined` when the path is not one of these. */
async function ideaFixtures(admin: ReturnType<typeof createClient>, context: Context): Promise<unknown> {
  if (context.method === 'POST' && context.path === '/__inspraak/boards') {
    return admin.admin.boards.create((await readJson<{ board: BoardCreate }>(context)).board);
  }
  const board = /^\/__inspraak\/boards\/([\w-]+)$/.exec(context.path);
  if (context.method === 'POST' && board) return admin.admin.boards.update(board[1]!, (await readJson<{ patch: BoardUpdate }>(context)).patch);
  const queue = /^\/__inspraak\/queue\/([\w-]+)$/.exec(context.path);
  if (context.method === 'GET' && queue) return admin.admin.ideas.queue({ boardId: queue[1]! });
  const idea = /^\/__inspraak\/ideas\/([\w-]+)\/(approve|answer|status)$/.exec(context.path);
  if (context.method !== 'POST' || !idea) return undefined;
  const [, id, action] = idea as unknown as [string, string, string];
  if (action === 'approve') return admin.admin.ideas.approve(id);
  if (action === 'answer') return admin.admin.ideas.answer(id, (await readJson<{ text: string }>(context)).text);
  return admin.admin.ideas.setStatus(id, await readJson<{ status: IdeaStatus; note?: string }>(context));
}
