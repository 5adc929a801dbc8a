import { z } from 'zod';
import { addDays, addYears, type CalendarDate } from '../../rules/calendar-dates';
import { addMonths } from '../../rules/registration';

/**
 * What a contract indicator measures (服务产出指标). All but `other` fill from the service
 * records of the provider in the contract's area (个案, 小组, 社区活动); `other` is entered.
 */
export const indicatorMeasures = [
  { code: 'cases_opened', 'zh-CN': '个案（开案数）', 'en-US': 'Cases opened', unit: '个' },
  { code: 'cases_closed', 'zh-CN': '个案（结案数）', 'en-US': 'Cases closed', unit: '个' },
  { code: 'group_sessions', 'zh-CN': '小组（节数）', 'en-US': 'Group sessions', unit: '节' },
  {
    code: 'activity_sessions',
    'zh-CN': '社区活动（场次）',
    'en-US': 'Community activity sessions',
    unit: '场',
  },
  { code: 'person_times', 'zh-CN': '服务人次', 'en-US': 'Person-times', unit: '人次' },
  { code: 'work_hours', 'zh-CN': '服务时数', 'en-US': 'Service hours', unit: '小时' },
  { code: 'other', 'zh-CN': '其他（手工填报）', 'en-US': 'Other (entered)', unit: '' },
] as const;
export type IndicatorMeasure = (typeof indicatorMeasures)[number]['code'];
export const indicatorMeasureSchema = z.enum(
  indicatorMeasures.map((m) => m.code) as [IndicatorMeasure, ...IndicatorMeasure[]],
);

/** The period an indicator's agreed level is for, counted from the start of the term. */
export const indicatorPeriods = [
  { code: 'term', 'zh-CN': '合同期', 'en-US': 'Contract term' },
  { code: 'year', 'zh-CN': '每年', 'en-US': 'A year' },
  { code: 'quarter', 'zh-CN': '每季度', 'en-US': 'A quarter' },
  { code: 'month', 'zh-CN': '每月', 'en-US': 'A month' },
] as const;
export type IndicatorPeriod = (typeof indicatorPeriods)[number]['code'];
export const indicatorPeriodSchema = z.enum(['term', 'year', 'quarter', 'month']);

/** Counts of service records an indicator can be filled from. */
export const serviceOutputCountsSchema = z.object({
  casesOpened: z.number().int(),
  casesClosed: z.number().int(),
  groupSessions: z.number().int(),
  activitySessions: z.number().int(),
  groupPersonTimes: z.number().int(),
  activityPersonTimes: z.number().int(),
  personTimes: z.number().int(),
  /** Case contacts' and sessions' minutes, in hours with one decimal. */
  workHours: z.number(),
});
export type ServiceOutputCounts = z.infer<typeof serviceOutputCountsSchema>;

/** The figure of a measure among the counts; null for one that is entered. */
export function outputOf(counts: ServiceOutputCounts, measure: IndicatorMeasure): number | null {
  switch (measure) {
    case 'cases_opened':
      return counts.casesOpened;
    case 'cases_closed':
      return counts.casesClosed;
    case 'group_sessions':
      return counts.groupSessions;
    case 'activity_sessions':
      return counts.activitySessions;
    case 'person_times':
      return counts.personTimes;
    case 'work_hours':
      return counts.workHours;
    case 'other':
      return null;
  }
}

export interface Period {
  /** `term`, `Y1`, `Y1Q2`, `M03` … counted from the first day. */
  key: string;
  from: CalendarDate;
  to: CalendarDate;
}

/**
 * The periods of `kind` from `from` to `to`, each counted from `from` (a contract's year runs
 * from its first day, not from 1 January); the last one ends at `to`.
 */
export function periodsOf(from: CalendarDate, to: CalendarDate, kind: IndicatorPeriod): Period[] {
  if (kind === 'term') return [{ key: 'term', from, to }];
  const periods: Period[] = [];
  const months = kind === 'year' ? 12 : kind === 'quarter' ? 3 : 1;
  for (let i = 0; periods.length < 600; i++) {
    const start = kind === 'year' ? addYears(from, i) : addMonths(from, i * months);
    if (start > to) break;
    const next = kind === 'year' ? addYears(from, i + 1) : addMonths(from, (i + 1) * months);
    const end = addDays(next, -1) < to ? addDays(next, -1) : to;
    const key =
      kind === 'year'
        ? `Y${i + 1}`
        : kind === 'quarter'
          ? `Y${Math.floor(i / 4) + 1}Q${(i % 4) + 1}`
          : `M${String(i + 1).padStart(2, '0')}`;
    periods.push({ key, from: start, to: end });
  }
  return periods;
}
