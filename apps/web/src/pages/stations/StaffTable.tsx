import { PlusOutlined } from '@ant-design/icons';
import {
  labelOf,
  staffingRoles,
  workerListPath,
  type StaffAssignment,
  type StationDetail,
} from '@shegong/domain';
import { Badge, Button, Empty, Table, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { EndDateModal } from '../../components/EndDateModal';
import { TableToolbar } from '../../components/TableToolbar';
import { useDialog } from '../../hooks/useDialog';
import { useLanguage } from '../../i18n/useLanguage';
import { AssignStaffModal } from './AssignStaffModal';
import { StaffCount } from './StationLabels';
import { endStaffAssignment } from './stations-api';
import { useStationMutation } from './useStationMutation';

/** Those in post first, then those who left, the latest first. */
function byPost(a: StaffAssignment, b: StaffAssignment): number {
  if ((a.endedOn === null) !== (b.endedOn === null)) return a.endedOn === null ? -1 : 1;
  return b.startedOn.localeCompare(a.startedOn);
}

/** 人员配备: who works at the station, against what the norm asks of it. */
export function StaffTable({ station, mayWrite }: { station: StationDetail; mayWrite: boolean }) {
  const { language, t } = useLanguage();
  const assigning = useDialog();
  const ending = useDialog<StaffAssignment>();
  const end = useStationMutation(
    ({ assignment, endedOn }: { assignment: StaffAssignment; endedOn: string }) =>
      endStaffAssignment(assignment.id, { version: assignment.version, endedOn }),
    {
      success: (assignment) => t('stations.staff.ended', { name: assignment.workerName }),
      onDone: ending.props.onClose,
    },
  );
  const columns: TableProps<StaffAssignment>['columns'] = [
    {
      key: 'workerName',
      title: t('stations.staff.workerName'),
      dataIndex: 'workerName',
      // The worker's record when the assignment names one, else the registry searched by name.
      render: (name: string, assignment) => (
        <Link
          to={assignment.workerId ? `/workers/${assignment.workerId}` : workerListPath({ q: name })}
        >
          {name}
        </Link>
      ),
    },
    {
      key: 'role',
      title: t('stations.staff.role'),
      dataIndex: 'role',
      render: (role: StaffAssignment['role']) => labelOf(staffingRoles, role, language),
    },
    { key: 'startedOn', title: t('stations.staff.startedOn'), dataIndex: 'startedOn' },
    {
      key: 'endedOn',
      title: t('stations.staff.endedOn'),
      dataIndex: 'endedOn',
      render: (date: string | null) => date ?? '—',
    },
    {
      key: 'state',
      title: t('stations.staff.state'),
      render: (_value, assignment) =>
        assignment.endedOn === null ? (
          <Badge status="success" text={t('stations.staff.inPost')} />
        ) : (
          <Badge status="default" text={t('stations.staff.left')} />
        ),
    },
    ...(mayWrite
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_value: unknown, assignment: StaffAssignment) =>
              assignment.endedOn === null && (
                <Button
                  type="link"
                  size="small"
                  style={{ paddingInline: 0 }}
                  onClick={() => ending.show(assignment)}
                >
                  {t('stations.staff.end')}
                </Button>
              ),
          },
        ]
      : []),
  ];

  return (
    <>
      <TableToolbar
        summary={
          <Typography.Text>
            {t('stations.staff.summary')}{' '}
            <StaffCount staffCount={station.staffCount} requiredStaff={station.requiredStaff} />
          </Typography.Text>
        }
        actions={
          mayWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => assigning.show(true)}>
              {t('stations.staff.assign')}
            </Button>
          )
        }
      />
      <Table<StaffAssignment>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={[...station.staff].sort(byPost)}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('stations.staff.empty')} /> }}
      />
      {assigning.payload && <AssignStaffModal {...assigning.props} station={station} />}
      {ending.payload && (
        <EndDateModal
          {...ending.props}
          title={`${t('stations.staff.end')} · ${ending.payload.workerName}`}
          dateLabel={t('stations.staff.endedOn')}
          notBefore={ending.payload.startedOn}
          saving={end.isPending}
          onSubmit={({ date }) =>
            ending.payload && end.mutate({ assignment: ending.payload, endedOn: date })
          }
        />
      )}
    </>
  );
}
