import type { CalendarDate, CalendarDayKind, DeadlineUnit } from '@shegong/domain';

export type { CalendarDayKind, DeadlineUnit };

/**
 * The working calendar (工作日历), pure: which days are worked, and time counted on worked days
 * only. Saturdays and Sundays are off unless a day says otherwise; holidays (法定节假日) and
 * make-up working days (调休上班日: a Saturday or Sunday that is worked) are data — the State
 * Council publishes them each November — given as `CalendarDayEntry` rows.
 *
 * Time is Asia/Shanghai. China has kept UTC+8 all year since 1991 (no summer time), so a local
 * day is a fixed 24-hour span: 2026-02-14 runs from 2026-02-13T16:00Z to 2026-02-14T16:00Z.
 * A working day counts whole, 00:00 to 24:00 local: office hours are not modelled, so a
 * "working hour" is an hour that falls on a working day.
 */

export interface CalendarDayEntry {
  readonly date: CalendarDate;
  readonly kind: CalendarDayKind;
}

export interface WorkingCalendar {
  /** Whether the local day `day` (days since 1970-01-01 in Shanghai) is worked. */
  readonly worksOn: (day: number) => boolean;
}

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;
const shanghaiOffsetMs = 8 * hourMs;
/** Longer than any stretch of days off a calendar can hold: a guard against a calendar of none. */
const maxDaysSearched = 3_660;

/** Saturday and Sunday, as `Date#getUTCDay` numbers them. */
export const defaultWeekend: readonly number[] = [6, 0];

/** A calendar from its exceptional days; days it does not name follow the weekend rule. */
export function workingCalendar(
  entries: Iterable<CalendarDayEntry>,
  weekend: readonly number[] = defaultWeekend,
): WorkingCalendar {
  const kinds = new Map<number, CalendarDayKind>();
  for (const entry of entries) kinds.set(dayNumberOf(entry.date), entry.kind);
  const offDays = new Set(weekend);
  return {
    worksOn: (day) => {
      const kind = kinds.get(day);
      if (kind) return kind === 'workday';
      return !offDays.has(weekdayOf(day));
    },
  };
}

// Local days as numbers: day 0 is 1970-01-01 in Shanghai.

function dayNumberOf(date: CalendarDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / dayMs);
}

function dateOfDayNumber(day: number): CalendarDate {
  return new Date(day * dayMs).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday; 1970-01-01 was a Thursday. */
function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

function localDayOf(instant: Date): number {
  return Math.floor((instant.getTime() + shanghaiOffsetMs) / dayMs);
}

function startOfLocalDay(day: number): number {
  return day * dayMs - shanghaiOffsetMs;
}

/** The date in Shanghai of an instant: 2026-01-31T16:00Z is already 2026-02-01. */
export function shanghaiDateOf(instant: Date): CalendarDate {
  return dateOfDayNumber(localDayOf(instant));
}

/** The instant a Shanghai day begins (00:00 local). */
export function startOfShanghaiDay(date: CalendarDate): Date {
  return new Date(startOfLocalDay(dayNumberOf(date)));
}

/** The instant a Shanghai day ends (24:00 local, the next day's 00:00). */
export function endOfShanghaiDay(date: CalendarDate): Date {
  return new Date(startOfLocalDay(dayNumberOf(date) + 1));
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfDate(date: CalendarDate): number {
  return weekdayOf(dayNumberOf(date));
}

export function isWorkingDay(calendar: WorkingCalendar, date: CalendarDate): boolean {
  return calendar.worksOn(dayNumberOf(date));
}

function nextWorkingDayFrom(calendar: WorkingCalendar, day: number): number {
  for (let d = day, searched = 0; searched < maxDaysSearched; d += 1, searched += 1) {
    if (calendar.worksOn(d)) return d;
  }
  throw new Error(`no working day within ${maxDaysSearched} days of ${dateOfDayNumber(day)}`);
}

/** The working day on or after `date`. */
export function workingDayOnOrAfter(calendar: WorkingCalendar, date: CalendarDate): CalendarDate {
  return dateOfDayNumber(nextWorkingDayFrom(calendar, dayNumberOf(date)));
}

/**
 * The `days`-th working day after `date`, the day itself not counted (民法典 第201条: a period
 * counted in days starts the next day). `days` = 0: the day itself if worked, else the next
 * working day.
 */
export function addWorkingDays(
  calendar: WorkingCalendar,
  date: CalendarDate,
  days: number,
): CalendarDate {
  assertCount(days);
  let day = dayNumberOf(date);
  if (days === 0) return dateOfDayNumber(nextWorkingDayFrom(calendar, day));
  for (let left = days; left > 0; left -= 1) day = nextWorkingDayFrom(calendar, day + 1);
  return dateOfDayNumber(day);
}

/** Working days from `from` to `to`, both included; 0 when `to` is before `from`. */
export function countWorkingDays(
  calendar: WorkingCalendar,
  from: CalendarDate,
  to: CalendarDate,
): number {
  let count = 0;
  for (let day = dayNumberOf(from), last = dayNumberOf(to); day <= last; day += 1) {
    if (calendar.worksOn(day)) count += 1;
  }
  return count;
}

/**
 * The instant reached by counting `ms` of working time from `from`: time on days off does not
 * count. Landing exactly on the end of a working day gives that end (24:00), not the next
 * working day's start.
 */
export function addWorkingTime(calendar: WorkingCalendar, from: Date, ms: number): Date {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`working time must be ≥ 0: ${ms}`);
  let cursor = from.getTime();
  let left = ms;
  let offDays = 0;
  while (left > 0) {
    const day = localDayOf(new Date(cursor));
    const dayEnd = startOfLocalDay(day + 1);
    if (calendar.worksOn(day)) {
      offDays = 0;
      if (left <= dayEnd - cursor) return new Date(cursor + left);
      left -= dayEnd - cursor;
    } else if ((offDays += 1) > maxDaysSearched) {
      throw new Error(`no working day within ${maxDaysSearched} days of ${from.toISOString()}`);
    }
    cursor = dayEnd;
  }
  return new Date(cursor);
}

/** Working time between two instants, in ms; 0 when `to` is not after `from`. */
export function workingTimeBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  const end = to.getTime();
  let cursor = from.getTime();
  let total = 0;
  while (cursor < end) {
    const day = localDayOf(new Date(cursor));
    const dayEnd = Math.min(startOfLocalDay(day + 1), end);
    if (calendar.worksOn(day)) total += dayEnd - cursor;
    cursor = dayEnd;
  }
  return total;
}

/**
 * When a deadline of `amount` `unit`s started at `start` falls due:
 * - working days: the end (24:00) of the `amount`-th working day after the start's day;
 * - working hours: `amount` hours of working time from the start;
 * - calendar days: the end of the `amount`-th day after the start's day;
 * - calendar hours: `amount` hours after the start.
 */
export function dueAfter(
  calendar: WorkingCalendar,
  start: Date,
  amount: number,
  unit: DeadlineUnit,
): Date {
  assertCount(amount);
  const startDay = localDayOf(start);
  switch (unit) {
    case 'working_days':
      return endOfShanghaiDay(addWorkingDays(calendar, dateOfDayNumber(startDay), amount));
    case 'working_hours':
      return addWorkingTime(calendar, start, amount * hourMs);
    case 'calendar_days':
      return new Date(startOfLocalDay(startDay + amount + 1));
    case 'calendar_hours':
      return new Date(start.getTime() + amount * hourMs);
  }
}

/** Whether a unit counts working time only (the clock stops on days off). */
export function countsWorkingTime(unit: DeadlineUnit): boolean {
  return unit === 'working_days' || unit === 'working_hours';
}

/**
 * The time a pause from `from` to `to` held the clock, in the unit's own kind of time: working
 * time for working units, all of it for calendar units.
 */
export function pausedTime(
  calendar: WorkingCalendar,
  from: Date,
  to: Date,
  unit: DeadlineUnit,
): number {
  if (countsWorkingTime(unit)) return workingTimeBetween(calendar, from, to);
  return Math.max(0, to.getTime() - from.getTime());
}

/** A due time moved on by time the clock was held, counted the way the unit counts. */
export function postponedBy(
  calendar: WorkingCalendar,
  due: Date,
  held: number,
  unit: DeadlineUnit,
): Date {
  if (countsWorkingTime(unit)) return addWorkingTime(calendar, due, held);
  return new Date(due.getTime() + held);
}

function assertCount(n: number) {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`a count must be an integer ≥ 0: ${n}`);
}
