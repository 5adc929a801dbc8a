import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/** Outcomes of the annual inspection (年检). */
export const inspectionResults = [
  { code: 'pass', 'zh-CN': '合格', 'en-US': 'Pass' },
  { code: 'basic_pass', 'zh-CN': '基本合格', 'en-US': 'Basic pass' },
  { code: 'fail', 'zh-CN': '不合格', 'en-US': 'Fail' },
] as const satisfies readonly EnumEntry[];

export type InspectionResult = (typeof inspectionResults)[number]['code'];

export const inspectionResultSchema = z.enum(codesOf(inspectionResults));
