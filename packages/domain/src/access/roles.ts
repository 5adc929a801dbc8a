import { z } from 'zod';
import type { LocalizedText } from '../i18n/language';
import type { RegionLevel } from '../regions/region-code';
import type { Permission } from './permissions';

interface RoleDefinition extends LocalizedText {
  readonly code: string;
  /** The level the account's region scope must have, for roles tied to one tier of government. */
  readonly scopeLevel?: RegionLevel;
  readonly permissions: readonly Permission[];
  /** One of the three separated administrators (三员); they never read case data. */
  readonly administrator?: boolean;
}

/**
 * The roles of 等级保护 (三员分立) and of the field. Module permissions are added to the field
 * roles as each module lands.
 */
export const roles = [
  {
    code: 'system_admin',
    'zh-CN': '系统管理员',
    'en-US': 'System administrator',
    administrator: true,
    permissions: ['accounts:read', 'accounts:manage', 'settings:manage'],
  },
  {
    code: 'security_admin',
    'zh-CN': '安全管理员',
    'en-US': 'Security administrator',
    administrator: true,
    permissions: ['accounts:read', 'roles:assign', 'security:manage'],
  },
  {
    code: 'audit_admin',
    'zh-CN': '审计管理员',
    'en-US': 'Audit administrator',
    administrator: true,
    permissions: ['audit:read'],
  },
  {
    code: 'civil_affairs_province',
    'zh-CN': '民政工作人员（省级）',
    'en-US': 'Civil affairs officer (province)',
    scopeLevel: 'province',
    permissions: [
      'workers:read',
      'workers:write',
      'workers:reveal',
      'registrations:review',
      'education:manage',
      'rewards:manage',
      'talent:statistics',
      'talent:settings',
      'organisations:read',
      'organisations:write',
      'organisations:assess',
      'organisations:support',
      'stations:read',
      'stations:write',
      'coverage:read',
      'norms:manage',
    ],
  },
  {
    code: 'civil_affairs_city',
    'zh-CN': '民政工作人员（市级）',
    'en-US': 'Civil affairs officer (city)',
    scopeLevel: 'city',
    permissions: [
      'workers:read',
      'workers:write',
      'workers:reveal',
      'registrations:review',
      'education:manage',
      'rewards:manage',
      'talent:statistics',
      'talent:settings',
      'organisations:read',
      'organisations:write',
      'organisations:assess',
      'organisations:support',
      'stations:read',
      'stations:write',
      'coverage:read',
      'norms:manage',
    ],
  },
  {
    code: 'civil_affairs_county',
    'zh-CN': '民政工作人员（县级）',
    'en-US': 'Civil affairs officer (county)',
    scopeLevel: 'county',
    permissions: [
      'workers:read',
      'workers:write',
      'workers:reveal',
      'registrations:review',
      'education:manage',
      'rewards:manage',
      'talent:statistics',
      'organisations:read',
      'organisations:write',
      'organisations:assess',
      'organisations:support',
      'stations:read',
      'stations:write',
      'coverage:read',
      'norms:manage',
    ],
  },
  {
    code: 'civil_affairs_township',
    'zh-CN': '民政工作人员（乡镇/街道）',
    'en-US': 'Civil affairs officer (township)',
    scopeLevel: 'township',
    permissions: [
      'workers:read',
      'workers:write',
      'talent:statistics',
      'organisations:read',
      'stations:read',
      'stations:write',
      'coverage:read',
    ],
  },
  {
    code: 'org_admin',
    'zh-CN': '机构管理员',
    'en-US': 'Organisation administrator',
    permissions: ['organisations:read_own', 'workers:read_own'],
  },
  { code: 'social_worker', 'zh-CN': '社工', 'en-US': 'Social worker', permissions: [] },
  { code: 'evaluator', 'zh-CN': '评估人员', 'en-US': 'Evaluator', permissions: [] },
  { code: 'volunteer', 'zh-CN': '志愿者', 'en-US': 'Volunteer', permissions: [] },
] as const satisfies readonly RoleDefinition[];

export type Role = (typeof roles)[number]['code'];

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
