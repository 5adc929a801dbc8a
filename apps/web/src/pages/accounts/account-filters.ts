import { roleCodes, type AccountListQuery, type Role } from '@shegong/domain';
import type { UrlFilters } from '../../hooks/useUrlFilters';

export const accountFilterKeys = ['q', 'region', 'role', 'status', 'page', 'pageSize'] as const;
export type AccountFilterKey = (typeof accountFilterKeys)[number];

const statuses = ['active', 'disabled'] as const;

function positive(text: string | undefined, fallback: number): number {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** The list query from the address, leaving out anything that is not a valid filter value. */
export function accountQueryOf(filters: UrlFilters<AccountFilterKey>): AccountListQuery {
  return {
    page: positive(filters.page, 1),
    pageSize: Math.min(positive(filters.pageSize, 20), 200),
    q: filters.q,
    region: filters.region,
    role: roleCodes.find((code): code is Role => code === filters.role),
    status: statuses.find((s) => s === filters.status),
  };
}
