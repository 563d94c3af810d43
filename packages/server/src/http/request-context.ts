import type { ParticipantIdentity } from '../services/participant-service.ts';
import type { Site } from '../services/site-service.ts';
import type { StaffIdentity } from '../services/staff-service.ts';
import type { StaffRole } from '@inspraak/contract';

/** Who is asking, as the auth hook found out. */
export interface AuthContext {
  site?: Site;
  participant?: ParticipantIdentity;
  /** True when the call may administer the site: its admin token, or a staff member with a role that allows it. */
  admin: boolean;
  /** The signed-in staff member (console session), and their role on `site` when the call names one. */
  staff?: StaffIdentity & { role?: StaffRole };
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
