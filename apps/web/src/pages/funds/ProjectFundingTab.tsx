import { fundingSources, labelOf, type ProjectDetail } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Flex, Table, Typography } from 'antd';
import { ErrorResult } from '../../components/ErrorResult';
import { formatYuan } from '../../format/money';
import { useLanguage } from '../../i18n/useLanguage';
import { fundKeys, listAllocations } from './funds-api';

/** 资金安排 on the project page: the sources that fund the project (its funding lines). */
export function ProjectFundingTab({ project }: { project: ProjectDetail }) {
  const { t, language } = useLanguage();
  const lines = useQuery({
    queryKey: fundKeys.allocations({ projectId: project.id }),
    queryFn: ({ signal }) => listAllocations({ projectId: project.id }, signal),
  });
  if (lines.isError)
    return <ErrorResult error={lines.error} onRetry={() => void lines.refetch()} />;
  const total = (lines.data ?? []).reduce((n, a) => n + a.amountFen, 0);
  return (
    <Flex vertical gap="small">
      <Typography.Text>
        {t('funds.projectTab.total', {
          amount: formatYuan(total, language),
          budget: formatYuan(project.budgetFen, language),
        })}
      </Typography.Text>
      <Table
        rowKey="id"
        size="small"
        loading={lines.isFetching}
        dataSource={lines.data ?? []}
        pagination={false}
        locale={{ emptyText: t('funds.projectTab.none') }}
        columns={[
          { key: 'year', title: t('funds.year'), dataIndex: 'sourceYear' },
          { key: 'source', title: t('funds.source.name'), dataIndex: 'sourceName' },
          {
            key: 'kind',
            title: t('funds.source.kind'),
            render: (_, a) => labelOf(fundingSources, a.sourceKind, language),
          },
          {
            key: 'amount',
            title: t('funds.allocation.amount'),
            align: 'right',
            render: (_, a) => formatYuan(a.amountFen, language),
          },
          { key: 'note', title: t('funds.allocation.note'), dataIndex: 'note' },
        ]}
      />
    </Flex>
  );
}
