import type { StationTier } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useT } from '../../i18n/useT';
import { enclosingRegion, parentTierOf } from './station-rules';
import { listStations, stationKeys } from './stations-api';

/**
 * The station above, among those of the parent tier that enclose the chosen division. Left empty,
 * the server finds it from the division tree.
 */
export function ParentStationSelect({
  tier,
  regionCode,
  value,
  onChange,
  current,
  id,
}: {
  tier: StationTier;
  regionCode: string | undefined;
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** The parent set before (when editing), labelled even if the list does not hold it. */
  current?: { value: string; label: string };
  id?: string;
}) {
  const t = useT();
  const parentTier = parentTierOf[tier];
  const region = enclosingRegion(tier, regionCode);
  const query = { tier: parentTier ?? undefined, region, pageSize: 200 };
  const parents = useQuery({
    queryKey: stationKeys.list(query),
    queryFn: ({ signal }) => listStations(query, signal),
    enabled: parentTier !== null,
  });
  const found = (parents.data?.items ?? []).map((s) => ({
    value: s.id,
    label: `${s.name}（${s.regionName}）`,
  }));
  const options =
    current && !found.some((o) => o.value === current.value) ? [current, ...found] : found;

  return (
    <Select<string>
      id={id}
      allowClear
      loading={parents.isFetching}
      placeholder={t('stations.parent.auto')}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      notFoundContent={t('stations.parent.none')}
    />
  );
}
