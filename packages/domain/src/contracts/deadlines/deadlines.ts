import { z } from 'zod';
import { codesOf, type EnumEntry } from '../../enums/enum-entry';
import { calendarDateSchema } from '../dates';

/** How a deadline's time allowed is measured. */
export const deadlineUnits = [
  { code: 'working_days', 'zh-CN': '个工作日', 'en-US': 'working days' },
  { code: 'working_hours', 'zh-CN': '个工作小时', 'en-US': 'working hours' },
  { code: 'calendar_days', 'zh-CN': '个自然日', 'en-US': 'calendar days' },
  { code: 'calendar_hours', 'zh-CN': '小时', 'en-US': 'hours' },
] as const satisfies readonly EnumEntry[];
export type DeadlineUnit = (typeof deadlineUnits)[number]['code'];
export const deadlineUnitSchema = z.enum(codesOf(deadlineUnits));

/**
 * Where a deadline stands, as read now: a running deadline past its due time reads `missed`
 * before anyone settles it; `cancelled` is one that no longer applies (a withdrawn referral).
 */
export const deadlineStates = [
  { code: 'running', 'zh-CN': '计时中', 'en-US': 'Running' },
  { code: 'paused', 'zh-CN': '已暂停', 'en-US': 'Paused' },
  { code: 'met', 'zh-CN': '按时完成', 'en-US': 'Met' },
  { code: 'missed', 'zh-CN': '已逾期', 'en-US': 'Missed' },
  { code: 'cancelled', 'zh-CN': '已取消', 'en-US': 'Cancelled' },
] as const satisfies readonly EnumEntry[];
export type DeadlineState = (typeof deadlineStates)[number]['code'];
export const deadlineStateSchema = z.enum(codesOf(deadlineStates));

/** The time allowed: a whole number of the policy's unit. */
export const deadlineAmountSchema = z
  .number({ error: 'deadline.amount' })
  .int({ error: 'deadline.amount' })
  .min(1, { error: 'deadline.amount' })
  .max(999, { error: 'deadline.amount' });

/** One deadline on a record, as modules show it. */
export const deadlineSchema = z.object({
  id: z.string(),
  policyCode: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  amount: z.number().int(),
  unit: deadlineUnitSchema,
  startedAt: z.string(),
  dueAt: z.string(),
  pausedAt: z.string().nullable(),
  state: deadlineStateSchema,
  /** Not settled and past its due time (the clock stopped past it, for a paused one). */
  overdue: z.boolean(),
  settledAt: z.string().nullable(),
});
export type DeadlineView = z.infer<typeof deadlineSchema>;

// The working calendar (工作日历): holidays and make-up working days (调休上班日) by date.

export const calendarDayKinds = [
  { code: 'holiday', 'zh-CN': '放假', 'en-US': 'Holiday' },
  { code: 'workday', 'zh-CN': '调休上班', 'en-US': 'Make-up working day' },
] as const satisfies readonly EnumEntry[];
export type CalendarDayKind = (typeof calendarDayKinds)[number]['code'];
export const calendarDayKindSchema = z.enum(codesOf(calendarDayKinds), {
  error: 'deadline.dayKind',
});

export const calendarDaySchema = z.object({
  date: z.string(),
  kind: calendarDayKindSchema,
  name: z.string(),
});
export type CalendarDay = z.infer<typeof calendarDaySchema>;

export const calendarYearQuerySchema = z.object({
  year: z.coerce
    .number({ error: 'deadline.year' })
    .int({ error: 'deadline.year' })
    .min(2000, { error: 'deadline.year' })
    .max(2100, { error: 'deadline.year' }),
});

export const calendarYearSchema = z.object({
  year: z.number().int(),
  /** The days that differ from the weekend rule, in date order; none: only weekends are off. */
  days: z.array(calendarDaySchema),
});
export type CalendarYear = z.infer<typeof calendarYearSchema>;

export const calendarDayParamsSchema = z.object({ date: calendarDateSchema });

export const setCalendarDaySchema = z
  .object({
    kind: calendarDayKindSchema,
    name: z
      .string({ error: 'deadline.dayName' })
      .trim()
      .min(1, { error: 'deadline.dayName' })
      .max(40, { error: 'deadline.dayName' }),
  })
  .strict();
export type SetCalendarDay = z.infer<typeof setCalendarDaySchema>;

// Deadline policies: declared by the modules in code, their amounts set by an administrator.

export const deadlinePolicySchema = z.object({
  code: z.string(),
  label: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }),
  /** When the clock starts and stops, in words. */
  description: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }).nullable(),
  subjectType: z.string(),
  unit: deadlineUnitSchema,
  /** As declared in code. */
  defaultAmount: z.number().int(),
  /** In force: the administrator's if set, else the default. */
  amount: z.number().int(),
  overridden: z.boolean(),
  updatedAt: z.string().nullable(),
  /** 0 while no administrator has set it. */
  version: z.number().int(),
});
export type DeadlinePolicyView = z.infer<typeof deadlinePolicySchema>;

export const deadlinePolicyListSchema = z.object({ items: z.array(deadlinePolicySchema) });

export const deadlinePolicyParamsSchema = z.object({ policyCode: z.string().max(64) });

const versionSchema = z
  .number({ error: 'deadline.version' })
  .int({ error: 'deadline.version' })
  .min(0, { error: 'deadline.version' });

export const setDeadlinePolicySchema = z
  .object({ amount: deadlineAmountSchema, version: versionSchema })
  .strict();
export type SetDeadlinePolicy = z.infer<typeof setDeadlinePolicySchema>;

export const resetDeadlinePolicyQuerySchema = z.object({
  version: z.coerce
    .number({ error: 'deadline.version' })
    .int({ error: 'deadline.version' })
    .min(1, { error: 'deadline.version' }),
});
