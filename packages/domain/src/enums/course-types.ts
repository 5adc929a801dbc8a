import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/** Kinds of continuing-education course (继续教育). */
export const courseTypes = [
  { code: 'general', 'zh-CN': '知识普及', 'en-US': 'General knowledge' },
  { code: 'exam_preparation', 'zh-CN': '考前培训', 'en-US': 'Exam preparation' },
  { code: 'advanced', 'zh-CN': '高级研修', 'en-US': 'Advanced seminar' },
  { code: 'core_staff', 'zh-CN': '骨干培训', 'en-US': 'Core staff training' },
  { code: 'administration', 'zh-CN': '行政能力', 'en-US': 'Administrative capacity' },
  { code: 'other', 'zh-CN': '其他', 'en-US': 'Other' },
] as const satisfies readonly EnumEntry[];

export type CourseType = (typeof courseTypes)[number]['code'];

export const courseTypeSchema = z.enum(codesOf(courseTypes));
