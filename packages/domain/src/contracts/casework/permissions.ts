import {
  civilAffairsOffices,
  countyAndAbove,
  type PermissionCatalogue,
} from '../../access/permission-catalogue';

/**
 * Case work (个案). Case content is read by the case's team and the delivering organisation's
 * administrator; the offices count and list cases without names or content, and open a file only
 * with `clients:open_file` and a reason.
 */
export const caseworkPermissions = {
  'cases:work': {
    'zh-CN': '开案并记录个案各阶段（接案、预估、计划、介入、评估、结案），作为督导审批结案',
    'en-US':
      'Open cases and record their stages (intake to closure); approve closures as the supervisor',
    grantedTo: ['social_worker'],
  },
  'cases:read_org': {
    'zh-CN': '查看本机构的个案档案（只读，留痕）',
    'en-US': 'Read the case files of one’s organisation (read-only, audited)',
    grantedTo: ['org_admin'],
  },
  'cases:statistics': {
    'zh-CN': '查看辖区个案统计与去标识化个案列表（不含姓名与记录内容）',
    'en-US': 'View case counts and de-identified case lists of one’s region (no names or notes)',
    grantedTo: civilAffairsOffices,
  },
  'cases:configure': {
    'zh-CN': '设定本辖区个案复评周期',
    'en-US': 'Set the re-assessment interval of one’s region',
    grantedTo: countyAndAbove,
  },
} as const satisfies PermissionCatalogue;
