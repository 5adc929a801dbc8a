import { roleCodes, type AccountListQuery } from '@shegong/domain';
import { oneOf, pageKeys, pageOf } from '../../hooks/url-filter-values';
import type { UrlFilters } from '../../hooks/useUrlFilters';

export const accountFilterKeys = ['q', 'region', 'role', 'status', ...pageKeys] as const;
export type AccountFilterKey = (typeof accountFilterKeys)[number];

const statuses = ['active', 'disabled'] as const;

/** The list query from the address, leaving out anything that is not a valid filter value. */
export function accountQueryOf(filters: UrlFilters<AccountFilterKey>): AccountListQuery {
  return {
    ...pageOf(filters),
    q: filters.q,
    region: filters.region,
    role: oneOf(roleCodes, filters.role),
    status: oneOf(statuses, filters.status),
  };
}
