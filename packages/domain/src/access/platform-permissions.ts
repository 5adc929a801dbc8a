import type { PermissionCatalogue } from './permission-catalogue';

/** What the platform itself guards: security policies, settings and the audit log (三员). */
export const platformPermissions = {
  'security:manage': {
    'zh-CN': '管理安全策略（密码、锁定、会话）',
    'en-US': 'Manage security policies (passwords, lockout, sessions)',
    grantedTo: ['security_admin'],
  },
  'settings:manage': {
    'zh-CN': '管理系统设置与区划数据',
    'en-US': 'Manage settings and division data',
    grantedTo: ['system_admin'],
  },
  'audit:read': {
    'zh-CN': '查看与导出审计日志',
    'en-US': 'View and export the audit log',
    grantedTo: ['audit_admin'],
  },
} as const satisfies PermissionCatalogue;
