import { codesOf, contractStatuses, type ContractSummary } from '@shegong/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Select, Table, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { GuidingEmpty } from '../../components/GuidingEmpty';
import { listPagination } from '../../components/list-pagination';
import { Page } from '../../components/Page';
import { formatYuan } from '../../format/money';
import { oneOf, pageKeys, pageOf } from '../../hooks/url-filter-values';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { useLanguage } from '../../i18n/useLanguage';
import { ContractStatusTag } from './ContractLabels';
import { contractKeys, listContracts } from './contracts-api';

const addressKeys = ['status', ...pageKeys] as const;

/** 本机构合同 for a provider's 机构管理员: its organisation's contracts, each leading to its project. */
export function OwnContractsPage() {
  const { t, language } = useLanguage();
  const [address, setAddress] = useUrlFilters(addressKeys);
  const statusOptions = useEnumOptions(contractStatuses);
  const query = {
    ...pageOf(address),
    status: oneOf(codesOf(contractStatuses), address.status),
  };
  const list = useQuery({
    queryKey: contractKeys.list(query),
    queryFn: ({ signal }) => listContracts(query, signal),
    placeholderData: keepPreviousData,
  });
  const project = (c: ContractSummary, tab: string) => `/projects/${c.projectId}?tab=${tab}`;
  const columns: TableProps<ContractSummary>['columns'] = [
    {
      key: 'project',
      title: t('contracts.project'),
      render: (_, c) => (
        <Flex vertical>
          <Link to={project(c, 'contract')}>{c.projectTitle}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.projectCode}
          </Typography.Text>
        </Flex>
      ),
    },
    { key: 'code', title: t('contracts.code'), dataIndex: 'code' },
    {
      key: 'status',
      title: t('contracts.status'),
      render: (_, c) => <ContractStatusTag status={c.status} />,
    },
    {
      key: 'amount',
      title: t('contracts.amount'),
      align: 'right',
      render: (_, c) => formatYuan(c.amountFen, language),
    },
    {
      key: 'paid',
      title: t('contracts.payments.paid'),
      align: 'right',
      render: (_, c) => formatYuan(c.paidFen, language),
    },
    { key: 'term', title: t('contracts.term'), render: (_, c) => `${c.termStart} ~ ${c.termEnd}` },
    { key: 'signedOn', title: t('contracts.signedOn'), render: (_, c) => c.signedOn ?? '—' },
    {
      key: 'actions',
      title: t('common.actions'),
      fixed: 'right',
      render: (_, c) =>
        c.status === 'draft' ? null : (
          <Link to={project(c, 'reports')}>{t('contracts.reports.tab')}</Link>
        ),
    },
  ];
  return (
    <Page
      title={t('contracts.own.title')}
      extra={
        <Select
          allowClear
          placeholder={t('contracts.status')}
          aria-label={t('contracts.status')}
          options={statusOptions}
          value={query.status}
          onChange={(status?: string) => setAddress({ status })}
          style={{ width: 140 }}
        />
      }
    >
      {list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<ContractSummary>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          columns={columns}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: (
              <GuidingEmpty title={t('contracts.own.empty')} purpose={t('contracts.own.purpose')} />
            ),
          }}
          pagination={listPagination(t, {
            page: query.page,
            pageSize: query.pageSize,
            total: list.data?.total ?? 0,
            onChange: (page, pageSize) => setAddress({ ...address, page, pageSize }),
          })}
        />
      )}
    </Page>
  );
}
