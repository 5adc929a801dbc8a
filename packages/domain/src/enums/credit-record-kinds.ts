import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/** Conduct records that bar an organisation from rating while they run (社会组织评估管理办法 2010). */
export const creditRecordKinds = [
  { code: 'penalty', 'zh-CN': '行政处罚', 'en-US': 'Administrative penalty' },
  { code: 'investigation', 'zh-CN': '立案调查', 'en-US': 'Under investigation' },
  { code: 'abnormal_list', 'zh-CN': '活动异常名录', 'en-US': 'Abnormal-activity list' },
  { code: 'dishonesty_list', 'zh-CN': '严重违法失信名单', 'en-US': 'Serious dishonesty list' },
] as const satisfies readonly EnumEntry[];

export type CreditRecordKind = (typeof creditRecordKinds)[number]['code'];

export const creditRecordKindSchema = z.enum(codesOf(creditRecordKinds));
