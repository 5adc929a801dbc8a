import { useQuery } from '@tanstack/react-query';
import type { CaseDesk } from '@shegong/domain';
import { Card, Col, Row, Table, Tag } from 'antd';
import { Link } from 'react-router';
import { useSession } from '../../auth/useSession';
import { FigureCard } from '../../components/FigureCard';
import { useT } from '../../i18n/useT';
import { caseKeys, getDesk } from './casework-api';

export function useDesk() {
  const { can } = useSession();
  return useQuery({
    queryKey: caseKeys.desk,
    queryFn: ({ signal }) => getDesk(signal),
    enabled: can('cases:work'),
  });
}

/** The desk's figures: open cases, tasks due, overdue re-assessments, closures to approve. */
export function DeskFigures({ desk }: { desk: CaseDesk }) {
  const t = useT();
  const figures = [
    { key: 'open.count', value: desk.counts.open, to: '/cases?role=worker&status=open' },
    { key: 'tasksDue', value: desk.counts.tasksDue, to: '/casework#tasks', danger: true },
    {
      key: 'overdueReassessments',
      value: desk.counts.overdueReassessments,
      to: '/casework#reassessments',
      danger: true,
    },
    { key: 'awaitingMyApproval', value: desk.counts.awaitingMyApproval, to: '/case-approvals' },
  ] as const;
  return (
    <Row gutter={[16, 16]}>
      {figures.map((f) => (
        <Col key={f.key} xs={12} xl={6}>
          <FigureCard
            title={t(`casework.desk.${f.key}`)}
            value={f.value}
            danger={'danger' in f && f.value > 0}
            to={f.to}
          />
        </Col>
      ))}
    </Row>
  );
}

/** For the home page of a social worker: the desk in four figures, leading to it. */
export function CaseDeskCard() {
  const t = useT();
  const desk = useDesk();
  if (!desk.data) return null;
  return (
    <Card
      variant="borderless"
      title={t('casework.desk.home')}
      extra={<Link to="/casework">{t('casework.desk.open')}</Link>}
    >
      <DeskFigures desk={desk.data} />
    </Card>
  );
}

export function TasksDueTable({ desk }: { desk: CaseDesk }) {
  const t = useT();
  return (
    <Table
      rowKey="taskId"
      size="small"
      pagination={false}
      dataSource={desk.tasksDue}
      locale={{ emptyText: t('casework.desk.noTasks') }}
      columns={[
        {
          key: 'client',
          title: t('casework.client'),
          render: (_, r) => <Link to={`/cases/${r.caseId}`}>{r.clientName}</Link>,
        },
        { key: 'task', title: t('casework.task.title'), dataIndex: 'title' },
        {
          key: 'due',
          title: t('casework.task.dueOn'),
          render: (_, r) => (r.overdue ? <Tag color="red">{r.dueOn}</Tag> : r.dueOn),
        },
      ]}
    />
  );
}

export function ReassessmentsTable({ desk }: { desk: CaseDesk }) {
  const t = useT();
  return (
    <Table
      rowKey="caseId"
      size="small"
      pagination={false}
      dataSource={desk.reassessments}
      locale={{ emptyText: t('casework.desk.noReassessments') }}
      columns={[
        {
          key: 'client',
          title: t('casework.client'),
          render: (_, r) => <Link to={`/cases/${r.caseId}`}>{r.clientName}</Link>,
        },
        {
          key: 'due',
          title: t('casework.reassessment'),
          render: (_, r) =>
            r.overdue ? (
              <Tag color="red">{t('casework.reassessment.overdue', { date: r.dueOn })}</Tag>
            ) : (
              r.dueOn
            ),
        },
      ]}
    />
  );
}
