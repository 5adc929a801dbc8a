import { stationStatuses, stationTiers } from '@shegong/domain';
import { Checkbox, Form, Input, Select } from 'antd';
import { FilterBar } from '../../components/FilterBar';
import { RegionPicker } from '../../components/region-picker/RegionPicker';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useT } from '../../i18n/useT';
import type { StationFilterKey } from './station-filters';

export interface StationFilterValues {
  q?: string;
  region?: string;
  tier?: string;
  status?: string;
  belowNorm?: boolean;
}

export function StationFilters({
  initialValues,
  onSearch,
  onReset,
}: {
  initialValues: StationFilterValues;
  onSearch: (values: Partial<Record<StationFilterKey, string>>) => void;
  onReset: () => void;
}) {
  const t = useT();
  const tierOptions = useEnumOptions(stationTiers);
  const statusOptions = useEnumOptions(stationStatuses);
  return (
    <FilterBar<StationFilterValues>
      initialValues={initialValues}
      onSearch={({ belowNorm, ...values }) =>
        onSearch({ ...values, belowNorm: belowNorm ? 'true' : undefined })
      }
      onReset={onReset}
    >
      <Form.Item name="q">
        <Input
          allowClear
          placeholder={t('stations.filter.q')}
          aria-label={t('stations.filter.q')}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item name="region">
        <RegionPicker placeholder={t('stations.filter.region')} style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name="tier">
        <Select
          allowClear
          placeholder={t('stations.filter.tier')}
          aria-label={t('stations.filter.tier')}
          options={tierOptions}
          popupMatchSelectWidth={false}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item name="status">
        <Select
          allowClear
          placeholder={t('stations.filter.status')}
          aria-label={t('stations.filter.status')}
          options={statusOptions}
          style={{ width: 120 }}
        />
      </Form.Item>
      <Form.Item name="belowNorm" valuePropName="checked">
        <Checkbox>{t('stations.filter.belowNorm')}</Checkbox>
      </Form.Item>
    </FilterBar>
  );
}
