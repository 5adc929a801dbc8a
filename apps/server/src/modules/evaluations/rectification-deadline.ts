import { defineDeadlinePolicy } from '../../platform/deadlines/deadline-policy';

/** A 合格 provider submits its rectification plan (整改方案) within 20 working days of the final grade. */
export const rectificationDeadline = defineDeadlinePolicy({
  code: 'evaluations.rectification',
  label: { 'zh-CN': '提交整改方案', 'en-US': 'Submit the rectification plan' },
  description: {
    'zh-CN': '评估定档为合格时开始计时，承接机构提交整改方案时停止；退回后重新计时',
    'en-US': 'Starts when a round is made final as 合格, stops when the provider submits its plan',
  },
  subjectType: 'evaluation_round',
  amount: 20,
  unit: 'working_days',
});
