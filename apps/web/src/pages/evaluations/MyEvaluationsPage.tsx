import type { MyEvaluationSummary } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Table, Typography } from 'antd';
import { Link } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { GuidingEmpty } from '../../components/GuidingEmpty';
import { Page } from '../../components/Page';
import { useLanguage } from '../../i18n/useLanguage';
import {
  AssignmentStatusTag,
  RoundStatusTag,
  SheetStatusTag,
  TwoLines,
  useKindLabel,
} from './EvaluationLabels';
import { evaluationKeys, listMine } from './evaluations-api';

/** 我的评估: the evaluator's assignments, nearest deadline first. */
export function MyEvaluationsPage() {
  const { t } = useLanguage();
  const kindLabel = useKindLabel();
  const list = useQuery({
    queryKey: evaluationKeys.mine,
    queryFn: ({ signal }) => listMine(signal),
  });
  const today = new Date().toISOString().slice(0, 10);
  const items = [...(list.data?.items ?? [])].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return (
    <Page title={t('evaluations.mine.title')}>
      {list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<MyEvaluationSummary>
          rowKey="assignmentId"
          loading={list.isFetching}
          dataSource={items}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: (
              <GuidingEmpty
                title={t('evaluations.mine.empty')}
                purpose={t('evaluations.mine.purpose')}
              />
            ),
          }}
          columns={[
            {
              key: 'project',
              title: t('evaluations.project'),
              render: (_, a) => (
                <TwoLines
                  sub={
                    <>
                      {kindLabel(a.kind)} · {a.providerName}
                    </>
                  }
                >
                  <Link to={`/my-evaluations/${a.assignmentId}`}>{a.projectTitle}</Link>
                </TwoLines>
              ),
            },
            {
              key: 'dueOn',
              title: t('evaluations.dueOn'),
              render: (_, a) => (
                <Typography.Text
                  type={a.dueOn < today && a.sheetStatus !== 'submitted' ? 'danger' : undefined}
                >
                  {a.dueOn}
                </Typography.Text>
              ),
            },
            {
              key: 'status',
              title: t('evaluations.mine.declaration'),
              render: (_, a) => <AssignmentStatusTag status={a.status} />,
            },
            {
              key: 'sheet',
              title: t('evaluations.mine.sheet'),
              render: (_, a) => (a.sheetStatus ? <SheetStatusTag status={a.sheetStatus} /> : '—'),
            },
            {
              key: 'round',
              title: t('evaluations.status'),
              render: (_, a) => <RoundStatusTag status={a.roundStatus} />,
            },
          ]}
        />
      )}
    </Page>
  );
}
