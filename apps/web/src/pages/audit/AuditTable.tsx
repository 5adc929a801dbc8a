import { describeAuditDetail, type AuditEvent } from '@shegong/domain';
import { Empty, Table, Tag, Typography, type TableProps } from 'antd';
import { RegionName } from '../../components/region-picker/RegionName';
import { formatDateTime } from '../../format/date-time';
import { useLanguage } from '../../i18n/useLanguage';
import { actionLabel } from './audit-labels';
import { AuditEventDetail } from './AuditEventDetail';
import { AuditSubject } from './AuditSubject';

/**
 * The events, newest first; a row expands to its changes and details. The columns have fixed
 * widths and the table scrolls by that sum: measured by content instead ('max-content'), an
 * expanded row's detail — text without a width of its own — made the table about 1,000,000 px wide.
 */
export function AuditTable({ events, loading }: { events: AuditEvent[]; loading: boolean }) {
  const { language, t } = useLanguage();
  const columns: TableProps<AuditEvent>['columns'] = [
    {
      key: 'time',
      title: t('audit.time'),
      dataIndex: 'occurredAt',
      width: 170,
      render: (at: string) => formatDateTime(at),
    },
    {
      key: 'actor',
      title: t('audit.actor'),
      dataIndex: 'actorName',
      width: 140,
      ellipsis: true,
      render: (name: string | null) =>
        name ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
    },
    {
      key: 'action',
      title: t('audit.action'),
      width: 260,
      render: (_value, event) => (
        <>
          {actionLabel(t, event.action)}
          {event.detail && (
            <Typography.Text type="secondary">
              {' · '}
              {describeAuditDetail(event.detail, language)}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      key: 'entity',
      title: t('audit.entity'),
      width: 220,
      render: (_value, event) => <AuditSubject event={event} />,
    },
    {
      key: 'region',
      title: t('audit.region'),
      dataIndex: 'regionCode',
      width: 220,
      render: (code: string) => <RegionName code={code} />,
    },
    {
      key: 'outcome',
      title: t('audit.outcome'),
      dataIndex: 'outcome',
      width: 80,
      render: (outcome: AuditEvent['outcome']) => (
        <Tag color={outcome === 'success' ? 'green' : 'red'}>{t(`audit.outcome.${outcome}`)}</Tag>
      ),
    },
    {
      key: 'ip',
      title: t('audit.ip'),
      dataIndex: 'ip',
      width: 130,
      render: (ip: string | null) => ip ?? '—',
    },
  ];

  return (
    <Table<AuditEvent>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={events}
      loading={loading}
      pagination={false}
      tableLayout="fixed"
      scroll={{ x: 1270 }}
      locale={{ emptyText: <Empty description={t('audit.empty')} /> }}
      expandable={{ expandedRowRender: (event) => <AuditEventDetail event={event} /> }}
    />
  );
}
