import { z } from 'zod';
import { permissionCodes, permissionDefinitions, type Permission } from './permissions';
import { roleList, type RoleCode, type RoleListing } from './role-list';

interface RoleDefinition extends RoleListing {
  readonly permissions: readonly Permission[];
}

/** The roles with what each may do, gathered from the permission catalogues of the modules. */
export const roles: readonly (RoleListing & {
  readonly code: RoleCode;
  readonly permissions: readonly Permission[];
})[] = roleList.map((role) => ({
  ...role,
  permissions: permissionCodes.filter((code) =>
    (permissionDefinitions[code].grantedTo as readonly string[]).includes(role.code),
  ),
}));

export type Role = RoleCode;

export const roleCodes = roles.map((r) => r.code) as Role[];

export const roleSchema = z.enum(roleCodes as [Role, ...Role[]]);

const roleByCode = new Map<string, RoleDefinition>(roles.map((r) => [r.code, r]));

export function roleDefinition(role: Role): RoleDefinition {
  const found = roleByCode.get(role);
  if (!found) throw new RangeError(`Unknown role ${role}`);
  return found;
}

/** The union of the permissions of the given roles. */
export function permissionsOf(assigned: readonly Role[]): ReadonlySet<Permission> {
  return new Set(assigned.flatMap((role) => roleDefinition(role).permissions));
}
