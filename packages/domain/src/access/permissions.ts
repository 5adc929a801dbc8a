import type { LocalizedText } from '../i18n/language';

/**
 * What a route or a page may require. Modules add theirs here so that the role matrix, the route
 * map and the menu all read the same list.
 */
export const permissions = {
  'accounts:read': { 'zh-CN': '查看账号', 'en-US': 'View accounts' },
  'accounts:manage': {
    'zh-CN': '创建、停用、解锁账号，重置密码',
    'en-US': 'Create, disable and unlock accounts; reset passwords',
  },
  'roles:assign': { 'zh-CN': '分配角色与管辖范围', 'en-US': 'Assign roles and scopes' },
  'security:manage': {
    'zh-CN': '管理安全策略（密码、锁定、会话）',
    'en-US': 'Manage security policies (passwords, lockout, sessions)',
  },
  'settings:manage': {
    'zh-CN': '管理系统设置与区划数据',
    'en-US': 'Manage settings and division data',
  },
  'audit:read': { 'zh-CN': '查看与导出审计日志', 'en-US': 'View and export the audit log' },
  'organisations:read': {
    'zh-CN': '查看辖区社会组织及其评估、年检、信用记录',
    'en-US': 'View organisations in scope with their ratings, inspections and conduct',
  },
  'organisations:read_own': {
    'zh-CN': '查看本机构的档案（只读）',
    'en-US': 'View one’s own organisation (read-only)',
  },
  'organisations:write': {
    'zh-CN': '登记、修改、注销社会组织，导入组织名录',
    'en-US': 'Register, edit and deactivate organisations; import the registry',
  },
  'organisations:assess': {
    'zh-CN': '记录评估等级、年检结果与信用记录',
    'en-US': 'Record ratings, annual inspections and conduct records',
  },
  'organisations:support': {
    'zh-CN': '管理孵化基地、入驻与资助奖励',
    'en-US': 'Manage incubation bases, residencies, subsidies and awards',
  },
  'stations:read': { 'zh-CN': '查看服务站点与人员配备', 'en-US': 'View stations and their staff' },
  'stations:write': {
    'zh-CN': '建设、修改站点，配备人员，导入站点',
    'en-US': 'Create and edit stations, assign staff, import stations',
  },
  'coverage:read': { 'zh-CN': '查看阵地覆盖统计', 'en-US': 'View network coverage' },
  'workers:read': {
    'zh-CN': '查看社工人才档案（证件号码与电话打码）',
    'en-US': 'View social workers (ID and phone masked)',
  },
  'workers:read_own': {
    'zh-CN': '查看本机构在岗社工的档案（只读，打码）',
    'en-US': 'View the workers employed by one’s own organisation (read-only, masked)',
  },
  'workers:write': {
    'zh-CN': '登记、修改社工人才档案，记录证书、考试、从业与督导，导入人才',
    'en-US': 'Register and edit workers; record certificates, exams, jobs and supervision; import',
  },
  'workers:reveal': {
    'zh-CN': '查看完整身份证号与电话（留痕）',
    'en-US': 'Reveal full ID and phone numbers (audited)',
  },
  'registrations:review': { 'zh-CN': '审核证书登记', 'en-US': 'Review certificate registrations' },
  'education:manage': {
    'zh-CN': '管理继续教育课程、考勤与学时',
    'en-US': 'Manage continuing-education courses, attendance and hours',
  },
  'rewards:manage': { 'zh-CN': '审核与发放人才奖励', 'en-US': 'Review and pay talent rewards' },
  'talent:statistics': { 'zh-CN': '查看人才统计', 'en-US': 'View talent statistics' },
  'talent:settings': {
    'zh-CN': '设定学时认定规则、奖励标准与人才目标',
    'en-US': 'Set credit rules, reward rules and talent targets',
  },
  'norms:manage': {
    'zh-CN': '设定本辖区配备标准',
    'en-US': 'Set the staffing norms of one’s region',
  },
} as const satisfies Record<string, LocalizedText>;

export type Permission = keyof typeof permissions;

export const permissionCodes = Object.keys(permissions) as Permission[];
