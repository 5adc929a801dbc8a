import { codesOf, populationGroups, riskLevels, type ClientListQuery } from '@shegong/domain';
import { oneOf } from '../../hooks/url-filter-values';
import type { UrlFilters } from '../../hooks/useUrlFilters';

export const clientFilterKeys = ['q', 'region', 'riskLevel', 'populationGroup'] as const;
export type ClientFilterKey = (typeof clientFilterKeys)[number];

/** The list query from the address, leaving out anything that is not a valid filter value. */
export function clientQueryOf(filters: UrlFilters<ClientFilterKey>): Partial<ClientListQuery> {
  return {
    q: filters.q,
    region: filters.region,
    riskLevel: oneOf(codesOf(riskLevels), filters.riskLevel),
    populationGroup: oneOf(codesOf(populationGroups), filters.populationGroup),
  };
}
