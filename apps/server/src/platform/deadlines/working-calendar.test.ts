import { addDays } from '@shegong/domain';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  addWorkingTime,
  countWorkingDays,
  dueAfter,
  endOfShanghaiDay,
  isWorkingDay,
  pausedTime,
  postponedBy,
  shanghaiDateOf,
  startOfShanghaiDay,
  weekdayOfDate,
  workingCalendar,
  workingDayOnOrAfter,
  workingTimeBetween,
  type CalendarDayEntry,
} from './working-calendar';

const hour = 3_600_000;

function holidays(from: string, to: string): CalendarDayEntry[] {
  const days: CalendarDayEntry[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) days.push({ date, kind: 'holiday' });
  return days;
}
const workday = (date: string): CalendarDayEntry => ({ date, kind: 'workday' });

/** Parts of the State Council's 2025 and 2026 arrangements (国务院办公厅通知). */
const calendar = workingCalendar([
  ...holidays('2025-01-28', '2025-02-04'), // 春节
  workday('2025-01-26'),
  workday('2025-02-08'),
  ...holidays('2025-10-01', '2025-10-08'), // 国庆节、中秋节
  workday('2025-09-28'),
  workday('2025-10-11'),
  ...holidays('2026-01-01', '2026-01-03'), // 元旦
  workday('2026-01-04'),
  ...holidays('2026-02-15', '2026-02-23'), // 春节
  workday('2026-02-14'),
  workday('2026-02-28'),
  ...holidays('2026-05-01', '2026-05-05'), // 劳动节
  workday('2026-05-09'),
  ...holidays('2026-10-01', '2026-10-07'), // 国庆节
  workday('2026-09-20'),
  workday('2026-10-10'),
]);
const weekendsOnly = workingCalendar([]);

/** An instant given as Shanghai wall-clock time. */
const local = (dateTime: string) => new Date(`${dateTime}+08:00`);

describe('Shanghai days', () => {
  it('turns the date at 16:00 UTC, across month and year ends and 29 February', () => {
    expect(shanghaiDateOf(new Date('2026-01-31T15:59:59.999Z'))).toBe('2026-01-31');
    expect(shanghaiDateOf(new Date('2026-01-31T16:00:00.000Z'))).toBe('2026-02-01');
    expect(shanghaiDateOf(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01');
    expect(shanghaiDateOf(new Date('2028-02-28T16:00:00Z'))).toBe('2028-02-29');
    expect(shanghaiDateOf(new Date('2028-02-29T16:00:00Z'))).toBe('2028-03-01');
  });

  it('starts and ends a day at local midnight', () => {
    expect(startOfShanghaiDay('2026-03-01').toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(endOfShanghaiDay('2026-02-28').toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(endOfShanghaiDay('2026-12-31').toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(weekdayOfDate('2026-02-14')).toBe(6);
    expect(weekdayOfDate('2026-01-04')).toBe(0);
    expect(weekdayOfDate('1969-12-31')).toBe(3);
  });
});

describe('which days are worked', () => {
  it('takes weekends off, holidays off and make-up Saturdays and Sundays on', () => {
    expect(isWorkingDay(calendar, '2026-03-02')).toBe(true); // a Monday
    expect(isWorkingDay(calendar, '2026-03-07')).toBe(false); // a Saturday
    expect(isWorkingDay(calendar, '2026-02-16')).toBe(false); // 春节, a Monday
    expect(isWorkingDay(calendar, '2026-02-14')).toBe(true); // 春节调休, a Saturday
    expect(isWorkingDay(calendar, '2026-01-04')).toBe(true); // 元旦调休, a Sunday
    expect(isWorkingDay(calendar, '2025-10-08')).toBe(false); // 国庆节、中秋节, a Wednesday
    expect(isWorkingDay(weekendsOnly, '2026-02-16')).toBe(true);
  });

  it('can take another weekend', () => {
    const sundaysOff = workingCalendar([], [0]);
    expect(isWorkingDay(sundaysOff, '2026-03-07')).toBe(true);
    expect(isWorkingDay(sundaysOff, '2026-03-08')).toBe(false);
  });

  it('counts the working days of February 2026: 20 weekdays − 6 days of 春节 + 2 Saturdays', () => {
    expect(countWorkingDays(calendar, '2026-02-01', '2026-02-28')).toBe(16);
    expect(countWorkingDays(weekendsOnly, '2026-02-01', '2026-02-28')).toBe(20);
    expect(countWorkingDays(calendar, '2026-02-28', '2026-02-01')).toBe(0);
  });

  it('finds the working day on or after a date', () => {
    expect(workingDayOnOrAfter(calendar, '2026-02-15')).toBe('2026-02-24');
    expect(workingDayOnOrAfter(calendar, '2026-02-24')).toBe('2026-02-24');
  });

  it('refuses to search for ever in a calendar without working days', () => {
    const never = workingCalendar([], [0, 1, 2, 3, 4, 5, 6]);
    expect(() => addWorkingDays(never, '2026-01-01', 1)).toThrow(/no working day/);
    expect(() => addWorkingTime(never, local('2026-01-01T00:00'), hour)).toThrow(/no working day/);
  });
});

describe('adding working days', () => {
  it('starts counting the next day and skips weekends', () => {
    expect(addWorkingDays(calendar, '2026-03-06', 1)).toBe('2026-03-09'); // Fri → Mon
    expect(addWorkingDays(calendar, '2026-03-02', 5)).toBe('2026-03-09');
    expect(addWorkingDays(calendar, '2026-03-07', 1)).toBe('2026-03-09'); // Sat → Mon
  });

  it('counts a make-up Saturday and skips the holiday', () => {
    expect(addWorkingDays(calendar, '2026-02-13', 1)).toBe('2026-02-14');
    expect(addWorkingDays(calendar, '2026-02-13', 2)).toBe('2026-02-24');
    expect(addWorkingDays(calendar, '2026-09-30', 1)).toBe('2026-10-08');
    expect(addWorkingDays(calendar, '2026-09-30', 3)).toBe('2026-10-10');
  });

  it('crosses month and year ends', () => {
    expect(addWorkingDays(calendar, '2026-04-30', 1)).toBe('2026-05-06');
    expect(addWorkingDays(calendar, '2025-12-31', 1)).toBe('2026-01-04'); // 元旦调休, a Sunday
    expect(addWorkingDays(weekendsOnly, '2025-12-31', 1)).toBe('2026-01-01');
    expect(addWorkingDays(calendar, '2025-09-30', 1)).toBe('2025-10-09');
  });

  it('gives, for 0 days, the day itself or the next working day', () => {
    expect(addWorkingDays(calendar, '2026-03-06', 0)).toBe('2026-03-06');
    expect(addWorkingDays(calendar, '2026-03-07', 0)).toBe('2026-03-09');
    expect(() => addWorkingDays(calendar, '2026-03-06', -1)).toThrow(RangeError);
    expect(() => addWorkingDays(calendar, '2026-03-06', 1.5)).toThrow(RangeError);
  });
});

describe('due times', () => {
  it('ends N working days at 24:00 of the last one, the day of the start not counted', () => {
    expect(dueAfter(calendar, local('2026-03-05T10:00'), 3, 'working_days')).toEqual(
      local('2026-03-11T00:00'), // Thu → Fri, Mon, Tue: the end of Tuesday
    );
  });

  it('reads the start day in Shanghai: one minute either side of midnight is another day', () => {
    // Friday 23:59 → the make-up Saturday; Saturday 00:00 (a working day) → after 春节.
    expect(dueAfter(calendar, local('2026-02-13T23:59'), 1, 'working_days')).toEqual(
      local('2026-02-15T00:00'),
    );
    expect(dueAfter(calendar, local('2026-02-14T00:00'), 1, 'working_days')).toEqual(
      local('2026-02-25T00:00'),
    );
    expect(dueAfter(calendar, new Date('2026-02-13T16:00:00Z'), 1, 'working_days')).toEqual(
      new Date('2026-02-24T16:00:00Z'),
    );
  });

  it('counts working hours on working days only', () => {
    // Friday 20:00 + 8 h: 4 h on Friday, 4 h from Monday 00:00.
    expect(dueAfter(calendar, local('2026-03-06T20:00'), 8, 'working_hours')).toEqual(
      local('2026-03-09T04:00'),
    );
    // Exactly the rest of Friday: due at its end, not on Monday.
    expect(dueAfter(calendar, local('2026-03-06T20:00'), 4, 'working_hours')).toEqual(
      local('2026-03-07T00:00'),
    );
    // Started on a Sunday: the clock starts on Monday.
    expect(dueAfter(calendar, local('2026-03-08T15:00'), 24, 'working_hours')).toEqual(
      local('2026-03-10T00:00'),
    );
  });

  it('counts calendar days and hours whatever the calendar says', () => {
    expect(dueAfter(calendar, local('2026-01-31T10:00'), 1, 'calendar_days')).toEqual(
      local('2026-02-02T00:00'),
    );
    expect(dueAfter(calendar, local('2026-02-28T23:30'), 1, 'calendar_days')).toEqual(
      local('2026-03-02T00:00'),
    );
    expect(dueAfter(calendar, local('2026-02-16T10:00'), 3, 'calendar_days')).toEqual(
      local('2026-02-20T00:00'),
    );
    expect(dueAfter(calendar, new Date('2026-01-31T15:30:00Z'), 1, 'calendar_hours')).toEqual(
      new Date('2026-01-31T16:30:00Z'),
    );
  });
});

describe('working time between instants', () => {
  it('counts only the parts on working days', () => {
    expect(workingTimeBetween(calendar, local('2026-03-06T12:00'), local('2026-03-09T12:00'))).toBe(
      24 * hour,
    );
    // Friday afternoon, the make-up Saturday, then Tuesday morning after 春节.
    expect(workingTimeBetween(calendar, local('2026-02-13T12:00'), local('2026-02-24T12:00'))).toBe(
      48 * hour,
    );
    expect(workingTimeBetween(calendar, local('2026-03-09T12:00'), local('2026-03-06T12:00'))).toBe(
      0,
    );
    expect(workingTimeBetween(calendar, local('2026-03-07T01:00'), local('2026-03-07T23:00'))).toBe(
      0,
    );
  });

  it('is the inverse of adding working time', () => {
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 300; i += 1) {
      const from = new Date(Date.parse('2025-01-01T00:00:00Z') + next() * 700 * 24 * hour);
      const ms = Math.round(next() * 30 * 24 * hour);
      const to = addWorkingTime(calendar, from, ms);
      expect(workingTimeBetween(calendar, from, to)).toBe(ms);
    }
  });
});

describe('pauses', () => {
  it('holds working time for working units, all time for calendar units', () => {
    const from = local('2026-03-06T22:00'); // Friday 22:00
    const to = local('2026-03-09T03:00'); // Monday 03:00
    expect(pausedTime(calendar, from, to, 'working_days')).toBe(5 * hour);
    expect(pausedTime(calendar, from, to, 'working_hours')).toBe(5 * hour);
    expect(pausedTime(calendar, from, to, 'calendar_days')).toBe(53 * hour);
    expect(pausedTime(calendar, to, from, 'calendar_hours')).toBe(0);
  });

  it('moves a due time on by the time held, counted the same way', () => {
    const fridayEnd = local('2026-03-07T00:00');
    expect(postponedBy(calendar, fridayEnd, 2 * hour, 'working_days')).toEqual(
      local('2026-03-09T02:00'),
    );
    // A whole working day held moves the end of Friday to the end of Monday.
    expect(postponedBy(calendar, fridayEnd, 24 * hour, 'working_days')).toEqual(
      local('2026-03-10T00:00'),
    );
    expect(postponedBy(calendar, fridayEnd, 2 * hour, 'calendar_hours')).toEqual(
      local('2026-03-07T02:00'),
    );
    expect(postponedBy(calendar, fridayEnd, 0, 'working_days')).toEqual(fridayEnd);
  });
});
