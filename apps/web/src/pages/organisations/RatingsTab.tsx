import { PlusOutlined } from '@ant-design/icons';
import { chinaToday, type OrganisationDetail, type Rating } from '@shegong/domain';
import { Badge, Button, Empty, Table, type TableProps } from 'antd';
import { TableToolbar } from '../../components/TableToolbar';
import { useDialog } from '../../hooks/useDialog';
import { useT } from '../../i18n/useT';
import { GradeTag } from './GradeTag';
import { RatingModal } from './RatingModal';

type RatingState = 'valid' | 'expired' | 'future';

function stateOf(rating: Rating, today: string): RatingState {
  if (rating.ratedOn > today) return 'future';
  return rating.validUntil < today ? 'expired' : 'valid';
}

const badgeOf = { valid: 'success', expired: 'default', future: 'processing' } as const;

/** 评估等级: every rating given, each valid five years; new ones by an assessor of the region. */
export function RatingsTab({
  organisation,
  mayAssess,
}: {
  organisation: OrganisationDetail;
  mayAssess: boolean;
}) {
  const t = useT();
  const dialog = useDialog();
  const today = chinaToday();
  const columns: TableProps<Rating>['columns'] = [
    {
      key: 'grade',
      title: t('organisations.rating.grade'),
      render: (_value, rating) => <GradeTag rating={rating} />,
    },
    {
      key: 'score',
      title: t('organisations.rating.score'),
      dataIndex: 'score',
      render: (score: number | null) => score ?? '—',
    },
    { key: 'ratedOn', title: t('organisations.rating.ratedOn'), dataIndex: 'ratedOn' },
    { key: 'validUntil', title: t('organisations.rating.validUntil'), dataIndex: 'validUntil' },
    {
      key: 'state',
      title: t('organisations.rating.state'),
      render: (_value, rating) => {
        const state = stateOf(rating, today);
        return <Badge status={badgeOf[state]} text={t(`organisations.rating.state.${state}`)} />;
      },
    },
    { key: 'assessor', title: t('organisations.rating.assessor'), dataIndex: 'assessor' },
    {
      key: 'documentRef',
      title: t('organisations.documentRef'),
      dataIndex: 'documentRef',
      render: (ref: string | null) => ref ?? '—',
    },
  ];

  return (
    <>
      <TableToolbar
        actions={
          mayAssess && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => dialog.show(true)}>
              {t('organisations.rating.add')}
            </Button>
          )
        }
      />
      <Table<Rating>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={organisation.ratings}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('organisations.rating.empty')} /> }}
      />
      {dialog.payload && <RatingModal {...dialog.props} organisation={organisation} />}
    </>
  );
}
