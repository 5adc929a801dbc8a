import {
  cityAndAbove,
  civilAffairsOffices,
  type PermissionCatalogue,
} from '../../access/permission-catalogue';

/** Funds for purchased services (资金): sources by kind, region and year, and their allocations. */
export const fundPermissions = {
  'funds:read': {
    'zh-CN': '查看辖区购买服务资金来源、安排与资金台账',
    'en-US': 'See the funds of one’s region, their allocations and the funds register',
    grantedTo: civilAffairsOffices,
  },
  'funds:manage': {
    'zh-CN': '登记资金来源，把资金安排到项目（合计不超过资金来源）',
    'en-US': 'Record fund sources and allocate them to projects (never beyond the source)',
    grantedTo: civilAffairsOffices,
  },
  'funds:configure': {
    'zh-CN': '设定社会救助资金用于社会工作服务的比例上限',
    'en-US': 'Set the cap of the social-assistance share for social work',
    grantedTo: cityAndAbove,
  },
} as const satisfies PermissionCatalogue;
