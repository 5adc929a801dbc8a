import { z } from 'zod';
import { codesOf, type EnumEntry } from '../../enums/enum-entry';

/** Where a case stands as a whole; its stage (caseWorkStages) says how far the work has come. */
export const caseStatuses = [
  { code: 'open', 'zh-CN': '服务中', 'en-US': 'Open' },
  { code: 'closure_requested', 'zh-CN': '结案待审批', 'en-US': 'Closure awaiting approval' },
  { code: 'closed', 'zh-CN': '已结案', 'en-US': 'Closed' },
  { code: 'not_taken', 'zh-CN': '不予接案', 'en-US': 'Not taken' },
] as const satisfies readonly EnumEntry[];
export type CaseStatus = (typeof caseStatuses)[number]['code'];
export const caseStatusSchema = z.enum(codesOf(caseStatuses));

/** How the case came to the station (接案来源). */
export const intakeSources = [
  { code: 'self', 'zh-CN': '主动求助', 'en-US': 'Asked for help' },
  { code: 'outreach', 'zh-CN': '外展发现', 'en-US': 'Found by outreach' },
  { code: 'community', 'zh-CN': '村（居）委会推荐', 'en-US': 'Village or community committee' },
  { code: 'government', 'zh-CN': '政府部门转介', 'en-US': 'Referred by a government department' },
  { code: 'organisation', 'zh-CN': '其他机构转介', 'en-US': 'Referred by another organisation' },
  { code: 'other', 'zh-CN': '其他', 'en-US': 'Other' },
] as const satisfies readonly EnumEntry[];
export type IntakeSource = (typeof intakeSources)[number]['code'];
export const intakeSourceSchema = z.enum(codesOf(intakeSources));

/** What became of a request not taken (不接案): referred elsewhere, or filed. */
export const declineDispositions = [
  { code: 'referred', 'zh-CN': '转介', 'en-US': 'Referred elsewhere' },
  { code: 'archived', 'zh-CN': '存档', 'en-US': 'Filed' },
] as const satisfies readonly EnumEntry[];
export type DeclineDisposition = (typeof declineDispositions)[number]['code'];
export const declineDispositionSchema = z.enum(codesOf(declineDispositions));

/** How a contact was had (服务方式). */
export const contactMedia = [
  { code: 'in_person', 'zh-CN': '面谈', 'en-US': 'In person' },
  { code: 'phone', 'zh-CN': '电话', 'en-US': 'Phone' },
  { code: 'video', 'zh-CN': '视频', 'en-US': 'Video' },
  { code: 'home_visit', 'zh-CN': '家访', 'en-US': 'Home visit' },
  { code: 'letter', 'zh-CN': '书信', 'en-US': 'Letter' },
  { code: 'other', 'zh-CN': '其他', 'en-US': 'Other' },
] as const satisfies readonly EnumEntry[];
export type ContactMedium = (typeof contactMedia)[number]['code'];
export const contactMediumSchema = z.enum(codesOf(contactMedia));

/** The longest contact one record may hold: a day. */
export const maxContactMinutes = 24 * 60;

/** Why a case ends (结案原因), coded so that they can be counted. */
export const closureReasons = [
  { code: 'goals_achieved', 'zh-CN': '服务目标达成', 'en-US': 'Goals achieved' },
  { code: 'client_request', 'zh-CN': '服务对象要求结案', 'en-US': 'The client asked to close' },
  { code: 'moved_away', 'zh-CN': '迁出服务区域', 'en-US': 'Moved outside the service area' },
  {
    code: 'referred_on',
    'zh-CN': '已转介其他机构',
    'en-US': 'Transferred to another organisation',
  },
  {
    code: 'no_longer_eligible',
    'zh-CN': '不再符合服务条件',
    'en-US': 'No longer meets the criteria',
  },
  { code: 'lost_contact', 'zh-CN': '失去联系', 'en-US': 'Lost contact' },
  { code: 'deceased', 'zh-CN': '服务对象离世', 'en-US': 'The client died' },
  { code: 'other', 'zh-CN': '其他', 'en-US': 'Other' },
] as const satisfies readonly EnumEntry[];
export type ClosureReason = (typeof closureReasons)[number]['code'];
export const closureReasonSchema = z.enum(codesOf(closureReasons));

/** How far a goal of the plan was reached (评估). */
export const goalAchievements = [
  { code: 'achieved', 'zh-CN': '已达成', 'en-US': 'Achieved' },
  { code: 'partly', 'zh-CN': '部分达成', 'en-US': 'Partly achieved' },
  { code: 'not_achieved', 'zh-CN': '未达成', 'en-US': 'Not achieved' },
] as const satisfies readonly EnumEntry[];
export type GoalAchievement = (typeof goalAchievements)[number]['code'];
export const goalAchievementSchema = z.enum(codesOf(goalAchievements));

/** A closure request's answer by the case's supervisor. */
export const closureDecisions = [
  { code: 'pending', 'zh-CN': '待审批', 'en-US': 'Pending' },
  { code: 'approved', 'zh-CN': '已批准', 'en-US': 'Approved' },
  { code: 'rejected', 'zh-CN': '退回', 'en-US': 'Sent back' },
] as const satisfies readonly EnumEntry[];
export type ClosureDecision = (typeof closureDecisions)[number]['code'];
export const closureDecisionSchema = z.enum(codesOf(closureDecisions));

/** What the case timeline records: every move of the case, who made it and when. */
export const caseEventKinds = [
  { code: 'opened', 'zh-CN': '开案', 'en-US': 'Case opened' },
  { code: 'intake_accepted', 'zh-CN': '接案', 'en-US': 'Taken in' },
  { code: 'intake_declined', 'zh-CN': '不予接案', 'en-US': 'Not taken' },
  { code: 'stage_opened', 'zh-CN': '进入阶段', 'en-US': 'Stage opened' },
  { code: 'closure_requested', 'zh-CN': '申请结案', 'en-US': 'Closure requested' },
  { code: 'closure_approved', 'zh-CN': '督导批准结案', 'en-US': 'Closure approved' },
  { code: 'closure_rejected', 'zh-CN': '督导退回结案申请', 'en-US': 'Closure sent back' },
  { code: 'reopened', 'zh-CN': '重新开案', 'en-US': 'Reopened' },
  { code: 'team_changed', 'zh-CN': '调整服务团队', 'en-US': 'Team changed' },
  { code: 'referral_sent', 'zh-CN': '转介发出', 'en-US': 'Referral sent' },
  { code: 'referral_returned', 'zh-CN': '转介回转', 'en-US': 'Referral returned' },
] as const satisfies readonly EnumEntry[];
export type CaseEventKind = (typeof caseEventKinds)[number]['code'];
export const caseEventKindSchema = z.enum(codesOf(caseEventKinds));

/** The re-assessment interval when no region sets one (OSCaR: every 6 months). */
export const defaultReassessmentMonths = 6;
