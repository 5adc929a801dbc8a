import { PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { caseStatuses, caseWorkStages, codesOf } from '@shegong/domain';
import { Button, Form, Select } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useSession } from '../../auth/useSession';
import { ErrorResult } from '../../components/ErrorResult';
import { FilterBar } from '../../components/FilterBar';
import { Page } from '../../components/Page';
import { oneOf } from '../../hooks/url-filter-values';
import { useDialog } from '../../hooks/useDialog';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { useT } from '../../i18n/useT';
import { caseKeys, listCases, type CaseQuery } from './casework-api';
import { CaseListFooter, EnumFilter } from './case-list-parts';
import { CaseTable } from './CaseTable';
import { OpenCaseDrawer } from './OpenCaseDrawer';

const keys = ['role', 'stage', 'status', 'clientId', 'openFor', 'clientName'] as const;
const roles = ['worker', 'supervisor', 'all'] as const;

/**
 * 个案: the cases the reader carries or supervises (an administrator: the organisation's), and
 * 开案. `?openFor=<client>&clientName=` opens the form for a client, from the client's file.
 */
export function CasesPage() {
  const t = useT();
  const { can } = useSession();
  const navigate = useNavigate();
  const [filters, setFilters, addressKey] = useUrlFilters(keys);
  const query: CaseQuery = {
    role: oneOf(roles, filters.role),
    stage: oneOf(codesOf(caseWorkStages), filters.stage),
    status: oneOf(codesOf(caseStatuses), filters.status),
    clientId: filters.clientId,
  };
  const list = useInfiniteQuery({
    queryKey: caseKeys.list(query),
    queryFn: ({ pageParam, signal }) => listCases(query, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];
  const opening = useDialog<{ client?: { id: string; name: string } }>();
  const { openFor, clientName } = filters;
  const { show } = opening;
  useEffect(() => {
    if (!openFor || !can('cases:work')) return;
    show({ client: { id: openFor, name: clientName ?? '' } });
    setFilters({ ...filters, openFor: undefined, clientName: undefined });
  }, [openFor, clientName, can, show, filters, setFilters]);

  return (
    <Page
      title={t('casework.cases.title')}
      extra={
        can('cases:work') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => opening.show({})}>
            {t('casework.open')}
          </Button>
        )
      }
    >
      <FilterBar
        key={addressKey}
        initialValues={query}
        onSearch={(values) => setFilters(values)}
        onReset={() => setFilters({})}
      >
        {can('cases:work') && (
          <Form.Item name="role">
            <Select
              allowClear
              placeholder={t('casework.myRole')}
              style={{ width: 140 }}
              options={roles.map((role) => ({ value: role, label: t(`casework.filter.${role}`) }))}
            />
          </Form.Item>
        )}
        <EnumFilter name="stage" list={caseWorkStages} placeholder={t('casework.stage')} />
        <EnumFilter name="status" list={caseStatuses} placeholder={t('casework.status')} />
      </FilterBar>
      {list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <CaseTable
          rows={rows}
          loading={list.isFetching}
          locale={{ emptyText: t('casework.cases.empty') }}
          footer={() => <CaseListFooter t={t} shown={rows.length} list={list} />}
        />
      )}
      {opening.payload && (
        <OpenCaseDrawer
          {...opening.props}
          client={opening.payload.client}
          onOpened={(file) => void navigate(`/cases/${file.id}`)}
        />
      )}
    </Page>
  );
}
