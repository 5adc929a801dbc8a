import { defineMessages } from '../../i18n/define-messages';

export const rolesMessages = defineMessages({
  'zh-CN': {
    'menu.roles': '角色与权限',
    'menu.roles.description': '查看各角色拥有的权限',

    'roles.title': '角色与权限',
    'roles.intro': '角色及其权限由系统统一定义，此处仅供查看。',
    'roles.role': '角色',
    'roles.scopeLevel': '管辖层级',
    'roles.anyLevel': '不限',
    'roles.administrator': '三员',
    'roles.administratorHint':
      '三员分立：系统管理员、安全管理员、审计管理员相互独立、互相制约，且不能查看业务数据。',
  },
  'en-US': {
    'menu.roles': 'Roles & permissions',
    'menu.roles.description': 'See what each role may do',

    'roles.title': 'Roles & permissions',
    'roles.intro':
      'Roles and their permissions are defined by the platform; this page is read-only.',
    'roles.role': 'Role',
    'roles.scopeLevel': 'Scope level',
    'roles.anyLevel': 'Any',
    'roles.administrator': 'Admin (3-way split)',
    'roles.administratorHint':
      'Separation of duties (三员分立): the system, security and audit administrators are independent of each other and cannot read case data.',
  },
});
