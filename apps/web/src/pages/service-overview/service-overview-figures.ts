import type {
  CaseStatistics,
  Division,
  PersonTimesByDivision,
  ReferralBoard,
} from '@shegong/domain';

/** One division under the region read: the three kinds of work side by side. */
export interface DivisionFigures {
  regionCode: string;
  regionName: string;
  openCases: number | null;
  closedCases: number | null;
  personTimes: number | null;
  referralsSent: number | null;
  referralsOverdue: number | null;
}

/**
 * The divisions one level down with the three kinds of work inside each; each figure is the one
 * its own page shows for the division (null where the reader may not see that kind).
 */
export function figuresByDivision(
  divisions: readonly Division[],
  cases: CaseStatistics | undefined,
  referrals: ReferralBoard | undefined,
  personTimes: PersonTimesByDivision['rows'] | undefined,
): DivisionFigures[] {
  return divisions.map(({ code, name }) => {
    const caseRow = cases?.byRegion.find((r) => r.regionCode === code);
    const referralRow = referrals?.byRegion.find((r) => r.regionCode === code);
    return {
      regionCode: code,
      regionName: name,
      openCases: cases ? (caseRow?.open ?? 0) : null,
      closedCases: cases ? (caseRow?.closed ?? 0) : null,
      personTimes: personTimes
        ? personTimes
            .filter((r) => r.regionCode.startsWith(code))
            .reduce((n, r) => n + r.personTimes, 0)
        : null,
      referralsSent: referrals ? (referralRow?.sent ?? 0) : null,
      referralsOverdue: referrals ? (referralRow?.overdue ?? 0) : null,
    };
  });
}
