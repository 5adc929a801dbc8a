import { z } from 'zod';
import { codesOf, type EnumEntry } from '../../enums/enum-entry';

/** Whether a person on a session's list came (出席), did not (缺席), or sent word (请假). */
export const attendanceStatuses = [
  { code: 'present', 'zh-CN': '出席', 'en-US': 'Present' },
  { code: 'absent', 'zh-CN': '缺席', 'en-US': 'Absent' },
  { code: 'excused', 'zh-CN': '请假', 'en-US': 'Excused' },
] as const satisfies readonly EnumEntry[];
export type AttendanceStatus = (typeof attendanceStatuses)[number]['code'];
export const attendanceStatusSchema = z.enum(codesOf(attendanceStatuses));

/** Kinds of community activity (社区活动) as stations' ledgers sort them. */
export const activityTypes = [
  { code: 'festival', 'zh-CN': '节日活动', 'en-US': 'Festival' },
  { code: 'talk', 'zh-CN': '讲座培训', 'en-US': 'Talk or workshop' },
  { code: 'advocacy', 'zh-CN': '宣传倡导', 'en-US': 'Advocacy' },
  { code: 'recreation', 'zh-CN': '文体娱乐', 'en-US': 'Recreation and sport' },
  { code: 'convenience', 'zh-CN': '便民服务', 'en-US': 'Convenience services' },
  { code: 'visit', 'zh-CN': '走访慰问', 'en-US': 'Home visits' },
  { code: 'deliberation', 'zh-CN': '居民议事', 'en-US': 'Residents’ meeting' },
  { code: 'volunteering', 'zh-CN': '志愿服务', 'en-US': 'Volunteering' },
  { code: 'other', 'zh-CN': '其他', 'en-US': 'Other' },
] as const satisfies readonly EnumEntry[];
export type ActivityType = (typeof activityTypes)[number]['code'];
export const activityTypeSchema = z.enum(codesOf(activityTypes));

/**
 * How an activity knows who took part: a list of named clients with their attendance (实名), or
 * a number counted on the day with a note of how (计数) — a fair in the square has no list.
 */
export const participationModes = [
  { code: 'named', 'zh-CN': '实名签到', 'en-US': 'Named, with attendance' },
  { code: 'counted', 'zh-CN': '计数', 'en-US': 'Counted' },
] as const satisfies readonly EnumEntry[];
export type ParticipationMode = (typeof participationModes)[number]['code'];
export const participationModeSchema = z.enum(codesOf(participationModes));

/** What a session belongs to. */
export const sessionKinds = [
  { code: 'group', 'zh-CN': '小组', 'en-US': 'Group' },
  { code: 'activity', 'zh-CN': '社区活动', 'en-US': 'Community activity' },
] as const satisfies readonly EnumEntry[];
export type SessionKind = (typeof sessionKinds)[number]['code'];
export const sessionKindSchema = z.enum(codesOf(sessionKinds));

/** A session lasts at most a day (minutes). */
export const maxSessionMinutes = 24 * 60;
