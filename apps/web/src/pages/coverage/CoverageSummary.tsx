import { stationTiers, type CoverageFigures } from '@shegong/domain';
import { Col, Row, Typography } from 'antd';
import { FigureCard } from '../../components/FigureCard';
import { formatShare } from '../../format/percent';
import { useLanguage } from '../../i18n/useLanguage';

/** The five figures people compare, with what they are made of underneath. */
export function CoverageSummary({ summary }: { summary: CoverageFigures }) {
  const { language, t } = useLanguage();
  const stationCounts = stationTiers
    .map((tier) => `${tier[language]} ${summary.stations[tier.code] ?? 0}`)
    .join(' · ');
  return (
    <>
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={12} xl={5}>
          <FigureCard
            title={t('coverage.townshipCoverage')}
            value={formatShare(summary.townshipCoverage)}
            note={t('coverage.townshipCoverage.note', {
              covered: summary.townshipsWithStation,
              total: summary.townships,
            })}
          />
        </Col>
        <Col xs={24} sm={12} xl={5}>
          <FigureCard
            title={t('coverage.villageCoverage')}
            value={formatShare(summary.villageCoverage)}
            note={t('coverage.villageCoverage.note', {
              staffed: summary.villagesStaffed,
              total: summary.villages,
            })}
          />
        </Col>
        <Col xs={24} sm={12} xl={4}>
          <FigureCard
            title={t('coverage.workers')}
            value={summary.workers}
            suffix={t('unit.people')}
          />
        </Col>
        <Col xs={24} sm={12} xl={5}>
          <FigureCard
            title={t('coverage.stationsBelowNorm')}
            value={summary.stationsBelowNorm}
            suffix={t('unit.stations')}
            danger={summary.stationsBelowNorm > 0}
          />
        </Col>
        <Col xs={24} sm={12} xl={5}>
          <FigureCard
            title={t('coverage.populationPerWorker')}
            value={
              summary.populationPerWorker === null
                ? '—'
                : Math.round(summary.populationPerWorker).toLocaleString(language)
            }
            suffix={summary.populationPerWorker === null ? undefined : t('unit.people')}
            note={t('coverage.servicePopulation', {
              count: summary.servicePopulation.toLocaleString(language),
            })}
          />
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0' }}>
        {t('coverage.stations')}：{stationCounts}
      </Typography.Paragraph>
    </>
  );
}
