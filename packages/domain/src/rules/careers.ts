import type { CalendarDate } from './calendar-dates';

export interface EmploymentPeriod {
  startedOn: CalendarDate;
  endedOn: CalendarDate | null;
}

const day = 86_400_000;
const toTime = (date: CalendarDate) => new Date(`${date}T00:00:00Z`).getTime();

/** Years in social work: the union of employment periods up to `asOf` (overlaps count once). */
export function yearsInService(periods: readonly EmploymentPeriod[], asOf: CalendarDate): number {
  const spans = periods
    .map(
      (p) =>
        [
          toTime(p.startedOn),
          toTime(p.endedOn && p.endedOn < asOf ? p.endedOn : asOf) + day,
        ] as const,
    )
    .filter(([from, to]) => to > from)
    .sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [start, end] = [Number.NaN, Number.NaN];
  for (const [from, to] of spans) {
    if (Number.isNaN(start) || from > end) {
      if (!Number.isNaN(start)) total += end - start;
      [start, end] = [from, to];
    } else end = Math.max(end, to);
  }
  if (!Number.isNaN(start)) total += end - start;
  return total / (365.25 * day);
}

/** Whether a period covers `date`. */
export function coversDate(period: EmploymentPeriod, date: CalendarDate): boolean {
  return period.startedOn <= date && (period.endedOn === null || period.endedOn >= date);
}

/**
 * Annual turnover (流失率) as defined in docs/talent.md: people who left during the year divided by
 * the average of the headcounts on 1 January and 31 December.
 */
export function turnover(periods: readonly EmploymentPeriod[], year: number) {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  const startHeadcount = periods.filter((p) => coversDate(p, first)).length;
  const endHeadcount = periods.filter((p) => coversDate(p, last)).length;
  const leavers = periods.filter(
    (p) => p.endedOn !== null && p.endedOn >= first && p.endedOn < last,
  ).length;
  const averageHeadcount = (startHeadcount + endHeadcount) / 2;
  return {
    leavers,
    startHeadcount,
    endHeadcount,
    averageHeadcount,
    rate: averageHeadcount > 0 ? leavers / averageHeadcount : null,
  };
}

/** Age in whole years on `asOf`. */
export function ageOn(birthDate: CalendarDate, asOf: CalendarDate): number {
  const years = Number(asOf.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return asOf.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

export const ageBands = [
  { code: 'under_25', min: 0, max: 24, 'zh-CN': '25岁以下', 'en-US': 'Under 25' },
  { code: '25_29', min: 25, max: 29, 'zh-CN': '25–29岁', 'en-US': '25–29' },
  { code: '30_34', min: 30, max: 34, 'zh-CN': '30–34岁', 'en-US': '30–34' },
  { code: '35_39', min: 35, max: 39, 'zh-CN': '35–39岁', 'en-US': '35–39' },
  { code: '40_49', min: 40, max: 49, 'zh-CN': '40–49岁', 'en-US': '40–49' },
  { code: '50_plus', min: 50, max: 200, 'zh-CN': '50岁及以上', 'en-US': '50 and over' },
] as const;

export const serviceYearBands = [
  { code: 'under_1', min: 0, max: 1, 'zh-CN': '不满1年', 'en-US': 'Under 1 year' },
  { code: '1_3', min: 1, max: 3, 'zh-CN': '1–3年', 'en-US': '1–3 years' },
  { code: '3_5', min: 3, max: 5, 'zh-CN': '3–5年', 'en-US': '3–5 years' },
  { code: '5_10', min: 5, max: 10, 'zh-CN': '5–10年', 'en-US': '5–10 years' },
  { code: '10_plus', min: 10, max: 200, 'zh-CN': '10年及以上', 'en-US': '10 years and over' },
] as const;
