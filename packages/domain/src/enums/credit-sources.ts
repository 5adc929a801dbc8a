import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/** Where continuing-education hours come from; which count is a provincial rule. */
export const creditSources = [
  { code: 'course', 'zh-CN': '培训课程', 'en-US': 'Course' },
  { code: 'degree', 'zh-CN': '社会工作学历教育', 'en-US': 'Social work degree' },
  { code: 'supervision', 'zh-CN': '督导', 'en-US': 'Supervision' },
  { code: 'research', 'zh-CN': '课题研究', 'en-US': 'Research' },
  { code: 'conference', 'zh-CN': '学术会议', 'en-US': 'Conference' },
  { code: 'other', 'zh-CN': '其他', 'en-US': 'Other' },
] as const satisfies readonly EnumEntry[];

export type CreditSource = (typeof creditSources)[number]['code'];

export const creditSourceSchema = z.enum(codesOf(creditSources));
