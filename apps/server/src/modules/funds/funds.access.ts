import type { AccessMap } from '../../platform/access/route-access';
import { routeSchemaFor } from '../../platform/http/route-schema';

/** What each route of the funds module requires, by operationId (see platform/access/route-access.ts). */
export const fundsAccess = {
  listFundSources: 'funds:read',
  getFundSource: 'funds:read',
  createFundSource: 'funds:manage',
  updateFundSource: 'funds:manage',
  listFundAllocations: 'funds:read',
  createFundAllocation: 'funds:manage',
  updateFundAllocation: 'funds:manage',
  getFundsSummary: 'funds:read',
  exportFundLedger: 'funds:read',
  getFundShareRule: 'funds:read',
  setFundShareRule: 'funds:configure',
} as const satisfies AccessMap;

/** A route schema of this module: its operationId must be one of the map above. */
export const routeSchema = routeSchemaFor(fundsAccess);

declare module '../../platform/access/route-access' {
  interface ModuleAccess {
    funds: typeof fundsAccess;
  }
}
