import type { Health } from '@inspraak/contract';
import { DomainError } from './domain-error.ts';
import { pingDatabase } from '../repositories/health-repository.ts';
import { serverVersion } from '../version.ts';
import type { ServiceContext } from './service-context.ts';

export async function checkHealth(ctx: ServiceContext): Promise<Health> {
  try {
    await pingDatabase(ctx.db);
  } catch {
    throw new DomainError('database-unavailable', 'The database does not answer. Try again later.');
  }
  return { status: 'ok', version: serverVersion, database: 'sqlite' };
}
