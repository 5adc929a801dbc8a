import type { ProviderEvaluation } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Table } from 'antd';
import { Link } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { GuidingEmpty } from '../../components/GuidingEmpty';
import { Page } from '../../components/Page';
import { useLanguage } from '../../i18n/useLanguage';
import { RoundStatusTag, TotalAndGrade, TwoLines, useKindLabel } from './EvaluationLabels';
import { evaluationKeys, listOwn } from './evaluations-api';

/** 评估结果 for a provider's 机构管理员: its projects' published and final results. */
export function OwnEvaluationsPage() {
  const { t } = useLanguage();
  const kindLabel = useKindLabel();
  const list = useQuery({ queryKey: evaluationKeys.own, queryFn: ({ signal }) => listOwn(signal) });
  return (
    <Page title={t('evaluations.own.title')}>
      {list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<ProviderEvaluation>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: (
              <GuidingEmpty
                title={t('evaluations.own.empty')}
                purpose={t('evaluations.own.purpose')}
              />
            ),
          }}
          columns={[
            {
              key: 'project',
              title: t('evaluations.project'),
              render: (_, e) => (
                <TwoLines sub={<>{e.contractCode}</>}>
                  <Link to={`/own-evaluations/${e.id}`}>{e.projectTitle}</Link>
                </TwoLines>
              ),
            },
            { key: 'kind', title: t('evaluations.kind'), render: (_, e) => kindLabel(e.kind) },
            {
              key: 'status',
              title: t('evaluations.status'),
              render: (_, e) => <RoundStatusTag status={e.status} />,
            },
            {
              key: 'total',
              title: t('evaluations.result.total'),
              render: (_, e) => <TotalAndGrade total={e.result.total} grade={e.result.grade} />,
            },
            {
              key: 'until',
              title: t('evaluations.objectionUntil'),
              render: (_, e) => e.objectionUntil?.slice(0, 10) ?? '—',
            },
          ]}
        />
      )}
    </Page>
  );
}
