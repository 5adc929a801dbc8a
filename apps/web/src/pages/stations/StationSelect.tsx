import type { CSSProperties } from 'react';
import { SearchSelect, type SearchOption } from '../../components/SearchSelect';
import { useT } from '../../i18n/useT';
import { listStations, stationKeys } from './stations-api';

async function searchStations(q: string, signal: AbortSignal): Promise<SearchOption[]> {
  const { items } = await listStations({ q: q || undefined, pageSize: 20 }, signal);
  return items.map((s) => ({ value: s.id, label: `${s.name}（${s.regionName}）` }));
}

/** Picks a station in scope by typing part of its name; the server searches. A Form control. */
export function StationSelect({
  value,
  onChange,
  id,
  placeholder,
  style,
}: {
  value?: string | null;
  onChange?: (id: string | null) => void;
  id?: string;
  placeholder?: string;
  style?: CSSProperties;
}) {
  const t = useT();
  return (
    <SearchSelect
      id={id}
      style={style}
      value={value}
      onChange={onChange}
      queryKey={(q) => [...stationKeys.all, 'search', q]}
      search={searchStations}
      placeholder={placeholder ?? t('stations.select.placeholder')}
      notFound={t('stations.select.noMatch')}
    />
  );
}
