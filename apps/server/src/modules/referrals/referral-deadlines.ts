import { defineDeadlinePolicy } from '../../platform/deadlines/deadline-policy';

/** The receiver answers (accepts or refuses) within 3 working days of the referral being sent. */
export const answerDeadline = defineDeadlinePolicy({
  code: 'referrals.answer',
  label: { 'zh-CN': '答复转介', 'en-US': 'Answer a referral' },
  description: {
    'zh-CN': '转介发出时开始计时，接收方接收或拒绝时停止；撤回则取消',
    'en-US': 'Starts when the referral is sent, stops when it is accepted or refused',
  },
  subjectType: 'referral',
  amount: 3,
  unit: 'working_days',
});

/** The receiver reports the result back within 30 calendar days of accepting. */
export const reportDeadline = defineDeadlinePolicy({
  code: 'referrals.report',
  label: { 'zh-CN': '反馈转介结果', 'en-US': 'Report a referral’s result' },
  description: {
    'zh-CN': '接收转介时开始计时，接收方反馈服务结果（办结）时停止；撤回则取消',
    'en-US': 'Starts when the referral is accepted, stops when its result is reported back',
  },
  subjectType: 'referral',
  amount: 30,
  unit: 'calendar_days',
});

export const referralDeadlines = [answerDeadline, reportDeadline];
