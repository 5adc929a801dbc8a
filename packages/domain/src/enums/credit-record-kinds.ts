import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/**
 * Conduct records that an officer enters and that bar an organisation from rating while they run
 * (社会组织评估管理办法 2010).
 */
export const enteredCreditRecordKinds = [
  { code: 'penalty', 'zh-CN': '行政处罚', 'en-US': 'Administrative penalty' },
  { code: 'investigation', 'zh-CN': '立案调查', 'en-US': 'Under investigation' },
  { code: 'abnormal_list', 'zh-CN': '活动异常名录', 'en-US': 'Abnormal-activity list' },
  { code: 'dishonesty_list', 'zh-CN': '严重违法失信名单', 'en-US': 'Serious dishonesty list' },
] as const satisfies readonly EnumEntry[];

/**
 * Every credit record, with those the evaluation module writes when a round becomes final: the
 * result, and for 不合格 the bar from the next year's tenders (it runs to the end of that year).
 */
export const creditRecordKinds = [
  ...enteredCreditRecordKinds,
  {
    code: 'evaluation_result',
    'zh-CN': '购买服务项目评估结果',
    'en-US': 'Service evaluation result',
  },
  {
    code: 'evaluation_failed',
    'zh-CN': '评估不合格（限制参与购买服务投标）',
    'en-US': 'Failed evaluation (barred from tenders)',
  },
] as const satisfies readonly EnumEntry[];

export type CreditRecordKind = (typeof creditRecordKinds)[number]['code'];

export const creditRecordKindSchema = z.enum(codesOf(creditRecordKinds));
export const enteredCreditRecordKindSchema = z.enum(codesOf(enteredCreditRecordKinds));
