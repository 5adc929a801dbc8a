import {
  ageBands,
  educationLevels,
  employerKinds,
  expertTags,
  serviceYearBands,
} from '@shegong/domain';
import { Form, Input, Select } from 'antd';
import { FilterBar } from '../../../components/FilterBar';
import { RegionPicker } from '../../../components/region-picker/RegionPicker';
import { useEnumOptions } from '../../../hooks/useEnumOptions';
import { useT } from '../../../i18n/useT';
import { useLevelOptions } from './useLevelOptions';
import { trendYears, type WorkerFilterKey } from './worker-filters';
import type { WorkerFilters as Filters } from './workers-api';
import { fitWidth } from '../../../components/fit-width';

/** The filters as the form holds them: yes/no choices as 'true' / 'false', years as text. */
type FormValues = Omit<
  Filters,
  'regionExact' | 'employed' | 'socialWorkMajor' | 'employedAt' | 'certifiedBy'
> & {
  regionExact?: string;
  employed?: string;
  socialWorkMajor?: string;
  employedAt?: string;
  certifiedBy?: string;
};

export function WorkerFilters({
  initialValues,
  onSearch,
  onReset,
}: {
  initialValues: Filters;
  onSearch: (values: Partial<Record<WorkerFilterKey, string>>) => void;
  onReset: () => void;
}) {
  const t = useT();
  const levelOptions = useLevelOptions({ withNone: true });
  const educationOptions = useEnumOptions(educationLevels);
  const expertOptions = useEnumOptions(expertTags);
  const ageBandOptions = useEnumOptions(ageBands);
  const serviceYearOptions = useEnumOptions(serviceYearBands);
  const employerKindOptions = useEnumOptions(employerKinds);
  const yearOptions = trendYears().map((y) => ({ value: String(y), label: String(y) }));
  const yesNo = (yes: string, no: string) => [
    { value: 'true', label: yes },
    { value: 'false', label: no },
  ];
  const select = (
    name: keyof FormValues,
    placeholder: string,
    width: number,
    options: { value: string; label: string }[],
  ) => (
    <Form.Item name={name}>
      <Select
        allowClear
        placeholder={placeholder}
        aria-label={placeholder}
        options={options}
        popupMatchSelectWidth={false}
        style={{ width: fitWidth(placeholder, width) }}
      />
    </Form.Item>
  );
  return (
    <FilterBar<FormValues>
      initialValues={{
        ...initialValues,
        regionExact: initialValues.regionExact?.toString(),
        employed: initialValues.employed?.toString(),
        socialWorkMajor: initialValues.socialWorkMajor?.toString(),
        employedAt: initialValues.employedAt?.toString(),
        certifiedBy: initialValues.certifiedBy?.toString(),
      }}
      onSearch={(values) =>
        onSearch({
          ...values,
          q: values.q?.trim() || undefined,
          region: values.region || undefined,
        })
      }
      onReset={onReset}
    >
      <Form.Item name="q">
        <Input
          allowClear
          placeholder={t('workers.filter.q')}
          aria-label={t('workers.filter.q')}
          style={{ width: 240 }}
        />
      </Form.Item>
      <Form.Item name="region">
        <RegionPicker placeholder={t('workers.filter.region')} style={{ width: 220 }} />
      </Form.Item>
      {/* Without it the list takes the divisions below too; the census's 本级 row sets it. */}
      {select('regionExact', t('workers.filter.regionExact'), 150, [
        { value: 'true', label: t('workers.filter.regionExact.only') },
      ])}
      {select('level', t('workers.filter.level'), 150, levelOptions)}
      {select('educationLevel', t('workers.filter.education'), 120, educationOptions)}
      {select('sex', t('workers.filter.sex'), 90, [
        { value: 'male', label: t('workers.sex.male') },
        { value: 'female', label: t('workers.sex.female') },
      ])}
      {select(
        'employed',
        t('workers.filter.employed'),
        110,
        yesNo(t('workers.employed.yes'), t('workers.employed.no')),
      )}
      {select(
        'socialWorkMajor',
        t('workers.filter.socialWorkMajor'),
        140,
        yesNo(t('workers.socialWorkMajor.yes'), t('workers.socialWorkMajor.no')),
      )}
      {select('expertTag', t('workers.filter.expertTag'), 120, expertOptions)}
      {select('ageBand', t('workers.filter.ageBand'), 120, ageBandOptions)}
      {select('serviceYears', t('workers.filter.serviceYears'), 120, serviceYearOptions)}
      {select('employerKind', t('workers.filter.employerKind'), 140, employerKindOptions)}
      {select('employedAt', t('workers.filter.employedAt'), 140, yearOptions)}
      {select('certifiedBy', t('workers.filter.certifiedBy'), 140, yearOptions)}
    </FilterBar>
  );
}
