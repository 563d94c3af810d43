import type { FastifyInstance, onRequestHookHandler, onSendHookHandler, preHandlerHookHandler, RouteHandlerMethod } from 'fastify';
import { listOperations } from '@inspraak/contract/loader';
import { compileRequestValidator } from '../contract/request-validator.ts';
import { createAuditHooks } from '../http/audit-hooks.ts';
import { authRequirement, createAuthHook } from '../http/auth.ts';
import { createIdempotencyHook } from '../http/idempotency.ts';
import { features } from '../features.ts';
import type { OperationHandlers, OperationId, RouteDeps } from './route-deps.ts';

/**
 * Registers one route per operation in the contract (inside the `/v1` prefix), each with the
 * auth its `security` names, the contract's request validation and, where the operation takes an
 * Idempotency-Key, replay. A contract operation without a handler stops the server from starting.
 */
export async function registerOperations(app: FastifyInstance, deps: RouteDeps): Promise<void> {
  const handlers: OperationHandlers = Object.assign({}, ...features.flatMap((feature) => feature.routes.map((routes) => routes(deps))));
  const idempotency = createIdempotencyHook(deps.ctx);
  for (const op of listOperations()) {
    const operationId = op.operation.operationId as OperationId;
    const handler = handlers[operationId];
    if (!handler) throw new Error(`No handler for contract operation ${operationId}`);
    const requirement = authRequirement(op.operation.security);
    const onRequest: onRequestHookHandler[] = [createAuthHook(requirement, deps.ctx) as onRequestHookHandler];
    const takesIdempotencyKey = op.parameters.some((p) => p.in === 'header' && p.name === 'Idempotency-Key');
    const preHandler: preHandlerHookHandler[] = takesIdempotencyKey ? [idempotency as preHandlerHookHandler] : [];
    const onSend: onSendHookHandler[] = [];
    // Every state-changing administration call lands in the site's audit log.
    if (requirement.kind === 'admin' && op.method !== 'get') {
      const audit = createAuditHooks(deps.ctx, operationId, op.method.toUpperCase());
      preHandler.push(audit.before);
      onSend.push(audit.record);
    }
    app.route({
      method: op.method.toUpperCase() as 'GET',
      url: op.path.replace(/\{(\w+)\}/g, ':$1'),
      config: { operationId },
      onRequest,
      preValidation: compileRequestValidator(op),
      preHandler,
      onSend,
      // Typed per operation where it is written; here every handler is one of many routes.
      handler: handler as RouteHandlerMethod,
    });
  }
}
