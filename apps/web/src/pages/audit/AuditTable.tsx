import type { AuditEvent } from '@shegong/domain';
import { Empty, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { RegionName } from '../../components/region-picker/RegionName';
import { formatDateTime } from '../../format/date-time';
import { useT } from '../../i18n/useT';
import { actionLabel, entityLabel, noteLabel } from './audit-labels';
import { AuditEventDetail } from './AuditEventDetail';

export function AuditTable({ events, loading }: { events: AuditEvent[]; loading: boolean }) {
  const t = useT();
  const columns: TableProps<AuditEvent>['columns'] = [
    {
      key: 'time',
      title: t('audit.time'),
      dataIndex: 'occurredAt',
      render: (at: string) => formatDateTime(at),
    },
    {
      key: 'actor',
      title: t('audit.actor'),
      dataIndex: 'actorName',
      render: (name: string | null) =>
        name ?? <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>,
    },
    {
      key: 'action',
      title: t('audit.action'),
      render: (_value, event) => {
        const note = noteLabel(t, event.detail);
        return (
          <>
            {actionLabel(t, event.action)}
            {note && <Typography.Text type="secondary"> · {note}</Typography.Text>}
          </>
        );
      },
    },
    {
      key: 'entity',
      title: t('audit.entity'),
      render: (_value, event) =>
        event.entityType && (
          <Tooltip title={event.entityId}>
            {entityLabel(t, event.entityType)}
            {event.entityId && (
              // Time-ordered ids share their head: the tail tells them apart.
              <Typography.Text type="secondary"> …{event.entityId.slice(-8)}</Typography.Text>
            )}
          </Tooltip>
        ),
    },
    {
      key: 'region',
      title: t('audit.region'),
      dataIndex: 'regionCode',
      render: (code: string) => <RegionName code={code} />,
    },
    {
      key: 'outcome',
      title: t('audit.outcome'),
      dataIndex: 'outcome',
      render: (outcome: AuditEvent['outcome']) => (
        <Tag color={outcome === 'success' ? 'green' : 'red'}>{t(`audit.outcome.${outcome}`)}</Tag>
      ),
    },
    { key: 'ip', title: t('audit.ip'), dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
  ];

  return (
    <Table<AuditEvent>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={events}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty description={t('audit.empty')} /> }}
      expandable={{ expandedRowRender: (event) => <AuditEventDetail event={event} /> }}
    />
  );
}
