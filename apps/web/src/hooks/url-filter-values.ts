import type { UrlFilters } from './useUrlFilters';

/** The keys of paging kept in the address beside a list's own filters. */
export const pageKeys = ['page', 'pageSize'] as const;

export function positiveInt(text: string | undefined, fallback: number): number {
  const n = Number(text);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

/** `page` and `pageSize` from the address, within what the API accepts. */
export function pageOf(filters: UrlFilters<(typeof pageKeys)[number]>): {
  page: number;
  pageSize: number;
} {
  return {
    page: positiveInt(filters.page, 1),
    pageSize: Math.min(positiveInt(filters.pageSize, 20), 200),
  };
}

/** The value if it is one of `codes`, else undefined (a stale or hand-edited address). */
export function oneOf<const C extends string>(
  codes: readonly C[],
  value: string | undefined,
): C | undefined {
  return codes.find((code) => code === value);
}
