import type { ScheduleEntry } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Space, Table, type TableProps } from 'antd';
import { Link, useNavigate } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { GuidingEmpty } from '../../components/GuidingEmpty';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useLanguage } from '../../i18n/useLanguage';
import { RoundStatusTag, TwoLines, useKindLabel } from './EvaluationLabels';
import { createRound, evaluationKeys, getSchedule } from './evaluations-api';

export const roundPath = (id: string) => `/evaluations/rounds/${id}`;

/** 评估安排: the contracts in service, their 中期 and 终期 due dates, arranged or not. */
export function ScheduleTab() {
  const { t } = useLanguage();
  const kindLabel = useKindLabel();
  const navigate = useNavigate();
  const schedule = useQuery({
    queryKey: evaluationKeys.schedule,
    queryFn: ({ signal }) => getSchedule(signal),
  });
  const open = useRecordMutation(createRound, {
    invalidates: [evaluationKeys.all],
    success: (round) => t('evaluations.schedule.opened', { kind: kindLabel(round.kind) }),
    onDone: (round) => void navigate(roundPath(round.id)),
  });
  const columns: TableProps<ScheduleEntry>['columns'] = [
    {
      key: 'project',
      title: t('evaluations.project'),
      render: (_, e) => (
        <TwoLines
          sub={
            <>
              {e.contractCode} · {e.regionName}
            </>
          }
        >
          {e.projectTitle}
        </TwoLines>
      ),
    },
    { key: 'provider', title: t('evaluations.provider'), dataIndex: 'providerName' },
    {
      key: 'term',
      title: t('evaluations.term'),
      render: (_, e) => `${e.termStart} ~ ${e.termEnd}`,
    },
    ...(['midterm', 'final'] as const).map((kind) => ({
      key: kind,
      title: kindLabel(kind),
      render: (_: unknown, e: ScheduleEntry) => {
        const r = e.rounds.find((x) => x.kind === kind);
        if (!r) return '—';
        return (
          <Space wrap size={4}>
            <span>{t('evaluations.dueOn.short', { date: r.dueOn })}</span>
            {r.roundId && r.status ? (
              <>
                <RoundStatusTag status={r.status} />
                <Link to={roundPath(r.roundId)}>{t('evaluations.round.open')}</Link>
              </>
            ) : (
              <Button
                size="small"
                aria-label={`${t('evaluations.schedule.arrange')} ${e.contractCode} ${kindLabel(kind)}`}
                loading={open.isPending && open.variables?.contractId === e.contractId}
                onClick={() => open.mutate({ contractId: e.contractId, kind })}
              >
                {t('evaluations.schedule.arrange')}
              </Button>
            )}
          </Space>
        );
      },
    })),
  ];
  if (schedule.isError)
    return <ErrorResult error={schedule.error} onRetry={() => void schedule.refetch()} />;
  return (
    <Table<ScheduleEntry>
      rowKey="contractId"
      loading={schedule.isFetching}
      dataSource={schedule.data?.items ?? []}
      columns={columns}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{
        emptyText: (
          <GuidingEmpty
            title={t('evaluations.schedule.empty')}
            purpose={t('evaluations.schedule.purpose')}
          />
        ),
      }}
    />
  );
}
