import type { CSSProperties } from 'react';
import { SearchSelect, type SearchOption } from '../../components/SearchSelect';
import { useT } from '../../i18n/useT';
import { listOrganisations, organisationKeys } from './organisations-api';

export type OrganisationOption = SearchOption;

async function searchOrganisations(q: string, signal: AbortSignal): Promise<SearchOption[]> {
  const { items } = await listOrganisations(
    { q: q || undefined, status: 'active', pageSize: 20 },
    signal,
  );
  return items.map((o) => ({ value: o.id, label: `${o.name}（${o.creditCode}）` }));
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
  return (
    <SearchSelect
      id={id}
      style={style}
      value={value}
      onChange={onChange}
      current={current ? [current] : undefined}
      queryKey={organisationKeys.search}
      search={searchOrganisations}
      placeholder={placeholder ?? t('organisations.select.placeholder')}
      notFound={t('organisations.select.noMatch')}
    />
  );
}
