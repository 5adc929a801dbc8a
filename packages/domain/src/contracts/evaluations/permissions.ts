import {
  cityAndAbove,
  civilAffairsOffices,
  type PermissionCatalogue,
} from '../../access/permission-catalogue';

/**
 * Evaluation of purchased services (绩效评估, issue 15): one indicator system that the city and
 * province offices keep, read by every office and by the evaluators who score on it.
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
} as const satisfies PermissionCatalogue;
