import type { AccessMap } from '../../platform/access/route-access';
import { routeSchemaFor } from '../../platform/http/route-schema';

/** What each route of the contracts module requires, by operationId (see platform/access/route-access.ts). */
export const contractsAccess = {
  getServiceOutputs: ['contracts:read', 'contracts:report'],
} as const satisfies AccessMap;

/** A route schema of this module: its operationId must be one of the map above. */
export const routeSchema = routeSchemaFor(contractsAccess);

declare module '../../platform/access/route-access' {
  interface ModuleAccess {
    contracts: typeof contractsAccess;
  }
}
