/**
 * A figure a page shows that opens a list: the list's total must equal `count`. The pages build
 * their links with these functions, and the drill-down test checks every pair against the API.
 */
export interface FigureLink {
  /** Which figure, for the test's message (`byLevel.social_worker`, `division.520102.total`). */
  figure: string;
  count: number;
  /** The web address of the list (`/workers?region=…`); the API answers the same query. */
  to: string;
}

type FilterValue = string | number | boolean | undefined;

/** A list's address with its filters as the query, in the order of `keys`; empty values left out. */
export function listPath<K extends string>(
  list: string,
  keys: readonly K[],
  filters: Partial<Record<K, FilterValue>>,
): string {
  const query = keys
    .flatMap((key) => {
      const value = filters[key];
      return value === undefined || value === ''
        ? []
        : [`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`];
    })
    .join('&');
  return query ? `${list}?${query}` : list;
}
