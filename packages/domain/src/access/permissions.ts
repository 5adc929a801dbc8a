import type { LocalizedText } from '../i18n/language';
import { accountPermissions } from '../contracts/accounts/permissions';
import { clientPermissions } from '../contracts/clients/permissions';
import { groupworkPermissions } from '../contracts/groupwork/permissions';
import { caseworkPermissions } from '../contracts/casework/permissions';
import { referralPermissions } from '../contracts/referrals/permissions';
import { projectPermissions } from '../contracts/projects/permissions';
import { fundPermissions } from '../contracts/funds/permissions';
import { contractPermissions } from '../contracts/contracts/permissions';
import { tenderPermissions } from '../contracts/tenders/permissions';
import { evaluationPermissions } from '../contracts/evaluations/permissions';
import { organisationPermissions } from '../contracts/organisations/permissions';
import { stationPermissions } from '../contracts/stations/permissions';
import { talentPermissions } from '../contracts/talent/permissions';
import type { PermissionDefinition } from './permission-catalogue';
import { platformPermissions } from './platform-permissions';

/**
 * What a route or a page may require: the platform's and every module's catalogue, one line each.
 * The role matrix, the route map and the menu all read this list.
 */
const catalogues = {
  ...accountPermissions,
  ...platformPermissions,
  ...organisationPermissions,
  ...stationPermissions,
  ...talentPermissions,
  ...clientPermissions,
  ...groupworkPermissions,
  ...caseworkPermissions,
  ...referralPermissions,
  ...projectPermissions,
  ...fundPermissions,
  ...tenderPermissions,
  ...contractPermissions,
  ...evaluationPermissions,
};

export type Permission = keyof typeof catalogues;

export const permissionDefinitions: Readonly<Record<Permission, PermissionDefinition>> = catalogues;

/** Each permission's description, in each language. */
export const permissions: Readonly<Record<Permission, LocalizedText>> = catalogues;

export const permissionCodes = Object.keys(catalogues) as Permission[];
