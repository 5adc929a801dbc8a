import { useQuery } from '@tanstack/react-query';
import { Select, Spin } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useT } from '../../i18n/useT';
import { listOrganisations, organisationKeys } from './organisations-api';

export interface OrganisationOption {
  value: string;
  label: string;
}

/**
 * Picks an active organisation by typing part of its name or credit code; the server searches.
 * Works as an antd Form control (value: the organisation id). `current` labels a value chosen
 * before (when editing), which the first page of results may not hold.
 */
export function OrganisationSelect({
  value,
  onChange,
  current,
  id,
  placeholder,
  style,
}: {
  value?: string | null;
  onChange?: (id: string | null) => void;
  current?: OrganisationOption;
  id?: string;
  placeholder?: string;
  style?: CSSProperties;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [chosen, setChosen] = useState<OrganisationOption | undefined>(current);
  const q = useDebouncedValue(text.trim(), 300);
  const results = useQuery({
    queryKey: organisationKeys.search(q),
    queryFn: ({ signal }) =>
      listOrganisations({ q: q || undefined, status: 'active', pageSize: 20 }, signal),
    staleTime: 60_000,
  });
  const found: OrganisationOption[] = (results.data?.items ?? []).map((o) => ({
    value: o.id,
    label: `${o.name}（${o.creditCode}）`,
  }));
  const options =
    chosen && !found.some((o) => o.value === chosen.value) ? [chosen, ...found] : found;

  return (
    <Select<string, OrganisationOption>
      id={id}
      style={style}
      allowClear
      placeholder={placeholder ?? t('organisations.select.placeholder')}
      value={value ?? undefined}
      options={options}
      showSearch={{ filterOption: false, onSearch: setText }}
      notFoundContent={
        results.isFetching ? <Spin size="small" /> : t('organisations.select.noMatch')
      }
      onChange={(next, option) => {
        setChosen(Array.isArray(option) ? undefined : option);
        onChange?.(next ?? null);
      }}
    />
  );
}
