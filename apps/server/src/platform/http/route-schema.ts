import type { FastifySchema } from 'fastify';
import type { OperationId } from '../access/route-access';

/**
 * Every route's schema goes through this, so that an operationId missing from the access map is
 * a compile error (and, for anything registered around it, a start-up error).
 */
export function routeSchema<const S extends FastifySchema & { operationId: OperationId }>(
  schema: S,
): S {
  return schema;
}
