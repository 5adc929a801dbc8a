import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/** A reward grant's way from application to payment. */
export const rewardStatuses = [
  { code: 'applied', 'zh-CN': '已申请', 'en-US': 'Applied' },
  { code: 'approved', 'zh-CN': '已审核', 'en-US': 'Approved' },
  { code: 'rejected', 'zh-CN': '未通过', 'en-US': 'Rejected' },
  { code: 'paid', 'zh-CN': '已发放', 'en-US': 'Paid' },
] as const satisfies readonly EnumEntry[];

export type RewardStatus = (typeof rewardStatuses)[number]['code'];

export const rewardStatusSchema = z.enum(codesOf(rewardStatuses));
