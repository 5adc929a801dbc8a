import { z } from 'zod';
import { codesOf, type EnumEntry } from './enum-entry';

/** The national registration flow (登记): 待审核 → 初审 → 终审 → 已登记. */
export const registrationStatuses = [
  { code: 'pending', 'zh-CN': '待审核', 'en-US': 'Pending review' },
  { code: 'first_review_passed', 'zh-CN': '初审通过', 'en-US': 'First review passed' },
  { code: 'first_review_failed', 'zh-CN': '初审未通过', 'en-US': 'First review failed' },
  { code: 'final_review_passed', 'zh-CN': '终审通过', 'en-US': 'Final review passed' },
  { code: 'final_review_failed', 'zh-CN': '终审未通过', 'en-US': 'Final review failed' },
  { code: 'registered', 'zh-CN': '已登记', 'en-US': 'Registered' },
] as const satisfies readonly EnumEntry[];

export type RegistrationStatus = (typeof registrationStatuses)[number]['code'];

export const registrationStatusSchema = z.enum(codesOf(registrationStatuses));
