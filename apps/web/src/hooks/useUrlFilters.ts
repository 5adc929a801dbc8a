import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type UrlFilters<K extends string> = Partial<Record<K, string>>;

/**
 * List filters kept in the address (?q=…&page=2), so that a list can be bookmarked, shared and
 * returned to with the back button exactly as it was left.
 */
export function useUrlFilters<K extends string>(
  keys: readonly K[],
): [UrlFilters<K>, (next: Partial<Record<K, string | number | undefined>>) => void, string] {
  const [searchParams, setSearchParams] = useSearchParams();

  const filters = useMemo(() => {
    const found: UrlFilters<K> = {};
    for (const key of keys) {
      const value = searchParams.get(key);
      if (value !== null && value !== '') found[key] = value;
    }
    return found;
  }, [keys, searchParams]);

  const setFilters = useCallback(
    (next: Partial<Record<K, string | number | undefined>>) => {
      const params = new URLSearchParams();
      for (const key of keys) {
        const value = next[key];
        if (value !== undefined && value !== '') params.set(key, String(value));
      }
      setSearchParams(params);
    },
    [keys, setSearchParams],
  );

  return [filters, setFilters, searchParams.toString()];
}
