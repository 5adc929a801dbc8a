import {
  cityAndAbove,
  civilAffairsOffices,
  type PermissionCatalogue,
} from '../../access/permission-catalogue';

/**
 * Purchase contracts (购买服务合同), their payments and the provider's reports. The purchasing
 * department's officers keep the contract and its tranches; a tranche approved by one officer is
 * never the one another requested; the provider's 机构管理员 reports on its own contracts only.
 */
export const contractPermissions = {
  'contracts:read': {
    'zh-CN': '查看辖区购买服务合同、付款与机构报告',
    'en-US': 'Read the purchase contracts, payments and provider reports of one’s region',
    grantedTo: civilAffairsOffices,
  },
  'contracts:manage': {
    'zh-CN': '起草、签订、变更购买服务合同，申请付款，审核机构报告',
    'en-US': 'Draft, sign and amend contracts, request payments, review provider reports',
    grantedTo: civilAffairsOffices,
  },
  'contracts:pay': {
    'zh-CN': '审批付款（不得审批本人申请的付款）并登记已支付',
    'en-US': 'Approve payments (never one’s own request) and record them paid',
    grantedTo: civilAffairsOffices,
  },
  'contracts:configure': {
    'zh-CN': '设定本地区购买服务合同人员经费占比下限',
    'en-US': 'Set the personnel share the region’s contracts must spend',
    grantedTo: cityAndAbove,
  },
  'contracts:report': {
    'zh-CN': '查看本机构承接的项目合同，填报服务产出与经费使用报告',
    'en-US': 'See one’s organisation’s contracts and submit output and spending reports',
    grantedTo: ['org_admin'],
  },
} as const satisfies PermissionCatalogue;
