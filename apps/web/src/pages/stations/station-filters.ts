import { codesOf, stationStatuses, stationTiers, type StationListQuery } from '@shegong/domain';
import { oneOf, pageKeys, pageOf } from '../../hooks/url-filter-values';
import type { UrlFilters } from '../../hooks/useUrlFilters';

export const stationFilterKeys = [
  'q',
  'region',
  'tier',
  'status',
  'belowNorm',
  ...pageKeys,
] as const;
export type StationFilterKey = (typeof stationFilterKeys)[number];

/** The list query from the address, leaving out anything that is not a valid filter value. */
export function stationQueryOf(filters: UrlFilters<StationFilterKey>): StationListQuery {
  return {
    ...pageOf(filters),
    q: filters.q,
    region: filters.region,
    tier: oneOf(codesOf(stationTiers), filters.tier),
    status: oneOf(codesOf(stationStatuses), filters.status),
    belowNorm: filters.belowNorm === 'true' ? true : undefined,
  };
}
