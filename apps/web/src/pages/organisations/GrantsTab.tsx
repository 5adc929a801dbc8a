import { PlusOutlined } from '@ant-design/icons';
import {
  fundingSources,
  grantKinds,
  labelOf,
  type Grant,
  type OrganisationDetail,
} from '@shegong/domain';
import { Button, Empty, Table, Typography, type TableProps } from 'antd';
import { RegionName } from '../../components/region-picker/RegionName';
import { TableToolbar } from '../../components/TableToolbar';
import { formatYuan } from '../../format/money';
import { useDialog } from '../../hooks/useDialog';
import { useLanguage } from '../../i18n/useLanguage';
import { GrantModal } from './GrantModal';

/**
 * 资助奖励: subsidies and awards given to the organisation, in yuan — those recorded inside the
 * user's region (the server decides who may read them at all).
 */
export function GrantsTab({
  organisation,
  grants,
  maySupport,
}: {
  organisation: OrganisationDetail;
  grants: Grant[];
  maySupport: boolean;
}) {
  const { language, t } = useLanguage();
  const dialog = useDialog();
  const totalFen = grants.reduce((sum, grant) => sum + grant.amountFen, 0);
  const columns: TableProps<Grant>['columns'] = [
    { key: 'grantedOn', title: t('organisations.grant.grantedOn'), dataIndex: 'grantedOn' },
    {
      key: 'kind',
      title: t('organisations.grant.kind'),
      dataIndex: 'kind',
      render: (kind: Grant['kind']) => labelOf(grantKinds, kind, language),
    },
    { key: 'title', title: t('organisations.grant.title'), dataIndex: 'title' },
    {
      key: 'amount',
      title: t('organisations.grant.amountYuan'),
      dataIndex: 'amountFen',
      align: 'right',
      render: (fen: number) => formatYuan(fen, language),
    },
    {
      key: 'fundingSource',
      title: t('organisations.grant.fundingSource'),
      dataIndex: 'fundingSource',
      render: (source: Grant['fundingSource']) => labelOf(fundingSources, source, language),
    },
    {
      key: 'region',
      title: t('organisations.grant.region'),
      dataIndex: 'regionCode',
      render: (code: string) => <RegionName code={code} />,
    },
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
        summary={
          <Typography.Text type="secondary">
            {grants.length > 0
              ? t('organisations.grant.total', {
                  count: grants.length,
                  amount: formatYuan(totalFen, language),
                })
              : t('organisations.grant.inScope')}
          </Typography.Text>
        }
        actions={
          maySupport && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => dialog.show(true)}>
              {t('organisations.grant.add')}
            </Button>
          )
        }
      />
      <Table<Grant>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={grants}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('organisations.grant.empty')} /> }}
      />
      {dialog.payload && <GrantModal {...dialog.props} organisation={organisation} />}
    </>
  );
}
