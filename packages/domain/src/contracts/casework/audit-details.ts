import type { LocalizedText } from '../../i18n/language';

/**
 * What the casework module's audit events say beyond their action (see contracts/audit-details.ts).
 * They name records by id and stages by code, never what a record says: case content stays out of
 * the audit trail.
 */
export interface CaseworkAuditDetailParams {
  case_intake_recorded: { decision: 'accepted' | 'declined' };
  case_stage_opened: { stage: string };
  case_assessment_recorded: { assessment: string; form: string };
  case_goal_added: { goal: string };
  case_task_added: { task: string };
  case_task_marked: { task: string; done: boolean };
  case_contact_recorded: { contact: string };
  case_evaluation_recorded: { evaluation: string };
  case_closure_requested: { closure: string };
  case_closure_approved: { closure: string };
  case_closure_rejected: { closure: string };
  case_reopened: Record<string, never>;
  case_team_changed: Record<string, never>;
  case_referral_event: { kind: 'referral_sent' | 'referral_returned'; referral: string };
  case_setting_changed: { months: number };
}

export const caseworkAuditTemplates: Record<keyof CaseworkAuditDetailParams, LocalizedText> = {
  case_intake_recorded: {
    'zh-CN': '接案记录（{decision}）',
    'en-US': 'Intake recorded ({decision})',
  },
  case_stage_opened: { 'zh-CN': '进入{stage}阶段', 'en-US': 'Stage opened: {stage}' },
  case_assessment_recorded: { 'zh-CN': '记录预估', 'en-US': 'Assessment recorded' },
  case_goal_added: { 'zh-CN': '增加服务目标', 'en-US': 'Goal added' },
  case_task_added: { 'zh-CN': '增加服务任务', 'en-US': 'Task added' },
  case_task_marked: { 'zh-CN': '标记任务完成情况', 'en-US': 'Task marked' },
  case_contact_recorded: { 'zh-CN': '记录服务', 'en-US': 'Contact recorded' },
  case_evaluation_recorded: { 'zh-CN': '记录评估', 'en-US': 'Evaluation recorded' },
  case_closure_requested: { 'zh-CN': '申请结案', 'en-US': 'Closure requested' },
  case_closure_approved: { 'zh-CN': '批准结案', 'en-US': 'Closure approved' },
  case_closure_rejected: { 'zh-CN': '退回结案申请', 'en-US': 'Closure sent back' },
  case_reopened: { 'zh-CN': '重新开案', 'en-US': 'Case reopened' },
  case_team_changed: { 'zh-CN': '调整服务团队', 'en-US': 'Team changed' },
  case_referral_event: { 'zh-CN': '{kind}', 'en-US': '{kind}' },
  case_setting_changed: {
    'zh-CN': '复评周期设为 {months} 个月',
    'en-US': 'Re-assessment every {months} months',
  },
};

/** Codes its parameters name. */
export const caseworkAuditWords: Record<string, LocalizedText> = {
  accepted: { 'zh-CN': '接案', 'en-US': 'taken in' },
  declined: { 'zh-CN': '不予接案', 'en-US': 'not taken' },
  intake: { 'zh-CN': '接案', 'en-US': 'intake' },
  assessment: { 'zh-CN': '预估', 'en-US': 'assessment' },
  planning: { 'zh-CN': '计划', 'en-US': 'planning' },
  intervention: { 'zh-CN': '介入', 'en-US': 'intervention' },
  evaluation: { 'zh-CN': '评估', 'en-US': 'evaluation' },
  closure: { 'zh-CN': '结案', 'en-US': 'closure' },
  referral_sent: { 'zh-CN': '转介发出', 'en-US': 'Referral sent' },
  referral_returned: { 'zh-CN': '转介回转', 'en-US': 'Referral returned' },
};
