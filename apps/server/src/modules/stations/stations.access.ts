import type { AccessMap } from '../../platform/access/route-access';
import { routeSchemaFor } from '../../platform/http/route-schema';

/** What each route of the stations module requires, by operationId (see platform/access/route-access.ts). */
export const stationsAccess = {
  listStations: 'stations:read',
  getStation: 'stations:read',
  createStation: 'stations:write',
  updateStation: 'stations:write',
  assignStationStaff: 'stations:write',
  endStationStaff: 'stations:write',
  downloadStationImportTemplate: 'stations:write',
  uploadStationImport: 'stations:write',
  getStationImport: 'stations:write',
  downloadStationImportProblems: 'stations:write',
  commitStationImport: 'stations:write',
  getCoverage: 'coverage:read',
  exportCoverage: 'coverage:read',
  getStaffingNorm: 'coverage:read',
  setStaffingNorm: 'norms:manage',
  removeStaffingNorm: 'norms:manage',
} as const satisfies AccessMap;

/** A route schema of this module: its operationId must be one of the map above. */
export const routeSchema = routeSchemaFor(stationsAccess);

declare module '../../platform/access/route-access' {
  interface ModuleAccess {
    stations: typeof stationsAccess;
  }
}
