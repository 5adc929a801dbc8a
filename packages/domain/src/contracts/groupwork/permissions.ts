import { civilAffairsOffices, type PermissionCatalogue } from '../../access/permission-catalogue';

export const groupworkPermissions = {
  'groupwork:work': {
    'zh-CN': '开展小组工作与社区活动：建组、组员、节次与签到、活动与人次、导入与服务台账（本机构）',
    'en-US':
      'Run groups and community activities: members, sessions and attendance, person-times, imports and the service ledger (one’s organisation)',
    grantedTo: ['social_worker', 'org_admin'],
  },
  'groupwork:read': {
    'zh-CN': '查看辖区内小组与社区活动的统计（不含组员姓名与记录内容）、人次与服务台账',
    'en-US':
      'See the groups and community activities of one’s region as counts (no names, no notes), person-times and service ledgers',
    grantedTo: civilAffairsOffices,
  },
} as const satisfies PermissionCatalogue;
