import type { AccessMap } from '../../platform/access/route-access';
import { routeSchemaFor } from '../../platform/http/route-schema';

/** What each route of the clients module requires, by operationId (see platform/access/route-access.ts). */
export const clientsAccess = {
  listClients: 'clients:work',
  findClientDuplicates: 'clients:work',
  createClient: 'clients:work',
  getClient: 'clients:work',
  updateClient: 'clients:work',
  linkClient: 'clients:work',
  addClientConsent: 'clients:work',
  revokeClientConsent: 'clients:work',
  attachConsentEvidence: 'clients:work',
  downloadConsentEvidence: 'clients:work',
  mergeClients: 'clients:work',
  openClientFile: 'clients:open_file',
} as const satisfies AccessMap;

/** A route schema of this module: its operationId must be one of the map above. */
export const routeSchema = routeSchemaFor(clientsAccess);

declare module '../../platform/access/route-access' {
  interface ModuleAccess {
    clients: typeof clientsAccess;
  }
}
