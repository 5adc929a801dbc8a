import { PlusOutlined } from '@ant-design/icons';
import type { Supervision, WorkerDetail } from '@shegong/domain';
import { Badge, Button, Empty, Table, type TableProps } from 'antd';
import { Link } from 'react-router';
import { TableToolbar } from '../../../components/TableToolbar';
import { useDialog } from '../../../hooks/useDialog';
import { useT } from '../../../i18n/useT';
import { SupervisionChangeModal, SupervisionModal } from './SupervisionModal';

/** 督导: the worker's supervisors and, for a supervisor, those they supervise; with the hours. */
export function SupervisionTab({ worker, mayWrite }: { worker: WorkerDetail; mayWrite: boolean }) {
  const t = useT();
  const adding = useDialog();
  const changing = useDialog<Supervision>();
  const columns: TableProps<Supervision>['columns'] = [
    {
      key: 'role',
      title: t('workers.supervision.role'),
      render: (_value, s) =>
        s.supervisorId === worker.id
          ? t('workers.supervision.asSupervisor')
          : t('workers.supervision.asSupervisee'),
    },
    {
      key: 'counterpart',
      title: t('workers.supervision.counterpart'),
      render: (_value, s) => {
        const [id, name] =
          s.supervisorId === worker.id
            ? [s.superviseeId, s.superviseeName]
            : [s.supervisorId, s.supervisorName];
        return <Link to={`/workers/${id}`}>{name}</Link>;
      },
    },
    { key: 'startedOn', title: t('workers.supervision.startedOn'), dataIndex: 'startedOn' },
    {
      key: 'endedOn',
      title: t('workers.supervision.endedOn'),
      dataIndex: 'endedOn',
      render: (date: string | null) => date ?? '—',
    },
    {
      key: 'hours',
      title: t('workers.supervision.hours'),
      dataIndex: 'hours',
      align: 'right',
    },
    {
      key: 'state',
      title: t('workers.supervision.state'),
      render: (_value, s) =>
        s.endedOn === null ? (
          <Badge status="processing" text={t('workers.supervision.running')} />
        ) : (
          <Badge status="default" text={t('workers.supervision.ended')} />
        ),
    },
    ...(mayWrite
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_value: unknown, s: Supervision) => (
              <Button
                type="link"
                size="small"
                style={{ paddingInline: 0 }}
                onClick={() => changing.show(s)}
              >
                {t('workers.supervision.change')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <TableToolbar
        actions={
          mayWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => adding.show(true)}>
              {t('workers.supervision.add')}
            </Button>
          )
        }
      />
      <Table<Supervision>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={worker.supervisions}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('workers.supervision.empty')} /> }}
      />
      {adding.payload && <SupervisionModal {...adding.props} worker={worker} />}
      {changing.payload && (
        <SupervisionChangeModal {...changing.props} supervision={changing.payload} />
      )}
    </>
  );
}
