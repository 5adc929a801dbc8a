import { countyAndAbove, type PermissionCatalogue } from '../../access/permission-catalogue';

export const clientPermissions = {
  'clients:work': {
    'zh-CN': '登记服务对象、记录知情同意，查看本机构服务的对象（证件号码打码）',
    'en-US':
      'Register clients, record consents, see the clients one’s organisation serves (masked)',
    grantedTo: ['social_worker', 'org_admin'],
  },
  'clients:open_file': {
    'zh-CN': '说明理由后调阅服务对象与个案档案（留痕，档案中可见）',
    'en-US': 'Open a client’s and case file with a stated reason (audited, shown on the file)',
    grantedTo: countyAndAbove,
  },
} as const satisfies PermissionCatalogue;
