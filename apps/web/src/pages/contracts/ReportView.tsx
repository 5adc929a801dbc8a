import {
  indicatorPeriods,
  labelOf,
  spendingCategories,
  type ContractReport,
  type ContractReportSummary,
} from '@shegong/domain';
import { Descriptions, Flex, Space, Table, Tag, Typography } from 'antd';
import { formatYuan } from '../../format/money';
import { useLanguage } from '../../i18n/useLanguage';
import { percentOf, ReportStatusTag } from './ContractLabels';

/** The personnel share of a report, flagged when below the region's rule. */
export function PersonnelShare({
  report,
}: {
  report?: Pick<ContractReportSummary, 'personnelShareBp' | 'belowPersonnelRule'>;
}) {
  const { t } = useLanguage();
  if (!report || report.personnelShareBp === null) return null;
  return (
    <Space size={4}>
      <span>{percentOf(report.personnelShareBp)}</span>
      {report.belowPersonnelRule && <Tag color="warning">{t('contracts.report.belowRule')}</Tag>}
    </Space>
  );
}

/**
 * A submitted report as read: outputs against the indicators, spending, and what the provider
 * wrote (on the project's page, and as an evaluator's evidence).
 */
export function ReportView({ report: r }: { report: ContractReport }) {
  const { t, language } = useLanguage();
  return (
    <Flex vertical gap="small">
      <Typography.Text>
        {r.periodKey}（{r.from} ~ {r.to}） <ReportStatusTag status={r.status} />
      </Typography.Text>
      <Table
        rowKey="indicatorId"
        size="small"
        pagination={false}
        dataSource={r.outputs}
        columns={[
          { key: 'name', title: t('contracts.indicator.name'), dataIndex: 'name' },
          {
            key: 'level',
            title: t('contracts.indicator.level'),
            render: (_, o) =>
              `${o.level} ${o.unit} / ${labelOf(indicatorPeriods, o.period, language)}`,
          },
          {
            key: 'value',
            title: t('contracts.report.value'),
            align: 'right',
            render: (_, o) => (o.value === null ? '—' : `${o.value} ${o.unit}`),
          },
          {
            key: 'source',
            title: t('contracts.report.source'),
            render: (_, o) =>
              t(o.counted ? 'contracts.report.source.counted' : 'contracts.report.source.entered'),
          },
        ]}
      />
      <Descriptions size="small" column={1} bordered>
        {spendingCategories.map((s) => (
          <Descriptions.Item key={s.code} label={s[language]}>
            {formatYuan(r.spending[s.code], language)}
          </Descriptions.Item>
        ))}
        <Descriptions.Item label={t('contracts.report.totalSpent')}>
          {formatYuan(r.totalSpentFen, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('contracts.report.personnelShare')}>
          <PersonnelShare report={r} />{' '}
          <Typography.Text type="secondary">
            {t('contracts.report.ruleShort', { share: percentOf(r.personnelShareRuleBp) })}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('contracts.report.narrative')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {r.narrative || '—'}
          </Typography.Paragraph>
        </Descriptions.Item>
        {r.reviewedByName && (
          <Descriptions.Item label={t('contracts.report.review')}>
            {r.reviewedByName}
            {r.reviewNote ? `：${r.reviewNote}` : ''}
          </Descriptions.Item>
        )}
      </Descriptions>
    </Flex>
  );
}
