import type { FastifySchema } from 'fastify';
import { platformAccess, type AccessMap, type OperationId } from '../access/route-access';

/**
 * The route schemas of one access map: an operationId missing from the map is a compile error
 * (and, for anything registered around it, a start-up error). Each module makes its own from its
 * `<name>.access.ts`, so its routes can only name its own operations.
 */
export function routeSchemaFor<M extends AccessMap>(_map: M) {
  return function routeSchema<const S extends FastifySchema & { operationId: keyof M & string }>(
    schema: S,
  ): S {
    return schema;
  };
}

/** A route schema of the platform's own routes (sign-in, health, the audit log…). */
export const routeSchema = routeSchemaFor(platformAccess);

/** For platform code that registers routes on a module's behalf (a sheet's import routes). */
export function moduleRouteSchema<const S extends FastifySchema & { operationId: OperationId }>(
  schema: S,
): S {
  return schema;
}
