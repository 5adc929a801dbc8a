import {
  cityAndAbove,
  civilAffairsOffices,
  countyAndAbove,
  type PermissionCatalogue,
} from '../../access/permission-catalogue';

export const talentPermissions = {
  'workers:read': {
    'zh-CN': '查看社工人才档案（证件号码与电话打码）',
    'en-US': 'View social workers (ID and phone masked)',
    grantedTo: civilAffairsOffices,
  },
  'workers:read_own': {
    'zh-CN': '查看本机构在岗社工的档案（只读，打码）',
    'en-US': 'View the workers employed by one’s own organisation (read-only, masked)',
    grantedTo: ['org_admin'],
  },
  'workers:write': {
    'zh-CN': '登记、修改社工人才档案，记录证书、考试、从业与督导，导入人才',
    'en-US': 'Register and edit workers; record certificates, exams, jobs and supervision; import',
    grantedTo: civilAffairsOffices,
  },
  'workers:reveal': {
    'zh-CN': '查看完整身份证号与电话（留痕）',
    'en-US': 'Reveal full ID and phone numbers (audited)',
    grantedTo: countyAndAbove,
  },
  'workers:transfer': {
    'zh-CN': '申请调入与审批调出社工（人才流动）',
    'en-US': 'Request workers’ transfers in and decide those out (talent flow)',
    grantedTo: countyAndAbove,
  },
  'registrations:review': {
    'zh-CN': '审核证书登记',
    'en-US': 'Review certificate registrations',
    grantedTo: countyAndAbove,
  },
  'education:manage': {
    'zh-CN': '管理继续教育课程、考勤与学时',
    'en-US': 'Manage continuing-education courses, attendance and hours',
    grantedTo: countyAndAbove,
  },
  'rewards:manage': {
    'zh-CN': '审核与发放人才奖励',
    'en-US': 'Review and pay talent rewards',
    grantedTo: countyAndAbove,
  },
  'talent:statistics': {
    'zh-CN': '查看人才统计',
    'en-US': 'View talent statistics',
    grantedTo: civilAffairsOffices,
  },
  'talent:settings': {
    'zh-CN': '设定学时认定规则、奖励标准与人才目标',
    'en-US': 'Set credit rules, reward rules and talent targets',
    grantedTo: cityAndAbove,
  },
} as const satisfies PermissionCatalogue;
