import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/** Evaluation grades of social organisations (社会组织评估等级), 5A the highest. */
export const ratingGrades = [
  { code: '1A', rank: 1, 'zh-CN': '1A级', 'en-US': 'Grade 1A' },
  { code: '2A', rank: 2, 'zh-CN': '2A级', 'en-US': 'Grade 2A' },
  { code: '3A', rank: 3, 'zh-CN': '3A级', 'en-US': 'Grade 3A' },
  { code: '4A', rank: 4, 'zh-CN': '4A级', 'en-US': 'Grade 4A' },
  { code: '5A', rank: 5, 'zh-CN': '5A级', 'en-US': 'Grade 5A' },
] as const satisfies readonly (EnumEntry & { rank: number })[];

export type RatingGrade = (typeof ratingGrades)[number]['code'];

export const ratingGradeSchema = z.enum(codesOf(ratingGrades));
