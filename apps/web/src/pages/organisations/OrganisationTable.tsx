import {
  labelOf,
  organisationBackgrounds,
  organisationTypes,
  type Organisation,
} from '@shegong/domain';
import { Empty, Table, type TableProps } from 'antd';
import { Link } from 'react-router';
import { listPagination } from '../../components/list-pagination';
import { useLanguage } from '../../i18n/useLanguage';
import { GradeTag } from './GradeTag';
import { HeadcountLink } from './HeadcountLink';
import { OrganisationStatus } from './OrganisationStatus';

export function OrganisationTable({
  organisations,
  total,
  page,
  pageSize,
  loading,
  onPageChange,
}: {
  organisations: Organisation[];
  total: number;
  page: number;
  pageSize: number;
  loading: boolean;
  onPageChange: (page: number, pageSize: number) => void;
}) {
  const { language, t } = useLanguage();
  const columns: TableProps<Organisation>['columns'] = [
    {
      key: 'name',
      title: t('organisations.name'),
      dataIndex: 'name',
      render: (name: string, organisation) => (
        <Link to={`/organisations/${organisation.id}`}>{name}</Link>
      ),
    },
    { key: 'creditCode', title: t('organisations.creditCode'), dataIndex: 'creditCode' },
    {
      key: 'type',
      title: t('organisations.type'),
      dataIndex: 'type',
      render: (type: Organisation['type']) => labelOf(organisationTypes, type, language),
    },
    { key: 'region', title: t('organisations.region'), dataIndex: 'regionName' },
    {
      key: 'grade',
      title: t('organisations.grade'),
      dataIndex: 'currentRating',
      render: (rating: Organisation['currentRating']) => <GradeTag rating={rating} />,
    },
    {
      key: 'headcount',
      title: t('organisations.headcount'),
      align: 'right',
      render: (_value, organisation) => <HeadcountLink organisation={organisation} />,
    },
    {
      key: 'background',
      title: t('organisations.background'),
      dataIndex: 'background',
      render: (background: Organisation['background']) =>
        labelOf(organisationBackgrounds, background, language),
    },
    {
      key: 'status',
      title: t('organisations.status'),
      dataIndex: 'status',
      render: (status: Organisation['status']) => <OrganisationStatus status={status} />,
    },
  ];

  return (
    <Table<Organisation>
      rowKey="id"
      columns={columns}
      dataSource={organisations}
      loading={loading}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={t('organisations.empty')} /> }}
      pagination={listPagination(t, { page, pageSize, total, onChange: onPageChange })}
    />
  );
}
