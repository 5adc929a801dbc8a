import type { LocalizedText } from '../i18n/language';
import type { RegionLevel } from '../regions/region-code';

export interface RoleListing extends LocalizedText {
  readonly code: string;
  /** The level the account's region scope must have, for roles tied to one tier of government. */
  readonly scopeLevel?: RegionLevel;
  /** One of the three separated administrators (三员); they never read case data. */
  readonly administrator?: boolean;
}

/**
 * The roles of 等级保护 (三员分立) and of the field. What each may do is not listed here: every
 * module's permission catalogue names the roles that hold each of its permissions.
 */
export const roleList = [
  {
    code: 'system_admin',
    'zh-CN': '系统管理员',
    'en-US': 'System administrator',
    administrator: true,
  },
  {
    code: 'security_admin',
    'zh-CN': '安全管理员',
    'en-US': 'Security administrator',
    administrator: true,
  },
  {
    code: 'audit_admin',
    'zh-CN': '审计管理员',
    'en-US': 'Audit administrator',
    administrator: true,
  },
  {
    code: 'civil_affairs_province',
    'zh-CN': '民政工作人员（省级）',
    'en-US': 'Civil affairs officer (province)',
    scopeLevel: 'province',
  },
  {
    code: 'civil_affairs_city',
    'zh-CN': '民政工作人员（市级）',
    'en-US': 'Civil affairs officer (city)',
    scopeLevel: 'city',
  },
  {
    code: 'civil_affairs_county',
    'zh-CN': '民政工作人员（县级）',
    'en-US': 'Civil affairs officer (county)',
    scopeLevel: 'county',
  },
  {
    code: 'civil_affairs_township',
    'zh-CN': '民政工作人员（乡镇/街道）',
    'en-US': 'Civil affairs officer (township)',
    scopeLevel: 'township',
  },
  { code: 'org_admin', 'zh-CN': '机构管理员', 'en-US': 'Organisation administrator' },
  { code: 'social_worker', 'zh-CN': '社工', 'en-US': 'Social worker' },
  { code: 'evaluator', 'zh-CN': '评估人员', 'en-US': 'Evaluator' },
  { code: 'volunteer', 'zh-CN': '志愿者', 'en-US': 'Volunteer' },
] as const satisfies readonly RoleListing[];

export type RoleCode = (typeof roleList)[number]['code'];
