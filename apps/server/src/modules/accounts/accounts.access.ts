import type { AccessMap } from '../../platform/access/route-access';
import { routeSchemaFor } from '../../platform/http/route-schema';

/** What each route of the accounts module requires, by operationId (see platform/access/route-access.ts). */
export const accountsAccess = {
  listAccounts: 'accounts:read',
  getAccount: 'accounts:read',
  createAccount: 'accounts:manage',
  updateAccount: 'accounts:manage',
  assignAccountAccess: 'roles:assign',
  listAccountOrganisations: 'roles:assign',
  listAccountWorkers: 'roles:assign',
  resetAccountPassword: 'accounts:manage',
  unlockAccount: 'accounts:manage',
  getRoleMatrix: 'authenticated',
} as const satisfies AccessMap;

/** A route schema of this module: its operationId must be one of the map above. */
export const routeSchema = routeSchemaFor(accountsAccess);

declare module '../../platform/access/route-access' {
  interface ModuleAccess {
    accounts: typeof accountsAccess;
  }
}
