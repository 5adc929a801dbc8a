import { useQuery } from '@tanstack/react-query';
import { Empty, Table, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { ErrorResult } from '../../../components/ErrorResult';
import { RegionName } from '../../../components/region-picker/RegionName';
import { useT } from '../../../i18n/useT';
import { ComplianceProgress } from './ComplianceProgress';
import { educationKeys, listShortOfHours, type ShortOfHours } from './education-api';

/** 学时不足: registered workers whose registration ends within six months without the hours. */
export function ShortOfHoursTable({ region }: { region: string | undefined }) {
  const t = useT();
  const list = useQuery({
    queryKey: educationKeys.short(region),
    queryFn: ({ signal }) => listShortOfHours(region, signal),
  });
  const columns: TableProps<ShortOfHours>['columns'] = [
    {
      key: 'worker',
      title: t('registrations.worker'),
      dataIndex: 'workerName',
      render: (name: string, row) => (
        <Link to={`/workers/${row.workerId}?tab=education`}>{name}</Link>
      ),
    },
    {
      key: 'validUntil',
      title: t('education.short.validUntil'),
      dataIndex: 'validUntil',
      sorter: (a, b) => a.validUntil.localeCompare(b.validUntil),
      defaultSortOrder: 'ascend',
    },
    {
      key: 'progress',
      title: t('education.short.progress'),
      render: (_value, row) => <ComplianceProgress compliance={row.compliance} size="small" />,
    },
    {
      key: 'short',
      title: t('education.short.short'),
      align: 'right',
      sorter: (a, b) => a.compliance.short - b.compliance.short,
      render: (_value, row) => (
        <Typography.Text type="danger">
          {t('workers.hours', { hours: row.compliance.short })}
        </Typography.Text>
      ),
    },
    {
      key: 'region',
      title: t('workers.region'),
      dataIndex: 'regionCode',
      render: (code: string) => <RegionName code={code} />,
    },
  ];
  if (list.isError) return <ErrorResult error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <>
      <Typography.Paragraph type="secondary">{t('education.short.hint')}</Typography.Paragraph>
      <Table<ShortOfHours>
        rowKey="workerId"
        columns={columns}
        dataSource={list.data ?? []}
        loading={list.isFetching}
        scroll={{ x: 'max-content' }}
        pagination={(list.data?.length ?? 0) > 20 ? { pageSize: 20 } : false}
        locale={{ emptyText: <Empty description={t('education.short.empty')} /> }}
      />
    </>
  );
}
