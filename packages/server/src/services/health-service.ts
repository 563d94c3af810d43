import type { Health } from '@inspraak/contract';
import { ProblemError } from '../http/problem.ts';
import { pingDatabase } from '../repositories/health-repository.ts';
import { serverVersion } from '../version.ts';
import type { ServiceContext } from './service-context.ts';

export async function checkHealth(ctx: ServiceContext): Promise<Health> {
  try {
    await pingDatabase(ctx.db);
  } catch {
    throw new ProblemError({ status: 503, code: 'database-unavailable', title: 'Database unavailable', detail: 'The database does not answer. Try again later.' });
  }
  return { status: 'ok', version: serverVersion, database: 'sqlite' };
}
