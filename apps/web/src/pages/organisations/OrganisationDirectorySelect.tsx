import { SearchSelect, type SearchOption } from '../../components/SearchSelect';
import { useT } from '../../i18n/useT';
import { organisationKeys, searchOrganisationDirectory } from './organisations-api';

async function search(q: string, signal: AbortSignal): Promise<SearchOption[]> {
  const found = await searchOrganisationDirectory(q, signal);
  return found.map((o) => ({ value: o.id, label: o.name }));
}

/**
 * Picks an active organisation working in the reader's scope (the public registry), for those who
 * name one in their work without reading the registry: whom a client shares with, or is referred to.
 */
export function OrganisationDirectorySelect({
  value,
  onChange,
  id,
}: {
  value?: string | null;
  onChange?: (id: string | null) => void;
  id?: string;
}) {
  const t = useT();
  return (
    <SearchSelect
      id={id}
      value={value}
      onChange={onChange}
      queryKey={organisationKeys.directory}
      search={search}
      placeholder={t('organisations.select.placeholder')}
      notFound={t('organisations.select.noMatch')}
    />
  );
}
