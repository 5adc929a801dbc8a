import type { Worker } from '@shegong/domain';
import { Empty, Table, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../i18n/useT';
import { formatYears, LevelTag, RegistrationState } from './TalentTags';

/** The last two steps of a division path (街道 / 社区), the whole path on hover. */
export function ShortRegionName({ path }: { path: string }) {
  const parts = path.split(' / ');
  return <span title={path}>{parts.slice(-2).join(' / ')}</span>;
}

/** The workers loaded so far; ID numbers come masked from the server. */
export function WorkerTable({ workers, loading }: { workers: Worker[]; loading: boolean }) {
  const t = useT();
  const columns: TableProps<Worker>['columns'] = [
    {
      key: 'name',
      title: t('workers.name'),
      dataIndex: 'name',
      fixed: 'left',
      render: (name: string, worker) => <Link to={`/workers/${worker.id}`}>{name}</Link>,
    },
    {
      key: 'idNumber',
      title: t('workers.idNumber'),
      dataIndex: 'idNumber',
      fixed: 'left',
      render: (id: string) => <Typography.Text code>{id}</Typography.Text>,
    },
    {
      key: 'sex',
      title: t('workers.sex'),
      dataIndex: 'sex',
      render: (sex: Worker['sex']) => t(`workers.sex.${sex}`),
    },
    { key: 'age', title: t('workers.age'), dataIndex: 'age', align: 'right' },
    {
      key: 'region',
      title: t('workers.region'),
      dataIndex: 'regionName',
      render: (path: string) => <ShortRegionName path={path} />,
    },
    {
      key: 'level',
      title: t('workers.highestLevel'),
      dataIndex: 'highestLevel',
      render: (level: Worker['highestLevel']) => <LevelTag level={level} />,
    },
    {
      key: 'registration',
      title: t('workers.registration'),
      dataIndex: 'registration',
      render: (registration: Worker['registration']) => (
        <RegistrationState registration={registration} />
      ),
    },
    {
      key: 'employer',
      title: t('workers.currentEmployer'),
      dataIndex: 'currentEmployer',
      render: (employer: string | null) =>
        employer ?? <Typography.Text type="secondary">{t('workers.employed.no')}</Typography.Text>,
    },
    {
      key: 'years',
      title: t('workers.yearsInService'),
      dataIndex: 'yearsInService',
      align: 'right',
      render: (years: number) => formatYears(years, t),
    },
  ];
  return (
    <Table<Worker>
      rowKey="id"
      columns={columns}
      dataSource={workers}
      loading={loading}
      pagination={false}
      // Name and ID number stay, the rest scrolls, with its scroll bar kept in view.
      scroll={{ x: 'max-content' }}
      sticky
      locale={{ emptyText: <Empty description={t('workers.empty')} /> }}
    />
  );
}
