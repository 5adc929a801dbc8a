import { coverageLinks, stationTiers, type CoverageFigures } from '@shegong/domain';
import { Col, Row, Typography } from 'antd';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { FigureCard } from '../../components/FigureCard';
import { formatShare } from '../../format/percent';
import { useLanguage } from '../../i18n/useLanguage';

/**
 * The five figures people compare, with what they are made of underneath; the station counts open
 * the stations behind them.
 */
export function CoverageSummary({
  summary,
  regionCode,
}: {
  summary: CoverageFigures;
  /** The division the figures are of. */
  regionCode: string;
}) {
  const { language, t } = useLanguage();
  const stationCounts = stationTiers.map((tier, i) => (
    <Fragment key={tier.code}>
      {i > 0 && ' · '}
      {tier[language]}{' '}
      <Link to={coverageLinks.stations(regionCode, tier.code)}>
        {summary.stations[tier.code] ?? 0}
      </Link>
    </Fragment>
  ));
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
            to={coverageLinks.belowNorm(regionCode)}
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
