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
    /** The Origin header, when the CORS hook granted it for now (the site check may revoke it). */
    corsGranted?: boolean;
  }
  interface FastifyContextConfig {
    operationId?: string;
    /** Static files: no site, no CORS restriction (a city page loads /cdn/ scripts cross-origin). */
    staticFiles?: boolean;
  }
}
