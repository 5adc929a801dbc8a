import { PlusOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { populationGroups, riskLevels, type Client } from '@shegong/domain';
import { Button, Form, Input, Select, Table } from 'antd';
import { Link, useNavigate } from 'react-router';
import { useSession } from '../../auth/useSession';
import { ErrorResult } from '../../components/ErrorResult';
import { FilterBar } from '../../components/FilterBar';
import { GuidingEmpty } from '../../components/GuidingEmpty';
import { LoadMoreFooter } from '../../components/LoadMoreFooter';
import { Page } from '../../components/Page';
import { RegionPicker } from '../../components/region-picker/RegionPicker';
import { useDialog } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { useT } from '../../i18n/useT';
import { clientFilterKeys, clientQueryOf } from './client-filters';
import { ClientAge, GroupTags, RiskTag } from './ClientLabels';
import { clientKeys, listClients } from './clients-api';
import { RegisterClientDrawer } from './RegisterClientDrawer';

/** 服务对象: the clients the reader's organisation serves, and the way in for a new one. */
export function ClientsPage() {
  const t = useT();
  const { can } = useSession();
  const navigate = useNavigate();
  const [filters, setFilters, addressKey] = useUrlFilters(clientFilterKeys);
  const query = clientQueryOf(filters);
  const list = useInfiniteQuery({
    queryKey: clientKeys.list(query),
    queryFn: ({ pageParam, signal }) => listClients(query, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];
  const register = useDialog();
  const riskOptions = useEnumOptions(riskLevels);
  const groupOptions = useEnumOptions(populationGroups);
  const filtered = Object.values(query).some((v) => v !== undefined);

  return (
    <Page
      title={t('clients.title')}
      extra={
        can('clients:work') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => register.show(true)}>
            {t('clients.create')}
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
        <Form.Item name="q">
          <Input allowClear placeholder={t('clients.search.placeholder')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="region">
          <RegionPicker placeholder={t('clients.region')} style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="riskLevel">
          <Select
            allowClear
            options={riskOptions}
            placeholder={t('clients.riskLevel')}
            style={{ width: 120 }}
          />
        </Form.Item>
        <Form.Item name="populationGroup">
          <Select
            allowClear
            options={groupOptions}
            placeholder={t('clients.populationGroups')}
            style={{ width: 160 }}
          />
        </Form.Item>
      </FilterBar>
      {list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.isPending && rows.length === 0 && !filtered ? (
        <GuidingEmpty
          title={t('clients.empty.title')}
          purpose={t('clients.empty')}
          action={
            can('clients:work') && (
              <Button type="primary" onClick={() => register.show(true)}>
                {t('clients.create')}
              </Button>
            )
          }
        />
      ) : (
        <Table<Client>
          rowKey="id"
          size="middle"
          loading={list.isFetching}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 900 }}
          columns={[
            {
              key: 'name',
              title: t('clients.name'),
              fixed: 'left',
              render: (_, client) => <Link to={`/clients/${client.id}`}>{client.name}</Link>,
            },
            { key: 'idNumber', title: t('clients.idNumber'), render: (_, c) => c.idNumber ?? '—' },
            { key: 'sex', title: t('clients.sex'), render: (_, c) => t(`clients.sex.${c.sex}`) },
            { key: 'age', title: t('clients.age'), render: (_, c) => <ClientAge client={c} /> },
            { key: 'region', title: t('clients.region'), dataIndex: 'regionName' },
            {
              key: 'groups',
              title: t('clients.populationGroups'),
              render: (_, c) => <GroupTags groups={c.populationGroups} />,
            },
            {
              key: 'risk',
              title: t('clients.riskLevel'),
              render: (_, c) => <RiskTag level={c.riskLevel} />,
            },
          ]}
          footer={() => (
            <LoadMoreFooter
              summary={t('common.total', { total: rows.length })}
              hasMore={list.hasNextPage}
              loading={list.isFetchingNextPage}
              onLoadMore={() => void list.fetchNextPage()}
            />
          )}
        />
      )}
      {register.payload && (
        <RegisterClientDrawer
          {...register.props}
          onSaved={(client) => void navigate(`/clients/${client.id}`)}
        />
      )}
    </Page>
  );
}
