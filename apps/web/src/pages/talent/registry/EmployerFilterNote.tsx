import { useQuery } from '@tanstack/react-query';
import { Alert, Button } from 'antd';
import { useSession } from '../../../auth/useSession';
import { useT } from '../../../i18n/useT';
import { getOrganisation, organisationKeys } from '../../organisations/organisations-api';

/** Says that the list shows one organisation's staff (followed from its headcount), and clears it. */
export function EmployerFilterNote({
  organisationId,
  onClear,
}: {
  organisationId: string;
  onClear: () => void;
}) {
  const t = useT();
  const { can } = useSession();
  const organisation = useQuery({
    queryKey: organisationKeys.one(organisationId),
    queryFn: ({ signal }) => getOrganisation(organisationId, signal),
    enabled: can('organisations:read') || can('organisations:read_own'),
    retry: false,
  });
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={
        organisation.data
          ? t('workers.filter.organisation.named', { name: organisation.data.name })
          : t('workers.filter.organisation')
      }
      action={
        <Button size="small" type="link" onClick={onClear}>
          {t('workers.filter.organisation.clear')}
        </Button>
      }
    />
  );
}
