import {
  codesOf,
  evaluationRoundKinds,
  evaluationRoundStatuses,
  type EvaluationRoundSummary,
} from '@shegong/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, InputNumber, Select, Table, type TableProps } from 'antd';
import { Link } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { listPagination } from '../../components/list-pagination';
import { oneOf, pageKeys, pageOf, positiveInt } from '../../hooks/url-filter-values';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useUrlFilters } from '../../hooks/useUrlFilters';
import { useLanguage } from '../../i18n/useLanguage';
import { RoundStatusTag, TotalAndGrade, TwoLines, useKindLabel } from './EvaluationLabels';
import { evaluationKeys, listRounds } from './evaluations-api';
import { roundPath } from './ScheduleTab';

const addressKeys = ['tab', 'kind', 'status', 'year', ...pageKeys] as const;

/** 评估轮次: every round in scope, by kind, status and year. */
export function RoundsTab() {
  const { t } = useLanguage();
  const kindLabel = useKindLabel();
  const [address, setAddress] = useUrlFilters(addressKeys);
  const kindOptions = useEnumOptions(evaluationRoundKinds);
  const statusOptions = useEnumOptions(evaluationRoundStatuses);
  const query = {
    ...pageOf(address),
    kind: oneOf(codesOf(evaluationRoundKinds), address.kind),
    status: oneOf(codesOf(evaluationRoundStatuses), address.status),
    year: address.year ? positiveInt(address.year, 2026) : undefined,
  };
  const list = useQuery({
    queryKey: evaluationKeys.rounds(query),
    queryFn: ({ signal }) => listRounds(query, signal),
    placeholderData: keepPreviousData,
  });
  const filter = (change: Partial<Record<(typeof addressKeys)[number], string | number>>) =>
    setAddress({ ...address, page: undefined, ...change });
  const columns: TableProps<EvaluationRoundSummary>['columns'] = [
    {
      key: 'project',
      title: t('evaluations.project'),
      render: (_, r) => (
        <TwoLines
          sub={
            <>
              {r.projectCode} · {r.regionName}
            </>
          }
        >
          <Link to={roundPath(r.id)}>{r.projectTitle}</Link>
        </TwoLines>
      ),
    },
    {
      key: 'kind',
      title: t('evaluations.kind'),
      render: (_, r) => `${r.year} ${kindLabel(r.kind)}`,
    },
    { key: 'provider', title: t('evaluations.provider'), dataIndex: 'providerName' },
    { key: 'dueOn', title: t('evaluations.dueOn'), dataIndex: 'dueOn' },
    {
      key: 'status',
      title: t('evaluations.status'),
      render: (_, r) => <RoundStatusTag status={r.status} />,
    },
    {
      key: 'sheets',
      title: t('evaluations.rounds.sheets'),
      align: 'right',
      render: (_, r) => `${r.sheetsSubmitted} / ${r.evaluators}`,
    },
    {
      key: 'total',
      title: t('evaluations.result.total'),
      render: (_, r) => <TotalAndGrade total={r.total} grade={r.grade} />,
    },
  ];
  return (
    <Flex vertical gap="small">
      <Flex wrap gap="small">
        <Select
          allowClear
          placeholder={t('evaluations.kind')}
          aria-label={t('evaluations.kind')}
          options={kindOptions}
          value={query.kind}
          onChange={(kind?: string) => filter({ kind })}
          style={{ width: 140 }}
        />
        <Select
          allowClear
          placeholder={t('evaluations.status')}
          aria-label={t('evaluations.status')}
          options={statusOptions}
          value={query.status}
          onChange={(status?: string) => filter({ status })}
          style={{ width: 140 }}
        />
        <InputNumber
          placeholder={t('evaluations.year')}
          aria-label={t('evaluations.year')}
          min={2000}
          max={2100}
          value={query.year}
          onChange={(year) => filter({ year: year ?? undefined })}
          style={{ width: 120 }}
        />
      </Flex>
      {list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<EvaluationRoundSummary>
          rowKey="id"
          loading={list.isFetching}
          dataSource={list.data?.items ?? []}
          columns={columns}
          scroll={{ x: 'max-content' }}
          pagination={listPagination(t, {
            page: query.page,
            pageSize: query.pageSize,
            total: list.data?.total ?? 0,
            onChange: (page, pageSize) => setAddress({ ...address, page, pageSize }),
          })}
        />
      )}
    </Flex>
  );
}
