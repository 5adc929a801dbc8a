import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/** Stages of case work (个案工作, MZ/T 094-2017), in order. */
export const caseWorkStages = [
  { code: 'intake', 'zh-CN': '接案', 'en-US': 'Intake' },
  { code: 'assessment', 'zh-CN': '预估', 'en-US': 'Assessment' },
  { code: 'planning', 'zh-CN': '计划', 'en-US': 'Planning' },
  { code: 'intervention', 'zh-CN': '介入', 'en-US': 'Intervention' },
  { code: 'evaluation', 'zh-CN': '评估', 'en-US': 'Evaluation' },
  { code: 'closure', 'zh-CN': '结案', 'en-US': 'Closure' },
] as const satisfies readonly EnumEntry[];

export type CaseWorkStage = (typeof caseWorkStages)[number]['code'];

export const caseWorkStageSchema = z.enum(codesOf(caseWorkStages));
