import { z } from 'zod';
import { calendarDateSchema } from '../dates';
import { attendanceStatusSchema, maxSessionMinutes, sessionKindSchema } from './groupwork-enums';

export const durationMinutesSchema = z.number().int().min(1).max(maxSessionMinutes);

const summaryText = z.string().trim().max(2000).nullish();

/** A group's session (节): when, how long, its topic and what was done. */
export const groupSessionInputSchema = z.strictObject({
  heldOn: calendarDateSchema,
  durationMinutes: durationMinutesSchema,
  topic: z.string().trim().min(1).max(100),
  /** What the session did (内容摘要); shown to the organisation's workers only. */
  summary: summaryText,
});
export type GroupSessionInput = z.infer<typeof groupSessionInputSchema>;

/** An activity's session: when, where, how long; a counted activity's number; its volunteers. */
export const activitySessionInputSchema = z.strictObject({
  heldOn: calendarDateSchema,
  place: z.string().trim().min(1).max(100),
  durationMinutes: durationMinutesSchema,
  /** A counted activity: how many took part, and how they were counted (签到表、现场清点…). */
  countedParticipants: z.number().int().min(0).max(100_000).nullish(),
  countNote: z.string().trim().max(200).nullish(),
  /**
   * Volunteers who helped, by name or by number (there is no volunteer registry yet): with names,
   * the count is at least their number.
   */
  volunteerNames: z.array(z.string().trim().min(1).max(20)).max(100).default([]),
  volunteerCount: z.number().int().min(0).max(10_000).nullish(),
  summary: summaryText,
});
export type ActivitySessionInput = z.infer<typeof activitySessionInputSchema>;

/** Changes of a session: any of its fields, with the version read. */
export const updateSessionSchema = z.strictObject({
  heldOn: calendarDateSchema.optional(),
  durationMinutes: durationMinutesSchema.optional(),
  topic: z.string().trim().min(1).max(100).optional(),
  place: z.string().trim().min(1).max(100).optional(),
  summary: summaryText,
  countedParticipants: z.number().int().min(0).max(100_000).nullish(),
  countNote: z.string().trim().max(200).nullish(),
  volunteerNames: z.array(z.string().trim().min(1).max(20)).max(100).optional(),
  volunteerCount: z.number().int().min(0).max(10_000).nullish(),
  version: z.number().int(),
});
export type UpdateSession = z.infer<typeof updateSessionSchema>;

/** A session as lists show it; `summary` only to the organisation that held it. */
export const serviceSessionSchema = z.object({
  id: z.uuid(),
  kind: sessionKindSchema,
  /** 第几节 / 第几场: its place in date order. */
  number: z.number().int(),
  heldOn: z.string(),
  durationMinutes: z.number().int(),
  topic: z.string().nullable(),
  place: z.string().nullable(),
  summary: z.string().nullable(),
  countedParticipants: z.number().int().nullable(),
  countNote: z.string().nullable(),
  volunteerNames: z.array(z.string()),
  volunteerCount: z.number().int(),
  /** 人次: present attendances, or the counted number. */
  personTimes: z.number().int(),
  /** People on the sheet (present, absent or excused). */
  marked: z.number().int(),
  future: z.boolean(),
  version: z.number().int(),
});
export type ServiceSession = z.infer<typeof serviceSessionSchema>;

/** The attendance sheet of one session: who is on it (members or registered participants). */
export const attendanceSheetSchema = z.object({
  session: serviceSessionSchema.extend({
    /** The group's name or the activity's title. */
    title: z.string(),
    groupId: z.uuid().nullable(),
    activityId: z.uuid().nullable(),
    stationName: z.string(),
  }),
  entries: z.array(
    z.object({
      clientId: z.uuid(),
      name: z.string(),
      /** null: not marked yet. */
      status: attendanceStatusSchema.nullable(),
    }),
  ),
});
export type AttendanceSheet = z.infer<typeof attendanceSheetSchema>;

/** One request saves the sheet: a status for each person marked; others stay as they were. */
export const saveAttendanceSchema = z.strictObject({
  entries: z
    .array(z.strictObject({ clientId: z.uuid(), status: attendanceStatusSchema }))
    .min(1)
    .max(500),
});
export type SaveAttendance = z.infer<typeof saveAttendanceSchema>;
