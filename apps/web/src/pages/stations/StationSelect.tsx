import type { CSSProperties } from 'react';
import { SearchSelect, type SearchOption } from '../../components/SearchSelect';
import { useT } from '../../i18n/useT';
import { listStations, stationKeys } from './stations-api';

/**
 * Where a station picker searches. The registry needs stations:read; case work and group work
 * offer their own lists (the stations one may work at) to social workers who lack it.
 */
export interface StationSource {
  queryKey: (q: string) => readonly unknown[];
  search: (
    q: string,
    signal: AbortSignal,
  ) => Promise<readonly { id: string; name: string; regionName: string }[]>;
}

const registry: StationSource = {
  queryKey: (q) => [...stationKeys.all, 'search', q],
  search: async (q, signal) =>
    (await listStations({ q: q || undefined, pageSize: 20 }, signal)).items,
};

/** Picks a station in scope by typing part of its name; the server searches. A Form control. */
export function StationSelect({
  value,
  onChange,
  id,
  placeholder,
  notFound,
  style,
  source = registry,
}: {
  value?: string | null;
  onChange?: (id: string | null) => void;
  id?: string;
  placeholder?: string;
  notFound?: string;
  style?: CSSProperties;
  source?: StationSource;
}) {
  const t = useT();
  const search = async (q: string, signal: AbortSignal): Promise<SearchOption[]> =>
    (await source.search(q, signal)).map((s) => ({
      value: s.id,
      label: `${s.name}（${s.regionName}）`,
    }));
  return (
    <SearchSelect
      id={id}
      style={style}
      value={value}
      onChange={onChange}
      queryKey={source.queryKey}
      search={search}
      placeholder={placeholder ?? t('stations.select.placeholder')}
      notFound={notFound ?? t('stations.select.noMatch')}
    />
  );
}
