import { defineMessages } from '../../i18n/define-messages';

export const homeMessages = defineMessages({
  'zh-CN': {
    'home.welcome': '欢迎，{name}',
    'home.roles': '角色',
    'home.region': '管辖范围',
    'home.noRoles': '暂未分配角色',
    'home.whatYouCanDo': '可用功能',
    'home.nothingYet': '您的账号暂无可用的管理功能。业务模块上线后，可从左侧菜单进入。',
    'home.about': '关于平台',
  },
  'en-US': {
    'home.welcome': 'Welcome, {name}',
    'home.roles': 'Roles',
    'home.region': 'Scope',
    'home.noRoles': 'No role assigned yet',
    'home.whatYouCanDo': 'What you can do',
    'home.nothingYet':
      'Your account has no administration functions. Business modules will appear in the menu on the left as they arrive.',
    'home.about': 'About the platform',
  },
});
