import type { EnumEntry } from '../../enums/enum-entry';
import type { LocalizedText } from '../../i18n/language';

/** One domain of an assessment form: scored 1–4, each score with its reason. */
export type AssessmentDomain = EnumEntry;

export interface AssessmentForm extends LocalizedText {
  readonly code: string;
  /** Who the form is meant for, in the users' words. */
  readonly description: LocalizedText;
  readonly domains: readonly AssessmentDomain[];
}

/** The scale every domain is scored on: 1 the gravest need, 4 doing well (CSI). */
export const assessmentScores = [
  { code: '1', 'zh-CN': '1 严重困难', 'en-US': '1 Very poor' },
  { code: '2', 'zh-CN': '2 较困难', 'en-US': '2 Poor' },
  { code: '3', 'zh-CN': '3 一般', 'en-US': '3 Fair' },
  { code: '4', 'zh-CN': '4 良好', 'en-US': '4 Good' },
] as const satisfies readonly EnumEntry[];

/**
 * The assessment forms (预估表) shipped in code; each assessment names the one it was made on, so a
 * form changed later still reads its old assessments. The Child Status Index (CSI) is what OSCaR
 * assesses children on: six dimensions of two factors each.
 */
export const assessmentForms = [
  {
    code: 'csi12',
    'zh-CN': '儿童状况指数（CSI，12 项）',
    'en-US': 'Child Status Index (CSI, 12 domains)',
    description: {
      'zh-CN': '儿童青少年个案的通用预估：6 个维度各 2 项，每项 1–4 分并说明理由',
      'en-US': 'For children and youth: 6 dimensions of 2 factors, each scored 1–4 with a reason',
    },
    domains: [
      { code: 'food_security', 'zh-CN': '食物保障', 'en-US': 'Food security' },
      { code: 'nutrition_growth', 'zh-CN': '营养与生长', 'en-US': 'Nutrition and growth' },
      { code: 'shelter', 'zh-CN': '居住', 'en-US': 'Shelter' },
      { code: 'care', 'zh-CN': '照料', 'en-US': 'Care' },
      { code: 'abuse_exploitation', 'zh-CN': '免受虐待与剥削', 'en-US': 'Abuse and exploitation' },
      { code: 'legal_protection', 'zh-CN': '法律保护', 'en-US': 'Legal protection' },
      { code: 'wellness', 'zh-CN': '身体健康', 'en-US': 'Wellness' },
      { code: 'health_care', 'zh-CN': '医疗服务', 'en-US': 'Health care services' },
      { code: 'emotional_health', 'zh-CN': '情绪健康', 'en-US': 'Emotional health' },
      { code: 'social_behaviour', 'zh-CN': '社会行为', 'en-US': 'Social behaviour' },
      { code: 'performance', 'zh-CN': '学业表现', 'en-US': 'Performance' },
      { code: 'education_work', 'zh-CN': '教育与就业', 'en-US': 'Education and work' },
    ],
  },
  {
    code: 'needs8',
    'zh-CN': '综合需求预估（8 项）',
    'en-US': 'General needs (8 domains)',
    description: {
      'zh-CN': '成年人、老年人、困难家庭等个案的通用预估：8 项，每项 1–4 分并说明理由',
      'en-US': 'For adults, older people and families: 8 domains, each scored 1–4 with a reason',
    },
    domains: [
      { code: 'daily_living', 'zh-CN': '生活照料', 'en-US': 'Daily living' },
      { code: 'physical_health', 'zh-CN': '身体健康', 'en-US': 'Physical health' },
      { code: 'mental_health', 'zh-CN': '心理情绪', 'en-US': 'Mental health' },
      { code: 'family_relations', 'zh-CN': '家庭关系', 'en-US': 'Family relations' },
      { code: 'social_support', 'zh-CN': '社会支持', 'en-US': 'Social support' },
      { code: 'income', 'zh-CN': '经济状况', 'en-US': 'Income' },
      { code: 'housing_safety', 'zh-CN': '居住安全', 'en-US': 'Housing and safety' },
      { code: 'participation', 'zh-CN': '社区参与', 'en-US': 'Community participation' },
    ],
  },
] as const satisfies readonly AssessmentForm[];

export type AssessmentFormCode = (typeof assessmentForms)[number]['code'];

/** The form an assessment is made on unless the worker picks another. */
export const defaultAssessmentForm: AssessmentFormCode = 'csi12';

export function assessmentFormOf(code: string): AssessmentForm | undefined {
  return assessmentForms.find((form) => form.code === code);
}
