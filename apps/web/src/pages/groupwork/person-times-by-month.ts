/** A row of person-times of one month, groups and activities apart. */
interface MonthFigures {
  month: string;
  groupPersonTimes: number;
  activityPersonTimes: number;
}

/** Person-times of the months, group and activity sessions apart, in the order given. */
export function personTimesByMonth(rows: readonly MonthFigures[], months: readonly string[]) {
  return months.map((month) => {
    const of = rows.filter((r) => r.month === month);
    return {
      month,
      group: of.reduce((n, r) => n + r.groupPersonTimes, 0),
      activity: of.reduce((n, r) => n + r.activityPersonTimes, 0),
    };
  });
}
