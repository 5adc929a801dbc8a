import {
  cityAndAbove,
  civilAffairsOffices,
  countyAndAbove,
  type PermissionCatalogue,
} from '../../access/permission-catalogue';

/**
 * Evaluation of purchased services (绩效评估, issue 15): one indicator system that the city and
 * province offices keep, read by every office and by the evaluators who score on it; rounds that
 * the purchasing offices organise, evaluators score and providers answer.
 */
export const evaluationPermissions = {
  'evaluations:read': {
    'zh-CN': '查看评估指标体系',
    'en-US': 'See the evaluation indicator system',
    grantedTo: [...civilAffairsOffices, 'evaluator'],
  },
  'evaluations:configure': {
    'zh-CN': '制定、扩展和发布评估指标体系（市、省民政部门）',
    'en-US': 'Build, extend and publish the evaluation indicators (city and province offices)',
    grantedTo: cityAndAbove,
  },
  'evaluations:organise': {
    'zh-CN': '组织评估：安排轮次、抽查抽签、指派评估人员、锁定、公示、处理异议、定档',
    'en-US':
      'Organise evaluations: rounds, spot-check draws, evaluators, lock, publish, objections, final',
    grantedTo: countyAndAbove,
  },
  'evaluations:score': {
    'zh-CN': '声明利益冲突并为指派的评估评分（评估人员）',
    'en-US': 'Declare conflicts and score the evaluations assigned (evaluators)',
    grantedTo: ['evaluator'],
  },
  'evaluations:respond': {
    'zh-CN': '查看本机构项目的评估结果，提出异议或确认（机构）',
    'en-US': "See the provider's published results, object or confirm (organisations)",
    grantedTo: ['org_admin'],
  },
} as const satisfies PermissionCatalogue;
