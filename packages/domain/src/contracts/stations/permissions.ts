import {
  civilAffairsOffices,
  countyAndAbove,
  type PermissionCatalogue,
} from '../../access/permission-catalogue';

export const stationPermissions = {
  'stations:read': {
    'zh-CN': '查看服务站点与人员配备',
    'en-US': 'View stations and their staff',
    grantedTo: civilAffairsOffices,
  },
  'stations:write': {
    'zh-CN': '建设、修改站点，配备人员，导入站点',
    'en-US': 'Create and edit stations, assign staff, import stations',
    grantedTo: civilAffairsOffices,
  },
  'coverage:read': {
    'zh-CN': '查看阵地覆盖统计',
    'en-US': 'View network coverage',
    grantedTo: civilAffairsOffices,
  },
  'norms:manage': {
    'zh-CN': '设定本辖区配备标准',
    'en-US': 'Set the staffing norms of one’s region',
    grantedTo: countyAndAbove,
  },
} as const satisfies PermissionCatalogue;
