import { PlusOutlined } from '@ant-design/icons';
import {
  creditSources,
  labelOf,
  type CreditLedgerEntry,
  type CreditSource,
  type WorkerDetail,
} from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Empty,
  Flex,
  Space,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import { useSession } from '../../../auth/useSession';
import { TableToolbar } from '../../../components/TableToolbar';
import { useDialog } from '../../../hooks/useDialog';
import { useLanguage } from '../../../i18n/useLanguage';
import { educationKeys, getCreditRule, provinceOf } from './education-api';
import { ComplianceProgress } from './ComplianceProgress';
import { CreditModal } from './CreditModal';
import { DeleteRecordModal } from '../corrections/DeleteRecordModal';
import { RecordActions } from '../corrections/RecordActions';

const isSource = (code: string): code is CreditSource => creditSources.some((s) => s.code === code);

/**
 * 继续教育: the hours of the current registration cycle against what the level requires (by
 * source, as the province's rule counts them), and the ledger of every hour recorded.
 */
export function EducationTab({ worker, mayCredit }: { worker: WorkerDetail; mayCredit: boolean }) {
  const { language, t } = useLanguage();
  const adding = useDialog();
  const editing = useDialog<CreditLedgerEntry>();
  const deleting = useDialog<CreditLedgerEntry>();
  const province = provinceOf(worker.regionCode);
  const { can } = useSession();
  const rule = useQuery({
    queryKey: educationKeys.creditRule(province),
    queryFn: ({ signal }) => getCreditRule(province, signal),
    staleTime: 5 * 60_000,
    // An organisation's administrator reads only their staff's records, not the province's rules.
    enabled: can('workers:read'),
  });
  const { ceCompliance: c } = worker;
  const columns: TableProps<CreditLedgerEntry>['columns'] = [
    { key: 'earnedOn', title: t('education.credit.earnedOn'), dataIndex: 'earnedOn' },
    {
      key: 'source',
      title: t('education.credit.source'),
      dataIndex: 'source',
      render: (source: CreditSource) => (
        <Space size={4}>
          {labelOf(creditSources, source, language)}
          {rule.data && !rule.data.countedSources.includes(source) && (
            <Tag>{t('education.credit.notCounted')}</Tag>
          )}
        </Space>
      ),
    },
    {
      key: 'hours',
      title: t('education.credit.hours'),
      dataIndex: 'hours',
      align: 'right',
    },
    { key: 'description', title: t('education.credit.description'), dataIndex: 'description' },
    ...(mayCredit
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            // Course hours follow the course's attendance and are corrected there.
            render: (_value: unknown, entry: CreditLedgerEntry) =>
              entry.fromCourse ? (
                <Typography.Text type="secondary">
                  {t('education.credit.fromCourse')}
                </Typography.Text>
              ) : (
                <RecordActions
                  onEdit={() => editing.show(entry)}
                  onDelete={() => deleting.show(entry)}
                />
              ),
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap="middle">
      <Card size="small" title={t('education.compliance.title')}>
        {c.cycleFrom && c.cycleTo ? (
          <Flex vertical gap="small">
            <Typography.Text>
              {t('education.compliance.cycle', { from: c.cycleFrom, to: c.cycleTo })}
            </Typography.Text>
            <ComplianceProgress compliance={c} />
            <Typography.Text type={c.short > 0 ? 'warning' : 'success'}>
              {c.short > 0
                ? t('education.compliance.short', { credited: c.credited, short: c.short })
                : t('education.compliance.met', { credited: c.credited })}
            </Typography.Text>
            {Object.keys(c.bySource).length > 0 && (
              <Space wrap size={4}>
                {Object.entries(c.bySource).map(([source, hours]) => (
                  <Tag key={source}>
                    {isSource(source) ? labelOf(creditSources, source, language) : source}{' '}
                    {t('workers.hours', { hours })}
                  </Tag>
                ))}
              </Space>
            )}
          </Flex>
        ) : (
          <Alert type="info" showIcon title={t('education.compliance.noCycle')} />
        )}
      </Card>
      <TableToolbar
        summary={<Typography.Text strong>{t('education.credit.ledger')}</Typography.Text>}
        actions={
          mayCredit && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => adding.show(true)}>
              {t('education.credit.add')}
            </Button>
          )
        }
      />
      <Table<CreditLedgerEntry>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={[...worker.credits].sort((a, b) => b.earnedOn.localeCompare(a.earnedOn))}
        pagination={worker.credits.length > 10 ? { pageSize: 10, size: 'small' } : false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('education.credit.empty')} /> }}
      />
      {adding.payload && (
        <CreditModal {...adding.props} worker={worker} counted={rule.data?.countedSources} />
      )}
      {editing.payload && (
        <CreditModal
          {...editing.props}
          worker={worker}
          counted={rule.data?.countedSources}
          entry={editing.payload}
        />
      )}
      {deleting.payload && (
        <DeleteRecordModal
          {...deleting.props}
          kind="credit-entries"
          record={deleting.payload}
          title={t('education.credit.delete')}
          description={t('education.credit.deleteHint', {
            date: deleting.payload.earnedOn,
            hours: deleting.payload.hours,
          })}
        />
      )}
    </Flex>
  );
}
