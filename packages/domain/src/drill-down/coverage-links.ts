import type { Coverage, CoverageFigures } from '../contracts/stations/stations';
import { codesOf } from '../enums/enum-entry';
import { stationTiers, type StationTier } from '../enums/station-tiers';
import type { FigureLink } from './figure-link';
import { stationListPath } from './station-list';

/**
 * Where the coverage figures lead: the station counts and the stations below their norm open the
 * station list of the division, operating stations only (the coverage counts no other). The
 * coverage page links with these and nothing else (the drill-down test checks them).
 */
export const coverageLinks = {
  /** Operating stations of the division, of one tier or of all. */
  stations: (regionCode: string, tier?: StationTier) =>
    stationListPath({ region: regionCode, tier, status: 'operating' }),
  belowNorm: (regionCode: string) =>
    stationListPath({ region: regionCode, status: 'operating', belowNorm: true }),
};

/** All operating stations counted in one division's figures. */
export const stationTotal = (figures: CoverageFigures) =>
  Object.values(figures.stations).reduce((sum, n) => sum + (n ?? 0), 0);

/** Every figure of the coverage page that opens a list, as the page shows them. */
export function coverageFigureLinks(coverage: Coverage): FigureLink[] {
  const belowNorm = (name: string, regionCode: string, figures: CoverageFigures) => ({
    figure: `${name}.belowNorm`,
    count: figures.stationsBelowNorm,
    to: coverageLinks.belowNorm(regionCode),
  });
  return [
    // The summary: stations of each tier, and those below their norm.
    ...codesOf(stationTiers).map((tier) => ({
      figure: `summary.stations.${tier}`,
      count: coverage.summary.stations[tier] ?? 0,
      to: coverageLinks.stations(coverage.regionCode, tier),
    })),
    belowNorm('summary', coverage.regionCode, coverage.summary),
    // The table by division: all its stations, and those below their norm.
    ...coverage.children.flatMap((child) => [
      {
        figure: `division.${child.regionCode}.stations`,
        count: stationTotal(child),
        to: coverageLinks.stations(child.regionCode),
      },
      belowNorm(`division.${child.regionCode}`, child.regionCode, child),
    ]),
  ];
}
