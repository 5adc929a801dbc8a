import { useQuery } from '@tanstack/react-query';
import { Button, Card } from 'antd';
import { Link } from 'react-router';
import { useSession } from '../../auth/useSession';
import { useT } from '../../i18n/useT';
import { caseKeys, listCases } from './casework-api';
import { CaseTable } from './CaseTable';

/** On a client's file: the cases of the client the reader works on, and 开案. */
export function ClientCases({ client }: { client: { id: string; name: string } }) {
  const t = useT();
  const { can } = useSession();
  const query = { clientId: client.id };
  const cases = useQuery({
    queryKey: caseKeys.list(query),
    queryFn: ({ signal }) => listCases(query, undefined, signal),
    enabled: can('cases:work') || can('cases:read_org'),
  });
  if (!can('cases:work') && !can('cases:read_org')) return null;
  return (
    <Card
      size="small"
      title={t('casework.client.cases')}
      extra={
        can('cases:work') && (
          <Link
            to={`/cases?openFor=${encodeURIComponent(client.id)}&clientName=${encodeURIComponent(client.name)}`}
          >
            <Button size="small">{t('casework.open')}</Button>
          </Link>
        )
      }
    >
      <CaseTable
        size="small"
        rows={cases.data?.items ?? []}
        loading={cases.isFetching}
        locale={{ emptyText: t('casework.client.noCases') }}
      />
    </Card>
  );
}
