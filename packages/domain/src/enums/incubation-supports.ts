import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/** Support an incubation base gives its residents (Chongqing 三免一优先). */
export const incubationSupports = [
  { code: 'office', 'zh-CN': '免费办公场地', 'en-US': 'Free office space' },
  { code: 'one_stop', 'zh-CN': '免费一站式服务', 'en-US': 'Free one-stop service' },
  { code: 'fee_waiver', 'zh-CN': '免水电等费用', 'en-US': 'Utilities waived' },
  { code: 'project_priority', 'zh-CN': '优先承接项目', 'en-US': 'Priority for projects' },
  { code: 'training', 'zh-CN': '能力建设培训', 'en-US': 'Capacity-building training' },
] as const satisfies readonly EnumEntry[];

export type IncubationSupport = (typeof incubationSupports)[number]['code'];

export const incubationSupportSchema = z.enum(codesOf(incubationSupports));
