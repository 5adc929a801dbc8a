import { organisationBackgrounds, organisationTypes, ratingGrades } from '@shegong/domain';
import { Form, Input, Select } from 'antd';
import { FilterBar } from '../../components/FilterBar';
import { RegionPicker } from '../../components/region-picker/RegionPicker';
import { ServiceFieldSelect } from '../../components/ServiceFieldSelect';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useT } from '../../i18n/useT';
import type { OrganisationFilters as Filters } from './organisations-api';
import { fitWidth } from '../../components/fit-width';

// Highest first, as people read grades; then the organisations without one.
const gradesHighFirst = [...ratingGrades].reverse();

export function OrganisationFilters({
  initialValues,
  onSearch,
  onReset,
}: {
  initialValues: Filters;
  onSearch: (values: Filters) => void;
  onReset: () => void;
}) {
  const t = useT();
  const typeOptions = useEnumOptions(organisationTypes);
  const backgroundOptions = useEnumOptions(organisationBackgrounds);
  const gradeOptions = [
    ...useEnumOptions(gradesHighFirst),
    { value: 'none' as const, label: t('organisations.grade.none') },
  ];
  return (
    <FilterBar<Filters> initialValues={initialValues} onSearch={onSearch} onReset={onReset}>
      <Form.Item name="q">
        <Input
          allowClear
          placeholder={t('organisations.filter.q')}
          aria-label={t('organisations.filter.q')}
          style={{ width: 260 }}
        />
      </Form.Item>
      <Form.Item name="region">
        <RegionPicker placeholder={t('organisations.filter.region')} style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name="type">
        <Select
          allowClear
          placeholder={t('organisations.filter.type')}
          aria-label={t('organisations.filter.type')}
          options={typeOptions}
          style={{ width: fitWidth(t('organisations.filter.type'), 140) }}
        />
      </Form.Item>
      <Form.Item name="background">
        <Select
          allowClear
          placeholder={t('organisations.filter.background')}
          aria-label={t('organisations.filter.background')}
          options={backgroundOptions}
          style={{ width: fitWidth(t('organisations.filter.background'), 140) }}
        />
      </Form.Item>
      <Form.Item name="grade">
        <Select
          allowClear
          placeholder={t('organisations.filter.grade')}
          aria-label={t('organisations.filter.grade')}
          options={gradeOptions}
          style={{ width: fitWidth(t('organisations.filter.grade'), 130) }}
        />
      </Form.Item>
      <Form.Item name="serviceField">
        <ServiceFieldSelect
          placeholder={t('organisations.filter.serviceField')}
          aria-label={t('organisations.filter.serviceField')}
          style={{ width: fitWidth(t('organisations.filter.serviceField'), 160) }}
        />
      </Form.Item>
      <Form.Item name="status">
        <Select
          allowClear
          placeholder={t('organisations.filter.status')}
          aria-label={t('organisations.filter.status')}
          style={{ width: fitWidth(t('organisations.filter.status'), 120) }}
          options={[
            { value: 'active', label: t('organisations.status.active') },
            { value: 'deactivated', label: t('organisations.status.deactivated') },
          ]}
        />
      </Form.Item>
    </FilterBar>
  );
}
