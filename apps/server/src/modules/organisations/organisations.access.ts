import type { AccessMap } from '../../platform/access/route-access';
import { routeSchemaFor } from '../../platform/http/route-schema';

/** What each route of the organisations module requires, by operationId (see platform/access/route-access.ts). */
export const organisationsAccess = {
  // Names of active organisations are public registry data: whoever names one in their work.
  searchOrganisationDirectory: 'authenticated',
  listOrganisations: ['organisations:read', 'organisations:read_own'],
  exportOrganisations: 'organisations:read',
  getOrganisation: ['organisations:read', 'organisations:read_own'],
  createOrganisation: 'organisations:write',
  updateOrganisation: 'organisations:write',
  deactivateOrganisation: 'organisations:write',
  revealOrganisation: 'organisations:write',
  addOrganisationRating: 'organisations:assess',
  addOrganisationInspection: 'organisations:assess',
  addOrganisationCreditRecord: 'organisations:assess',
  endOrganisationCreditRecord: 'organisations:assess',
  listGrants: 'organisations:support',
  addOrganisationGrant: 'organisations:support',
  listIncubationBases: 'organisations:support',
  createIncubationBase: 'organisations:support',
  listResidencies: 'organisations:support',
  admitResident: 'organisations:support',
  releaseResident: 'organisations:support',

  downloadOrganisationImportTemplate: 'organisations:write',
  uploadOrganisationImport: 'organisations:write',
  getOrganisationImport: 'organisations:write',
  downloadOrganisationImportProblems: 'organisations:write',
  commitOrganisationImport: 'organisations:write',
} as const satisfies AccessMap;

/** A route schema of this module: its operationId must be one of the map above. */
export const routeSchema = routeSchemaFor(organisationsAccess);

declare module '../../platform/access/route-access' {
  interface ModuleAccess {
    organisations: typeof organisationsAccess;
  }
}
