import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/** Stages of group work (小组工作, MZ/T 095-2017), in order. */
export const groupWorkStages = [
  { code: 'preparation', 'zh-CN': '筹备期', 'en-US': 'Preparation' },
  { code: 'formation', 'zh-CN': '形成期', 'en-US': 'Formation' },
  { code: 'transition', 'zh-CN': '转折期', 'en-US': 'Transition' },
  { code: 'maturity', 'zh-CN': '成熟期', 'en-US': 'Maturity' },
  { code: 'termination', 'zh-CN': '结束期', 'en-US': 'Termination' },
] as const satisfies readonly EnumEntry[];

export type GroupWorkStage = (typeof groupWorkStages)[number]['code'];

export const groupWorkStageSchema = z.enum(codesOf(groupWorkStages));
