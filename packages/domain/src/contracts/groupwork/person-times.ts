import { z } from 'zod';
import { regionCodeSchema } from '../../zod/identifier-schemas';
import { sessionKindSchema } from './groupwork-enums';
import { placedFields } from './placed';

/** A calendar month written `YYYY-MM`. */
export const calendarMonthSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month.invalid');

const period = { from: calendarMonthSchema, to: calendarMonthSchema };

/** Months `from`…`to` in order, at most three years. */
function inMonthRange<T extends z.ZodType<{ from: string; to: string }>>(schema: T) {
  return schema
    .refine((q) => q.from <= q.to, { path: ['to'], message: 'month.order' })
    .refine((q) => monthsBetween(q.from, q.to) <= 36, { path: ['to'], message: 'month.range' });
}

/** 人次 by station, organisation and month, over months `from`…`to`. */
export const personTimesQuerySchema = inMonthRange(
  z.strictObject({
    ...period,
    region: regionCodeSchema.optional(),
    stationId: z.uuid().optional(),
  }),
);
export type PersonTimesQuery = z.infer<typeof personTimesQuerySchema>;

/** 人次 of a region's divisions one level down, by month (the region itself when it has none). */
export const personTimesByDivisionQuerySchema = inMonthRange(
  z.strictObject({ ...period, region: regionCodeSchema.optional() }),
);
export type PersonTimesByDivisionQuery = z.infer<typeof personTimesByDivisionQuerySchema>;

/** Months from `from` to `to`, both counted. */
export function monthsBetween(from: string, to: string): number {
  const index = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  return index(to) - index(from) + 1;
}

const personTimesFigures = {
  groupSessions: z.number().int(),
  activitySessions: z.number().int(),
  groupPersonTimes: z.number().int(),
  activityPersonTimes: z.number().int(),
  personTimes: z.number().int(),
};

export const personTimesRowSchema = z.object({
  ...placedFields,
  month: z.string(),
  ...personTimesFigures,
});
export type PersonTimesRow = z.infer<typeof personTimesRowSchema>;

export const personTimesReportSchema = z.object({
  rows: z.array(personTimesRowSchema),
  total: z.number().int(),
});
export type PersonTimesReport = z.infer<typeof personTimesReportSchema>;

export const stationMonthQuerySchema = z.strictObject({
  stationId: z.uuid(),
  month: calendarMonthSchema,
});
export type StationMonthQuery = z.infer<typeof stationMonthQuerySchema>;

/** A station's month: its sessions with their person-times, by group or activity and by day. */
export const stationMonthSchema = z.object({
  stationId: z.uuid(),
  stationName: z.string(),
  regionName: z.string(),
  month: z.string(),
  personTimes: z.number().int(),
  groupPersonTimes: z.number().int(),
  activityPersonTimes: z.number().int(),
  sessions: z.array(
    z.object({
      id: z.uuid(),
      kind: sessionKindSchema,
      /** The group's or the activity's id and name. */
      recordId: z.uuid(),
      title: z.string(),
      organisationName: z.string(),
      heldOn: z.string(),
      durationMinutes: z.number().int(),
      personTimes: z.number().int(),
      volunteerCount: z.number().int(),
    }),
  ),
});
export type StationMonth = z.infer<typeof stationMonthSchema>;

/** The 服务台账 of a station and month. */
export const serviceLedgerQuerySchema = stationMonthQuerySchema;

export const personTimesByDivisionSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  rows: z.array(
    z.object({
      regionCode: z.string(),
      regionName: z.string(),
      month: z.string(),
      ...personTimesFigures,
    }),
  ),
  total: z.number().int(),
});
export type PersonTimesByDivision = z.infer<typeof personTimesByDivisionSchema>;
