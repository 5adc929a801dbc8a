import type { TalentCensus } from '../contracts/talent/talent-statistics';
import { certificateLevels } from '../enums/certificate-levels';
import { codesOf } from '../enums/enum-entry';
import { educationLevels } from '../enums/education-levels';
import { employerKinds } from '../enums/employer-kinds';
import { ageBands, serviceYearBands } from '../rules/careers';
import type { FigureLink } from './figure-link';
import { workerListPath, type WorkerListFilters } from './worker-list';

/** The breakdowns of the census that the statistics page draws, each bucket opening its workers. */
export type CensusDimension =
  | 'byLevel'
  | 'byAgeBand'
  | 'byServiceYears'
  | 'byEducation'
  | 'bySex'
  | 'bySocialWorkMajor'
  | 'byEmployerKind';

type Breakdown = {
  /** Every bucket the page shows, in its natural order (bands young to old, levels high to low). */
  keys: readonly string[];
  /** The worker-list filter that lists the bucket's workers. */
  filter: (key: string) => WorkerListFilters;
};

const breakdowns: Record<CensusDimension, Breakdown> = {
  byLevel: {
    keys: [...[...codesOf(certificateLevels)].reverse(), 'none'],
    filter: (key) => ({ level: key as WorkerListFilters['level'] }),
  },
  byAgeBand: {
    keys: ageBands.map((b) => b.code),
    filter: (key) => ({ ageBand: key as WorkerListFilters['ageBand'] }),
  },
  byServiceYears: {
    keys: serviceYearBands.map((b) => b.code),
    filter: (key) => ({ serviceYears: key as WorkerListFilters['serviceYears'] }),
  },
  byEducation: {
    keys: codesOf(educationLevels),
    filter: (key) => ({ educationLevel: key as WorkerListFilters['educationLevel'] }),
  },
  bySex: { keys: ['male', 'female'], filter: (key) => ({ sex: key as 'male' | 'female' }) },
  bySocialWorkMajor: { keys: ['yes', 'no'], filter: (key) => ({ socialWorkMajor: key === 'yes' }) },
  byEmployerKind: {
    keys: [...codesOf(employerKinds), 'none'],
    // Without a current employer is exactly "not in post".
    filter: (key) =>
      key === 'none'
        ? { employed: false }
        : { employerKind: key as WorkerListFilters['employerKind'] },
  },
};

export const censusDimensions = Object.keys(breakdowns) as CensusDimension[];

export interface CensusBucket {
  key: string;
  count: number;
  /** The list of the bucket's workers; null for a key this version does not know. */
  to: string | null;
}

/** The workers of the census's region (all of its divisions) matching `filters`. */
const inRegion = (census: TalentCensus, filters: WorkerListFilters = {}) =>
  workerListPath({ region: census.regionCode, ...filters });

type DivisionRow = TalentCensus['byRegion'][number];

/**
 * Where each figure of the census leads. The statistics page links with these and nothing else,
 * so that the drill-down test (every figure equals its list's total) checks what users click.
 */
export const censusLinks = {
  total: (census: TalentCensus) => inRegion(census),
  certified: (census: TalentCensus) => inRegion(census, { level: 'any' }),
  employed: (census: TalentCensus) => inRegion(census, { employed: true }),
  /**
   * A row of the table by division: a division below lists everyone under it; the 本级 row (the
   * region's own code) only those recorded on the region itself.
   */
  division: (census: TalentCensus, row: DivisionRow, figure: 'total' | 'certified') =>
    workerListPath({
      region: row.regionCode,
      ...(row.regionCode === census.regionCode ? { regionExact: true } : {}),
      ...(figure === 'certified' ? { level: 'any' } : {}),
    }),
  trend: (census: TalentCensus, year: number, figure: 'employed' | 'certified') =>
    inRegion(census, figure === 'employed' ? { employedAt: year } : { certifiedBy: year }),
};

/**
 * The buckets of one breakdown in the page's order, every known bucket present even when empty;
 * keys this version does not know (a new band on the server) come last, without a link.
 */
export function censusBuckets(census: TalentCensus, dimension: CensusDimension): CensusBucket[] {
  const { keys, filter } = breakdowns[dimension];
  const counts = new Map(census[dimension].map((b) => [b.key, b.count]));
  return [
    ...keys.map((key) => ({ key, count: counts.get(key) ?? 0, to: inRegion(census, filter(key)) })),
    ...census[dimension]
      .filter((b) => !keys.includes(b.key))
      .map((b) => ({ key: b.key, count: b.count, to: null })),
  ];
}

/** Every figure of the census that opens a list, with the list it opens. */
export function censusFigureLinks(census: TalentCensus): FigureLink[] {
  return [
    { figure: 'total', count: census.total, to: censusLinks.total(census) },
    { figure: 'certified', count: census.certified, to: censusLinks.certified(census) },
    { figure: 'employed', count: census.employed, to: censusLinks.employed(census) },
    ...census.byRegion.flatMap((row) =>
      (['total', 'certified'] as const).map((figure) => ({
        figure: `division.${row.regionCode}.${figure}`,
        count: row[figure],
        to: censusLinks.division(census, row, figure),
      })),
    ),
    ...censusDimensions.flatMap((dimension) =>
      censusBuckets(census, dimension).flatMap((bucket) =>
        bucket.to === null
          ? []
          : [{ figure: `${dimension}.${bucket.key}`, count: bucket.count, to: bucket.to }],
      ),
    ),
    ...census.trend.flatMap((point) =>
      (['employed', 'certified'] as const).map((figure) => ({
        figure: `trend.${point.year}.${figure}`,
        count: point[figure],
        to: censusLinks.trend(census, point.year, figure),
      })),
    ),
  ];
}
