import { defineMessages } from '../../i18n/define-messages';

export const securityPolicyMessages = defineMessages({
  'zh-CN': {
    'menu.securityPolicy': '安全策略',
    'menu.securityPolicy.description': '设置密码强度、登录锁定与会话时长',

    'securityPolicy.title': '安全策略',
    'securityPolicy.intro': '依据网络安全等级保护（第三级）要求，各项只能在规定范围内调整。',
    'securityPolicy.readOnly': '您没有修改安全策略的权限，仅可查看。',
    'securityPolicy.range': '可设范围 {min}–{max}',
    'securityPolicy.passwordMinLength': '密码最小长度',
    'securityPolicy.passwordMinClasses': '密码字符类别',
    'securityPolicy.passwordMinClasses.hint': '大写字母、小写字母、数字、符号中至少包含的类别数',
    'securityPolicy.maxFailedLogins': '连续登录失败锁定次数',
    'securityPolicy.lockoutMinutes': '锁定时长',
    'securityPolicy.idleTimeoutMinutes': '空闲超时',
    'securityPolicy.absoluteTimeoutHours': '会话最长时长',
    'securityPolicy.group.password': '密码',
    'securityPolicy.group.lockout': '登录锁定',
    'securityPolicy.group.session': '会话',
    'securityPolicy.group.search': '按证件号码检索',
    'securityPolicy.identitySearchesPerHour': '每账号每小时按身份证号或手机号检索次数',
    'securityPolicy.identitySearchesPerHour.hint':
      '超出后拒绝检索并记入审计日志（失败），审计管理员可见；按姓名检索不受限',
  },
  'en-US': {
    'menu.securityPolicy': 'Security policy',
    'menu.securityPolicy.description': 'Password strength, sign-in lockout and session lifetimes',

    'securityPolicy.title': 'Security policy',
    'securityPolicy.intro':
      'Under the Multi-Level Protection Scheme (level 3), each value may only be set within its bounds.',
    'securityPolicy.readOnly': 'You may view the security policy but not change it.',
    'securityPolicy.range': 'Allowed: {min}–{max}',
    'securityPolicy.passwordMinLength': 'Minimum password length',
    'securityPolicy.passwordMinClasses': 'Character classes',
    'securityPolicy.passwordMinClasses.hint':
      'How many of upper case, lower case, digits and symbols a password must contain',
    'securityPolicy.maxFailedLogins': 'Failed sign-ins before lockout',
    'securityPolicy.lockoutMinutes': 'Lockout duration',
    'securityPolicy.idleTimeoutMinutes': 'Idle timeout',
    'securityPolicy.absoluteTimeoutHours': 'Maximum session length',
    'securityPolicy.group.password': 'Passwords',
    'securityPolicy.group.lockout': 'Sign-in lockout',
    'securityPolicy.group.session': 'Sessions',
    'securityPolicy.group.search': 'Searches by ID or phone number',
    'securityPolicy.identitySearchesPerHour': 'Searches by ID or phone number per account and hour',
    'securityPolicy.identitySearchesPerHour.hint':
      'Beyond it searches are refused and logged as failures for the audit administrator; name searches are not limited',
  },
});
