import { civilAffairsOffices, type PermissionCatalogue } from '../../access/permission-catalogue';

/**
 * Government purchase of services (政府购买服务): the purchasing department's officers plan and set
 * up projects in their region; another officer approves a set-up (四眼原则); a provider's
 * administrator reads its own organisation's projects.
 */
export const projectPermissions = {
  'projects:read': {
    'zh-CN': '查看辖区政府购买服务项目及其进程',
    'en-US': 'See the purchased-service projects of one’s region and their progress',
    grantedTo: civilAffairsOffices,
  },
  'projects:read_own': {
    'zh-CN': '查看本机构承接的政府购买服务项目',
    'en-US': 'See the purchased-service projects one’s organisation delivers',
    grantedTo: ['org_admin'],
  },
  'projects:manage': {
    'zh-CN': '编制项目（需求调研、专家论证、提请立项）、终止与关闭项目',
    'en-US': 'Draft projects (need study, expert review, set-up request), terminate and close them',
    grantedTo: civilAffairsOffices,
  },
  'projects:approve': {
    'zh-CN': '审批立项（不能审批本人编制的项目）',
    'en-US': 'Approve a project’s set-up (not one the approver drafted)',
    grantedTo: civilAffairsOffices,
  },
} as const satisfies PermissionCatalogue;
