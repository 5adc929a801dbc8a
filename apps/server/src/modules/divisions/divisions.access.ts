import type { AccessMap } from '../../platform/access/route-access';
import { routeSchemaFor } from '../../platform/http/route-schema';

/** What each route of the divisions module requires, by operationId (see platform/access/route-access.ts). */
export const divisionsAccess = {
  listDivisions: 'authenticated',
  searchDivisions: 'authenticated',
  getDivision: 'authenticated',
  getDivisionPath: 'authenticated',
} as const satisfies AccessMap;

/** A route schema of this module: its operationId must be one of the map above. */
export const routeSchema = routeSchemaFor(divisionsAccess);

declare module '../../platform/access/route-access' {
  interface ModuleAccess {
    divisions: typeof divisionsAccess;
  }
}
