import { addDays, addYears, type CalendarDate } from './calendar-dates';

/** 终期 falls this many days before the contract ends (深圳 2021: one month). */
export const finalLeadDays = 30;

const dayNumber = (date: CalendarDate) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** When a contract's rounds are due: 中期 at the middle of the term, 终期 a month before its end. */
export function roundDueDates(termStart: CalendarDate, termEnd: CalendarDate) {
  const days = dayNumber(termEnd) - dayNumber(termStart);
  const final = addDays(termEnd, -finalLeadDays);
  return {
    midterm: addDays(termStart, Math.floor(days / 2)),
    final: final < termStart ? termEnd : final,
  };
}

/** A project "running a year or more" (实施周期一年以上): the spot check's population. */
export const runsAYearOrMore = (termStart: CalendarDate, termEnd: CalendarDate) =>
  addYears(termStart, 1) <= addDays(termEnd, 1);
