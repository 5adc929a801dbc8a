import type { AccountListQuery } from '@shegong/domain';
import { Form, Input, Select } from 'antd';
import { FilterBar } from '../../components/FilterBar';
import { RegionPicker } from '../../components/region-picker/RegionPicker';
import { useRoleOptions } from '../../hooks/useRoleOptions';
import { useT } from '../../i18n/useT';

export type AccountFilterValues = Pick<AccountListQuery, 'q' | 'region' | 'role' | 'status'>;

export function AccountFilters({
  initialValues,
  onSearch,
  onReset,
}: {
  initialValues: AccountFilterValues;
  onSearch: (values: AccountFilterValues) => void;
  onReset: () => void;
}) {
  const t = useT();
  const roleOptions = useRoleOptions();
  return (
    <FilterBar<AccountFilterValues>
      initialValues={initialValues}
      onSearch={onSearch}
      onReset={onReset}
    >
      <Form.Item name="q">
        <Input
          allowClear
          placeholder={t('accounts.filter.q')}
          aria-label={t('accounts.filter.q')}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item name="region">
        <RegionPicker placeholder={t('accounts.filter.region')} style={{ width: 240 }} />
      </Form.Item>
      <Form.Item name="role">
        <Select
          allowClear
          placeholder={t('accounts.filter.role')}
          aria-label={t('accounts.filter.role')}
          options={roleOptions}
          style={{ width: 200 }}
        />
      </Form.Item>
      <Form.Item name="status">
        <Select
          allowClear
          placeholder={t('accounts.filter.status')}
          aria-label={t('accounts.filter.status')}
          style={{ width: 120 }}
          options={[
            { value: 'active', label: t('accounts.status.active') },
            { value: 'disabled', label: t('accounts.status.disabled') },
          ]}
        />
      </Form.Item>
    </FilterBar>
  );
}
