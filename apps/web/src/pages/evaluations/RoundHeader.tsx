import type { EvaluationRoundDetail } from '@shegong/domain';
import { Descriptions } from 'antd';
import { useLanguage } from '../../i18n/useLanguage';
import { RoundStatusTag, TotalAndGrade, useKindLabel } from './EvaluationLabels';

/** A round at a glance: the project, the provider, the kind, due date, status and result. */
export function RoundHeader({ round: r }: { round: EvaluationRoundDetail }) {
  const { t } = useLanguage();
  const kindLabel = useKindLabel();
  const day = (at: string | null) => at?.slice(0, 10) ?? '—';
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 3 }}
      items={[
        {
          key: 'project',
          label: t('evaluations.project'),
          children: `${r.projectTitle}（${r.projectCode}）`,
        },
        { key: 'provider', label: t('evaluations.provider'), children: r.providerName },
        { key: 'kind', label: t('evaluations.kind'), children: `${r.year} ${kindLabel(r.kind)}` },
        { key: 'region', label: t('evaluations.region'), children: r.regionName },
        { key: 'dueOn', label: t('evaluations.dueOn'), children: r.dueOn },
        {
          key: 'status',
          label: t('evaluations.status'),
          children: <RoundStatusTag status={r.status} />,
        },
        { key: 'indicators', label: t('evaluations.indicators'), children: r.indicatorLabel },
        {
          key: 'total',
          label: t('evaluations.result.total'),
          children: <TotalAndGrade total={r.total} grade={r.grade} />,
        },
        { key: 'published', label: t('evaluations.publishedAt'), children: day(r.publishedAt) },
        {
          key: 'objectionUntil',
          label: t('evaluations.objectionUntil'),
          children: day(r.objectionUntil),
        },
        {
          key: 'confirmed',
          label: t('evaluations.confirmedAt'),
          children: day(r.providerConfirmedAt),
        },
        {
          key: 'final',
          label: t('evaluations.finalisedAt'),
          children: r.finalisedAt ? `${day(r.finalisedAt)} ${r.finalisedByName ?? ''}` : '—',
        },
      ]}
    />
  );
}
