import { civilAffairsOffices, type PermissionCatalogue } from '../../access/permission-catalogue';

/**
 * 招标与投标: the purchasing department's officers publish a project's tender with its rules,
 * see every bid with its eligibility verdict, record the panel's scores and award it (or declare
 * it failed, 流标); a provider's 机构管理员 bids for its own organisation and sees only its own
 * bids — and, once the result is published, only its own scores.
 */
export const tenderPermissions = {
  'tenders:read': {
    'zh-CN': '查看辖区项目的招标、投标、资格审查与评分',
    'en-US': 'Read the tenders of one’s region with their bids, eligibility and scores',
    grantedTo: civilAffairsOffices,
  },
  'tenders:manage': {
    'zh-CN': '发布招标、组织评审打分、确定中标或流标',
    'en-US': 'Publish tenders, record the panel’s scores, award or declare a tender failed',
    grantedTo: civilAffairsOffices,
  },
  'tenders:bid': {
    'zh-CN': '查看招标公告，以本机构名义投标，查看本机构的投标与得分',
    'en-US': 'See open tenders, bid for one’s organisation, see its own bids and scores',
    grantedTo: ['org_admin'],
  },
} as const satisfies PermissionCatalogue;
