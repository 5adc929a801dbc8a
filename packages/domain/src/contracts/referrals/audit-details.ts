import type { LocalizedText } from '../../i18n/language';

/**
 * What the referrals module's audit events say beyond their action (see contracts/audit-details.ts).
 * What a referral shares and its result are case content: never in the trail.
 */
export interface ReferralAuditDetailParams {
  referral_sent: { receiver: string };
  /** Sent without the client's consent, by a holder of `referrals:override_consent`. */
  referral_consent_overridden: { receiver: string; reason: string };
  referral_accepted: Record<string, never>;
  referral_refused: { reason: string };
  referral_done: Record<string, never>;
  referral_revoked: { reason: string };
  /** 回转: the client handed back to the sender of `referral`. */
  referral_returned: { referral: string };
}

export const referralAuditTemplates: Record<keyof ReferralAuditDetailParams, LocalizedText> = {
  referral_sent: { 'zh-CN': '转介至 {receiver}', 'en-US': 'Referred to {receiver}' },
  referral_consent_overridden: {
    'zh-CN': '未经同意转介至 {receiver}，理由：{reason}',
    'en-US': 'Referred to {receiver} without consent, reason: {reason}',
  },
  referral_accepted: { 'zh-CN': '接收转介', 'en-US': 'Referral accepted' },
  referral_refused: { 'zh-CN': '拒绝转介：{reason}', 'en-US': 'Referral refused: {reason}' },
  referral_done: { 'zh-CN': '反馈转介结果（办结）', 'en-US': 'Result reported back' },
  referral_revoked: { 'zh-CN': '撤回转介：{reason}', 'en-US': 'Referral revoked: {reason}' },
  referral_returned: { 'zh-CN': '回转至原转出方', 'en-US': 'Returned to the sender' },
};
