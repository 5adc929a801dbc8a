import { chinaToday, courseTypes, labelOf, type Course, type Enrolment } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import {
  Badge,
  Button,
  Descriptions,
  Drawer,
  Empty,
  Flex,
  Space,
  Table,
  Typography,
  type TableProps,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../../../auth/useSession';
import { ErrorResult } from '../../../components/ErrorResult';
import { RegionName } from '../../../components/region-picker/RegionName';
import type { DialogProps } from '../../../hooks/useDialog';
import { useLanguage } from '../../../i18n/useLanguage';
import { useTalentMutation } from '../registry/useTalentMutation';
import { WorkerSelect } from '../registry/WorkerSelect';
import { educationKeys, enrolWorkers, listEnrolments, recordAttendance } from './education-api';

const statusBadge = { enrolled: 'processing', completed: 'success', absent: 'default' } as const;

/**
 * One course: what it is, who enrolled, and their attendance. 结业 credits the course's hours to
 * the worker once (on the last day of the course, or today if it has not ended); 缺勤 credits
 * nothing.
 */
export function CourseDrawer({ course, ...dialog }: DialogProps & { course: Course }) {
  const { language, t } = useLanguage();
  const { can, inScope } = useSession();
  const mayManage = can('education:manage') && inScope(course.regionCode);
  const [picked, setPicked] = useState<string[]>([]);
  const enrolments = useQuery({
    queryKey: educationKeys.enrolments(course.id),
    queryFn: ({ signal }) => listEnrolments(course.id, signal),
  });
  const enrol = useTalentMutation((ids: string[]) => enrolWorkers(course.id, ids), {
    success: (result) => t('education.enrol.done', { count: result.enrolled }),
    onDone: () => setPicked([]),
  });
  const attend = useTalentMutation(
    ({ enrolment, status }: { enrolment: Enrolment; status: 'completed' | 'absent' }) => {
      const today = chinaToday();
      return recordAttendance(
        enrolment,
        status,
        status === 'completed' ? (course.endsOn < today ? course.endsOn : today) : undefined,
      );
    },
    {
      success: (e) =>
        e.status === 'completed'
          ? t('education.attendance.completedDone', { name: e.workerName, hours: course.hours })
          : t('education.attendance.absentDone', { name: e.workerName }),
    },
  );
  const full = course.capacity !== null && course.enrolled >= course.capacity;
  const columns: TableProps<Enrolment>['columns'] = [
    {
      key: 'worker',
      title: t('registrations.worker'),
      dataIndex: 'workerName',
      render: (name: string, e) => <Link to={`/workers/${e.workerId}?tab=education`}>{name}</Link>,
    },
    {
      key: 'status',
      title: t('education.attendance.status'),
      dataIndex: 'status',
      render: (status: Enrolment['status']) => (
        <Badge status={statusBadge[status]} text={t(`education.attendance.${status}`)} />
      ),
    },
    {
      key: 'completedOn',
      title: t('education.attendance.completedOn'),
      dataIndex: 'completedOn',
      render: (date: string | null) => date ?? '—',
    },
    ...(mayManage
      ? [
          {
            key: 'actions',
            title: t('common.actions'),
            render: (_value: unknown, e: Enrolment) =>
              e.status !== 'completed' && (
                <Space size="small">
                  <Button
                    type="link"
                    size="small"
                    style={{ paddingInline: 0 }}
                    disabled={attend.isPending}
                    onClick={() => attend.mutate({ enrolment: e, status: 'completed' })}
                  >
                    {t('education.attendance.markCompleted')}
                  </Button>
                  {e.status === 'enrolled' && (
                    <Button
                      type="link"
                      size="small"
                      danger
                      style={{ paddingInline: 0 }}
                      disabled={attend.isPending}
                      onClick={() => attend.mutate({ enrolment: e, status: 'absent' })}
                    >
                      {t('education.attendance.markAbsent')}
                    </Button>
                  )}
                </Space>
              ),
          },
        ]
      : []),
  ];

  return (
    <Drawer
      open={dialog.open}
      onClose={dialog.onClose}
      afterOpenChange={(isOpen) => !isOpen && dialog.afterClose()}
      title={course.title}
      size={760}
    >
      <Flex vertical gap="middle">
        <Descriptions
          bordered
          size="small"
          column={2}
          items={[
            {
              key: 'type',
              label: t('education.course.type'),
              children: labelOf(courseTypes, course.type, language),
            },
            {
              key: 'organiser',
              label: t('education.course.organiser'),
              children: course.organiser,
            },
            {
              key: 'dates',
              label: t('education.course.dates'),
              children: `${course.startsOn} ~ ${course.endsOn}`,
            },
            {
              key: 'hours',
              label: t('education.course.hours'),
              children: t('workers.hours', { hours: course.hours }),
            },
            {
              key: 'enrolled',
              label: t('education.course.enrolled'),
              children:
                course.capacity === null
                  ? course.enrolled
                  : `${course.enrolled}/${course.capacity}`,
            },
            {
              key: 'completed',
              label: t('education.course.completed'),
              children: course.completed,
            },
            {
              key: 'region',
              label: t('education.course.region'),
              span: 'filled' as const,
              children: <RegionName code={course.regionCode} />,
            },
          ]}
        />
        {mayManage && (
          <Flex gap="small" align="flex-start">
            <WorkerSelect
              multiple
              value={picked}
              onChange={setPicked}
              placeholder={t('education.enrol.placeholder')}
              style={{ flex: 1 }}
            />
            <Button
              type="primary"
              disabled={picked.length === 0 || full}
              loading={enrol.isPending}
              onClick={() => enrol.mutate(picked)}
            >
              {t('education.enrol.submit', { count: picked.length })}
            </Button>
          </Flex>
        )}
        {full && mayManage && (
          <Typography.Text type="warning">{t('education.enrol.full')}</Typography.Text>
        )}
        {enrolments.isError ? (
          <ErrorResult error={enrolments.error} onRetry={() => void enrolments.refetch()} />
        ) : (
          <Table<Enrolment>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={enrolments.data ?? []}
            loading={enrolments.isFetching}
            pagination={
              (enrolments.data?.length ?? 0) > 20 ? { pageSize: 20, size: 'small' } : false
            }
            locale={{ emptyText: <Empty description={t('education.enrol.empty')} /> }}
          />
        )}
      </Flex>
    </Drawer>
  );
}
