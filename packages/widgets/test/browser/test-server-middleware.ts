/**
 * A dev-server middleware for the browser tests: tells them where the real API server runs, and
 * makes their fixtures with the admin token from Node (the server refuses it from a browser).
 *
 *   GET  /__inspraak/server          → { baseUrl, siteKey }
 *   POST /__inspraak/polls           { poll: PollCreate, close?: true } → Poll
 *   POST /__inspraak/polls/:id/close → Poll
 *   POST /__inspraak/admin/:api/:method { args } → what `client.admin[api][method](...args)` returns
 *                                    (any admin call: boards, ideas, and a new widget's fixtures)
 *   *    /__inspraak/staff/v1/…      → the API's `/v1/…` as the admin token (the staff console's
 *                                    screens, tested in every engine: a browser may send neither the
 *                                    admin token nor, from this origin, a staff session)
 *   GET  /embed/…                    → the server's hosted pages, with their headers (CSP included),
 *                                    on this origin as the console finds them on its own server (its
 *                                    publish panel's preview frames them)
 */
import { createClient, type PollCreate } from '@inspraak/sdk';
import type { TestServer } from '../../../server/src/testing.ts';

interface Context {
  method: string;
  path: string;
  querystring: string;
  headers: Record<string, string | string[] | undefined>;
  req: AsyncIterable<Buffer>;
  status: number;
  body: unknown;
  type: string;
  set(name: string, value: string): void;
}

const staffPrefix = '/__inspraak/staff/v1/';

/** Forwards a console call to the API with the admin token, as the console's server-side session would authorize it. */
async function forwardAsStaff(server: TestServer, context: Context): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of context.req) chunks.push(chunk);
  const headers = new Headers({ authorization: `Bearer ${server.adminToken}` });
  for (const name of ['content-type', 'accept', 'idempotency-key']) {
    const value = context.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  const url = `${server.baseUrl}/${context.path.slice(staffPrefix.length)}${context.querystring ? `?${context.querystring}` : ''}`;
  const response = await fetch(url, { method: context.method, headers, body: chunks.length ? Buffer.concat(chunks) : undefined });
  context.status = response.status;
  for (const name of ['content-type', 'content-disposition', 'x-request-id', 'retry-after']) {
    const value = response.headers.get(name);
    if (value) context.set(name, value);
  }
  context.body = Buffer.from(await response.arrayBuffer());
}

/** Forwards a hosted page (or its stylesheet and script) as the server sends it. */
async function forwardPage(server: TestServer, context: Context): Promise<void> {
  const response = await fetch(`${server.origin}${context.path}${context.querystring ? `?${context.querystring}` : ''}`, {
    headers: { 'accept-language': String(context.headers['accept-language'] ?? '') },
  });
  context.status = response.status;
  for (const name of ['content-type', 'content-security-policy', 'x-content-type-options', 'referrer-policy', 'cache-control']) {
    const value = response.headers.get(name);
    if (value) context.set(name, value);
  }
  context.body = Buffer.from(await response.arrayBuffer());
}

export function testServerMiddleware(server: TestServer) {
  const admin = createClient({ baseUrl: server.baseUrl, adminToken: server.adminToken });
  return async (context: Context, next: () => Promise<unknown>) => {
    if (context.method === 'GET' && context.path.startsWith('/embed/')) return forwardPage(server, context);
    if (!context.path.startsWith('/__inspraak/')) return next();
    try {
      if (context.path.startsWith(staffPrefix)) return await forwardAsStaff(server, context);
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
      const adminCall = /^\/__inspraak\/admin\/(\w+)\/(\w+)$/.exec(context.path);
      if (context.method === 'POST' && adminCall) {
        const [, apiName, methodName] = adminCall as unknown as [string, string, string];
        const api = (Object.hasOwn(admin.admin, apiName) ? admin.admin[apiName as keyof typeof admin.admin] : undefined) as
          | Record<string, (...args: unknown[]) => Promise<unknown>>
          | undefined;
        if (typeof api?.[methodName] !== 'function') throw new Error(`client.admin has no ${apiName}.${methodName}`);
        const { args = [] } = await readJson<{ args?: unknown[] }>(context);
        context.type = 'json';
        context.body = (await api[methodName](...args)) ?? null;
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
