import {
  labelOf,
  populationGroups,
  projectTypes,
  serviceFields,
  type ProjectDetail,
} from '@shegong/domain';
import { Descriptions, Typography } from 'antd';
import { formatDateTime } from '../../format/date-time';
import { formatYuan } from '../../format/money';
import { useLanguage } from '../../i18n/useLanguage';
import { ProjectStateTag } from './ProjectLabels';

/** 项目概况: the need study and the plan as set up. */
export function ProjectOverview({ project: p, only }: { project: ProjectDetail; only?: 'needs' }) {
  const { t, language } = useLanguage();
  const needs = (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
      {p.needs || '—'}
    </Typography.Paragraph>
  );
  if (only === 'needs') return needs;
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'code', label: t('projects.code'), children: p.code },
        { key: 'year', label: t('projects.year'), children: p.year },
        { key: 'region', label: t('projects.region'), children: p.regionName },
        {
          key: 'type',
          label: t('projects.type'),
          children: labelOf(projectTypes, p.type, language),
        },
        { key: 'state', label: t('projects.state'), children: <ProjectStateTag state={p.state} /> },
        { key: 'budget', label: t('projects.budget'), children: formatYuan(p.budgetFen, language) },
        { key: 'term', label: t('projects.term'), children: `${p.termStart} ~ ${p.termEnd}` },
        { key: 'provider', label: t('projects.provider'), children: p.providerName ?? '—' },
        {
          key: 'fields',
          label: t('projects.fields'),
          children: p.serviceFields.map((f) => labelOf(serviceFields, f, language)).join('、'),
        },
        {
          key: 'groups',
          label: t('projects.groups'),
          children:
            p.populationGroups.map((g) => labelOf(populationGroups, g, language)).join('、') || '—',
        },
        {
          key: 'area',
          label: t('projects.area'),
          span: 2,
          children: p.areaRegionNames.join('、') || '—',
        },
        { key: 'needs', label: t('projects.needs'), span: 2, children: needs },
        { key: 'drafted', label: t('projects.draftedBy'), children: p.draftedByName },
        {
          key: 'approved',
          label: t('projects.approvedBy'),
          children: p.approvedByName
            ? `${p.approvedByName}（${formatDateTime(p.approvedAt)}）`
            : '—',
        },
        ...(p.terminationReason
          ? [
              {
                key: 'terminated',
                label: t('projects.terminationReason'),
                span: 2,
                children: p.terminationReason,
              },
            ]
          : []),
      ]}
    />
  );
}
