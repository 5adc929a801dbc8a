import type { LocalizedText } from '../i18n/language';

/**
 * What a route or a page may require. Modules add theirs here so that the role matrix, the route
 * map and the menu all read the same list.
 */
export const permissions = {
  'accounts:read': { 'zh-CN': '查看账号', 'en-US': 'View accounts' },
  'accounts:manage': {
    'zh-CN': '创建、停用、解锁账号，重置密码',
    'en-US': 'Create, disable and unlock accounts; reset passwords',
  },
  'roles:assign': { 'zh-CN': '分配角色与管辖范围', 'en-US': 'Assign roles and scopes' },
  'security:manage': {
    'zh-CN': '管理安全策略（密码、锁定、会话）',
    'en-US': 'Manage security policies (passwords, lockout, sessions)',
  },
  'settings:manage': {
    'zh-CN': '管理系统设置与区划数据',
    'en-US': 'Manage settings and division data',
  },
  'audit:read': { 'zh-CN': '查看与导出审计日志', 'en-US': 'View and export the audit log' },
} as const satisfies Record<string, LocalizedText>;

export type Permission = keyof typeof permissions;

export const permissionCodes = Object.keys(permissions) as Permission[];
