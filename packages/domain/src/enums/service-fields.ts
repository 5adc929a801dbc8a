import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/** The eighteen service fields (Chongqing classification). */
export const serviceFields = [
  { code: 'social_welfare', 'zh-CN': '社会福利', 'en-US': 'Social welfare' },
  { code: 'social_assistance', 'zh-CN': '社会救助', 'en-US': 'Social assistance' },
  { code: 'community_building', 'zh-CN': '社区建设', 'en-US': 'Community building' },
  { code: 'poverty_relief', 'zh-CN': '扶贫济困', 'en-US': 'Poverty relief' },
  { code: 'charity', 'zh-CN': '慈善事业', 'en-US': 'Charity' },
  { code: 'marriage_family', 'zh-CN': '婚姻家庭', 'en-US': 'Marriage and family' },
  { code: 'mental_health', 'zh-CN': '精神卫生', 'en-US': 'Mental health' },
  { code: 'disability_rehabilitation', 'zh-CN': '残障康复', 'en-US': 'Disability rehabilitation' },
  { code: 'education_guidance', 'zh-CN': '教育辅导', 'en-US': 'Education guidance' },
  { code: 'employment_assistance', 'zh-CN': '就业援助', 'en-US': 'Employment assistance' },
  { code: 'worker_support', 'zh-CN': '职工帮扶', 'en-US': 'Worker support' },
  // 人口计生: population and family planning services.
  { code: 'family_planning', 'zh-CN': '人口计生', 'en-US': 'Population and family planning' },
  { code: 'crime_prevention', 'zh-CN': '犯罪预防', 'en-US': 'Crime prevention' },
  // 矫治帮教: support for people in or after correction (community corrections, ex-prisoners).
  { code: 'correction_support', 'zh-CN': '矫治帮教', 'en-US': 'Correction support' },
  {
    code: 'drug_rehabilitation',
    'zh-CN': '禁毒戒毒',
    'en-US': 'Drug prevention and rehabilitation',
  },
  { code: 'emergency_response', 'zh-CN': '应急处置', 'en-US': 'Emergency response' },
  { code: 'dispute_mediation', 'zh-CN': '纠纷调解', 'en-US': 'Dispute mediation' },
  { code: 'disaster_relief', 'zh-CN': '灾害救援', 'en-US': 'Disaster relief' },
] as const satisfies readonly EnumEntry[];

export type ServiceField = (typeof serviceFields)[number]['code'];

export const serviceFieldSchema = z.enum(codesOf(serviceFields));
