import {
  civilAffairsOffices,
  countyAndAbove,
  type PermissionCatalogue,
} from '../../access/permission-catalogue';

export const organisationPermissions = {
  'organisations:read': {
    'zh-CN': '查看辖区社会组织及其评估、年检、信用记录',
    'en-US': 'View organisations in scope with their ratings, inspections and conduct',
    grantedTo: civilAffairsOffices,
  },
  'organisations:read_own': {
    'zh-CN': '查看本机构的档案（只读）',
    'en-US': 'View one’s own organisation (read-only)',
    grantedTo: ['org_admin'],
  },
  'organisations:write': {
    'zh-CN': '登记、修改、注销社会组织，导入组织名录',
    'en-US': 'Register, edit and deactivate organisations; import the registry',
    grantedTo: countyAndAbove,
  },
  'organisations:assess': {
    'zh-CN': '记录评估等级、年检结果与信用记录',
    'en-US': 'Record ratings, annual inspections and conduct records',
    grantedTo: countyAndAbove,
  },
  'organisations:support': {
    'zh-CN': '管理孵化基地、入驻与资助奖励',
    'en-US': 'Manage incubation bases, residencies, subsidies and awards',
    grantedTo: countyAndAbove,
  },
} as const satisfies PermissionCatalogue;
