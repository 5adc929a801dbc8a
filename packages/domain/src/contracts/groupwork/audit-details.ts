import type { GroupWorkStage } from '../../enums/group-work-stages';
import type { LocalizedText } from '../../i18n/language';

/** What the groupwork module's audit events say beyond their action (see contracts/audit-details.ts). */
export interface GroupworkAuditDetailParams {
  /** A group moved on to its next stage (MZ/T 095-2017). */
  group_stage_moved: { stage: GroupWorkStage };
  group_member_joined: { client: string; joinedOn: string };
  group_member_left: { client: string; leftOn: string; reason: string | null };
  activity_participant_added: { client: string };
  activity_participant_removed: { client: string; reason: string };
  /** A session's sheet saved: how many were marked each way. */
  attendance_recorded: { session: string; present: number; absent: number; excused: number };
}

export const groupworkAuditTemplates: Record<keyof GroupworkAuditDetailParams, LocalizedText> = {
  group_stage_moved: { 'zh-CN': '小组进入{stage}', 'en-US': 'The group moved to {stage}' },
  group_member_joined: { 'zh-CN': '组员入组（{joinedOn}）', 'en-US': 'Member joined ({joinedOn})' },
  group_member_left: {
    'zh-CN': '组员退组（{leftOn}）：{reason}',
    'en-US': 'Member left ({leftOn}): {reason}',
  },
  activity_participant_added: { 'zh-CN': '登记活动参与者', 'en-US': 'Participant registered' },
  activity_participant_removed: {
    'zh-CN': '移除活动参与者：{reason}',
    'en-US': 'Participant removed: {reason}',
  },
  attendance_recorded: {
    'zh-CN': '签到：出席 {present}，缺席 {absent}，请假 {excused}',
    'en-US': 'Attendance: {present} present, {absent} absent, {excused} excused',
  },
};

/** The stages the events name. */
export const groupworkAuditWords: Record<GroupWorkStage, LocalizedText> = {
  preparation: { 'zh-CN': '筹备期', 'en-US': 'preparation' },
  formation: { 'zh-CN': '形成期', 'en-US': 'formation' },
  transition: { 'zh-CN': '转折期', 'en-US': 'transition' },
  maturity: { 'zh-CN': '成熟期', 'en-US': 'maturity' },
  termination: { 'zh-CN': '结束期', 'en-US': 'termination' },
};
