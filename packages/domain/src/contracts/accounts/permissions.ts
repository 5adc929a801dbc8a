import type { PermissionCatalogue } from '../../access/permission-catalogue';

export const accountPermissions = {
  'accounts:read': {
    'zh-CN': '查看账号',
    'en-US': 'View accounts',
    grantedTo: ['system_admin', 'security_admin'],
  },
  'accounts:manage': {
    'zh-CN': '创建、停用、解锁账号，重置密码',
    'en-US': 'Create, disable and unlock accounts; reset passwords',
    grantedTo: ['system_admin'],
  },
  'roles:assign': {
    'zh-CN': '分配角色与管辖范围',
    'en-US': 'Assign roles and scopes',
    grantedTo: ['security_admin'],
  },
} as const satisfies PermissionCatalogue;
