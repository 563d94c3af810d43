import type { FastifyReply, FastifyRequest, onSendHookHandler, preHandlerHookHandler } from 'fastify';
import { auditSubject, deletionSummary, readSubject, recordAuditEntry, type AuditSubject } from '../services/audit-service.ts';
import type { ServiceContext } from '../services/service-context.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The subject of a staff action and its fields before it, read by the audit preHandler. */
    auditBefore?: { subject: AuditSubject; fields: Record<string, unknown> | undefined };
  }
}

const paramsOf = (request: FastifyRequest) => (request.params ?? {}) as Record<string, string>;

/**
 * The audit log's hooks for one state-changing administration operation: the preHandler reads the
 * subject before the handler changes it; onSend, once the operation succeeded (and was not a
 * replay of an earlier success), reads it again and records who changed which fields. Recording
 * happens before the response leaves, so an action the log cannot hold answers with an error.
 */
export function createAuditHooks(ctx: ServiceContext, operationId: string, method: string) {
  const erasure = method === 'DELETE';
  const before: preHandlerHookHandler = async (request) => {
    const site = request.auth.site;
    const subject = auditSubject(operationId, paramsOf(request));
    if (site && subject) request.auditBefore = { subject, fields: await readSubject(ctx, site.id, subject) };
  };
  const record: onSendHookHandler = async (request: FastifyRequest, reply: FastifyReply, payload) => {
    const site = request.auth.site;
    if (!site || reply.statusCode >= 300 || reply.getHeader('idempotent-replayed')) return payload;
    const created = request.auditBefore ? undefined : parseJson(payload);
    const subject = request.auditBefore?.subject ?? auditSubject(operationId, paramsOf(request), created);
    if (!subject) return payload;
    const staff = request.auth.staff;
    await recordAuditEntry(ctx, {
      siteId: site.id,
      actor: staff ? { kind: 'staff', email: staff.email, role: staff.role ?? null } : { kind: 'admin-token', email: null, role: null },
      action: operationId,
      subject,
      erasure,
      deletion: erasure ? deletionSummary(subject, parseJson(payload)) : undefined,
      before: request.auditBefore?.fields,
      after: erasure ? undefined : await readSubject(ctx, site.id, subject),
    });
    return payload;
  };
  return { before, record };
}

function parseJson(payload: unknown): Record<string, unknown> | undefined {
  if (typeof payload !== 'string') return undefined;
  try {
    return JSON.parse(payload) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
