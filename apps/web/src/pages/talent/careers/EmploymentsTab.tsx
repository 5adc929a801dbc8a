import { PlusOutlined } from '@ant-design/icons';
import {
  employerKinds,
  labelOf,
  postTypes,
  type Employment,
  type WorkerDetail,
} from '@shegong/domain';
import { Badge, Button, Empty, Table, Typography, type TableProps } from 'antd';
import { EndDateModal } from '../../../components/EndDateModal';
import { TableToolbar } from '../../../components/TableToolbar';
import { useDialog } from '../../../hooks/useDialog';
import { useLanguage } from '../../../i18n/useLanguage';
import { EmploymentModal } from './EmploymentModal';
import { formatYears } from '../registry/TalentTags';
import { useTalentMutation } from '../registry/useTalentMutation';
import { endEmployment } from '../registry/workers-api';

/** Jobs in post first, then those left, the latest first. */
function byPost(a: Employment, b: Employment): number {
  if ((a.endedOn === null) !== (b.endedOn === null)) return a.endedOn === null ? -1 : 1;
  return b.startedOn.localeCompare(a.startedOn);
}

/** 从业经历: every job in social work; years in service count their union up to today. */
export function EmploymentsTab({ worker, mayWrite }: { worker: WorkerDetail; mayWrite: boolean }) {
  const { language, t } = useLanguage();
  const adding = useDialog();
  const ending = useDialog<Employment>();
  const end = useTalentMutation(
    ({ job, endedOn, reason }: { job: Employment; endedOn: string; reason: string }) =>
      endEmployment(job.id, { version: job.version, endedOn, leavingReason: reason }),
    { success: () => t('workers.job.ended'), onDone: ending.props.onClose },
  );
  const columns: TableProps<Employment>['columns'] = [
    { key: 'employer', title: t('workers.job.employer'), dataIndex: 'employerName' },
    {
      key: 'kind',
      title: t('workers.job.employerKind'),
      dataIndex: 'employerKind',
      render: (kind: Employment['employerKind']) => labelOf(employerKinds, kind, language),
    },
    {
      key: 'postType',
      title: t('workers.job.postType'),
      dataIndex: 'postType',
      render: (type: Employment['postType']) => labelOf(postTypes, type, language),
    },
    {
      key: 'fullTime',
      title: t('workers.job.fullTime'),
      dataIndex: 'fullTime',
      render: (fullTime: boolean) =>
        fullTime ? t('workers.job.fullTime.yes') : t('workers.job.fullTime.no'),
    },
    { key: 'startedOn', title: t('workers.job.startedOn'), dataIndex: 'startedOn' },
    {
      key: 'endedOn',
      title: t('workers.job.endedOn'),
      dataIndex: 'endedOn',
      render: (date: string | null) => date ?? '—',
    },
    {
      key: 'state',
      title: t('workers.job.state'),
      render: (_value, job) =>
        job.endedOn === null ? (
          <Badge status="success" text={t('workers.job.inPost')} />
        ) : (
          <Badge status="default" text={t('workers.job.left')} />
        ),
    },
    {
      key: 'leavingReason',
      title: t('workers.job.leavingReason'),
      dataIndex: 'leavingReason',
      render: (reason: string | null) => reason ?? '—',
    },
    ...(mayWrite
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_value: unknown, job: Employment) =>
              job.endedOn === null && (
                <Button
                  type="link"
                  size="small"
                  style={{ paddingInline: 0 }}
                  onClick={() => ending.show(job)}
                >
                  {t('workers.job.end')}
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
            {t('workers.yearsInService')}：{formatYears(worker.yearsInService, t)}
            <Typography.Text type="secondary"> · {t('workers.job.yearsHint')}</Typography.Text>
          </Typography.Text>
        }
        actions={
          mayWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => adding.show(true)}>
              {t('workers.job.add')}
            </Button>
          )
        }
      />
      <Table<Employment>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={[...worker.employments].sort(byPost)}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('workers.job.empty')} /> }}
      />
      {adding.payload && <EmploymentModal {...adding.props} worker={worker} />}
      {ending.payload && (
        <EndDateModal
          {...ending.props}
          title={`${t('workers.job.end')} · ${ending.payload.employerName}`}
          dateLabel={t('workers.job.endedOn')}
          notBefore={ending.payload.startedOn}
          withNote
          noteLabel={t('workers.job.leavingReason')}
          noteRequired
          noteMax={200}
          saving={end.isPending}
          onSubmit={({ date, note }) =>
            ending.payload && end.mutate({ job: ending.payload, endedOn: date, reason: note ?? '' })
          }
        />
      )}
    </>
  );
}
