import type { ParticipantIdentity } from '../services/participant-service.ts';
import type { Site } from '../services/site-service.ts';

/** Who is asking, as the auth hook found out. */
export interface AuthContext {
  site?: Site;
  participant?: ParticipantIdentity;
  /** True when the site was identified by its admin token. */
  admin: boolean;
  /** A hash of the credential used, part of an idempotency fingerprint. */
  credential?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth: AuthContext;
    /** Set when this request claimed an Idempotency-Key whose response must be stored. */
    idempotency?: { siteId: string; key: string };
  }
  interface FastifyContextConfig {
    operationId?: string;
  }
}
