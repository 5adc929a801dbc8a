import { auditActions } from '@shegong/domain';
import { DatePicker, Form, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FilterBar } from '../../components/FilterBar';
import { RegionPicker } from '../../components/region-picker/RegionPicker';
import { useT } from '../../i18n/useT';
import type { AuditFilters } from './audit-api';
import { actionLabel } from './audit-labels';

interface AuditFilterValues {
  range?: [Dayjs | null, Dayjs | null] | null;
  action?: AuditFilters['action'];
  outcome?: AuditFilters['outcome'];
  region?: string;
}

export function AuditFilterBar({
  filters,
  onSearch,
  onReset,
}: {
  filters: AuditFilters;
  onSearch: (filters: AuditFilters) => void;
  onReset: () => void;
}) {
  const t = useT();
  const initialValues: AuditFilterValues = {
    range:
      filters.from || filters.to
        ? [filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]
        : undefined,
    action: filters.action,
    outcome: filters.outcome,
    region: filters.region,
  };

  return (
    <FilterBar<AuditFilterValues>
      initialValues={initialValues}
      onReset={onReset}
      onSearch={({ range, action, outcome, region }) =>
        onSearch({
          entityType: filters.entityType,
          entityId: filters.entityId,
          from: range?.[0]?.toISOString(),
          to: range?.[1]?.toISOString(),
          action,
          outcome,
          region,
        })
      }
    >
      <Form.Item name="range">
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          allowEmpty={[true, true]}
          aria-label={t('audit.filter.timeRange')}
        />
      </Form.Item>
      <Form.Item name="action">
        <Select
          allowClear
          placeholder={t('audit.filter.action')}
          aria-label={t('audit.filter.action')}
          style={{ width: 160 }}
          options={auditActions.map((action) => ({ value: action, label: actionLabel(t, action) }))}
        />
      </Form.Item>
      <Form.Item name="outcome">
        <Select
          allowClear
          placeholder={t('audit.filter.outcome')}
          aria-label={t('audit.filter.outcome')}
          style={{ width: 120 }}
          options={[
            { value: 'success', label: t('audit.outcome.success') },
            { value: 'failure', label: t('audit.outcome.failure') },
          ]}
        />
      </Form.Item>
      <Form.Item name="region">
        <RegionPicker placeholder={t('audit.filter.region')} style={{ width: 240 }} />
      </Form.Item>
    </FilterBar>
  );
}
