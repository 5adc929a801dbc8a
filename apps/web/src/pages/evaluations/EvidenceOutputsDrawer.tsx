import {
  indicatorPeriods,
  labelOf,
  reportStatuses,
  type IndicatorPeriod,
  type Language,
} from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Alert, Drawer, Table } from 'antd';
import { ErrorResult } from '../../components/ErrorResult';
import { PageSpinner } from '../../components/PageSpinner';
import type { DialogProps } from '../../hooks/useDialog';
import { useLanguage } from '../../i18n/useLanguage';
import { evaluationKeys, getEvidenceOutputs } from './evaluations-api';

/** An indicator's agreed level as the pages show it: 40 个 / 每年. */
export const agreedLevel = (
  i: { level: number; unit: string; period: string },
  language: Language,
) => `${i.level} ${i.unit} / ${labelOf(indicatorPeriods, i.period as IndicatorPeriod, language)}`;

/**
 * 服务产出 as evidence: each agreed indicator with its figure in every period report (the server
 * records the reading).
 */
export function EvidenceOutputsDrawer({
  assignmentId,
  open,
  onClose,
  afterClose,
}: DialogProps & { assignmentId: string }) {
  const { t, language } = useLanguage();
  const outputs = useQuery({
    queryKey: evaluationKeys.outputs(assignmentId),
    queryFn: ({ signal }) => getEvidenceOutputs(assignmentId, signal),
  });
  const periods = [
    ...new Set(outputs.data?.indicators.flatMap((i) => i.reported.map((r) => r.periodKey)) ?? []),
  ];
  const statusOf = (key: string) => {
    const status = outputs.data?.indicators[0]?.reported.find((r) => r.periodKey === key)?.status;
    return status ? labelOf(reportStatuses, status, language) : '';
  };
  return (
    <Drawer
      open={open}
      onClose={onClose}
      afterOpenChange={(isOpen) => !isOpen && afterClose()}
      title={t('evaluations.mine.outputs')}
      size={720}
    >
      {outputs.isError ? (
        <ErrorResult error={outputs.error} onRetry={() => void outputs.refetch()} />
      ) : outputs.data ? (
        <>
          {periods.length === 0 && (
            <Alert type="info" showIcon message={t('evaluations.mine.outputs.none')} />
          )}
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            aria-label={t('evaluations.mine.outputs')}
            dataSource={outputs.data.indicators}
            columns={[
              { key: 'name', title: t('evaluations.mine.indicators'), dataIndex: 'name' },
              {
                key: 'level',
                title: t('evaluations.mine.level'),
                render: (_, i) => agreedLevel(i, language),
              },
              ...periods.map((key) => ({
                key,
                title: `${key} ${statusOf(key)}`,
                render: (_: unknown, i: (typeof outputs.data.indicators)[number]) =>
                  i.reported.find((r) => r.periodKey === key)?.value ?? '—',
              })),
            ]}
          />
        </>
      ) : (
        <PageSpinner />
      )}
    </Drawer>
  );
}
