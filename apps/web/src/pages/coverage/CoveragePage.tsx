import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Col, Flex, Row, Typography } from 'antd';
import { useState } from 'react';
import { ErrorResult } from '../../components/ErrorResult';
import { ExportButton } from '../../components/ExportButton';
import { Page } from '../../components/Page';
import { PageSpinner } from '../../components/PageSpinner';
import { RegionDrillBar } from '../../components/region-picker/RegionDrillBar';
import { canDrill, useRegionDrill } from '../../hooks/useRegionDrill';
import { useT } from '../../i18n/useT';
import { BelowNormTable } from './BelowNormTable';
import { coverageExportUrl, coverageKeys, getCoverage } from './coverage-api';
import { CoverageChart } from './CoverageChart';
import { CoverageSummary } from './CoverageSummary';
import { CoverageTable } from './CoverageTable';
import { CoverageTileMap } from './CoverageTileMap';
import { NormPanel } from './NormPanel';
import type { TileMeasure } from './tile-map-scale';

/**
 * 阵地覆盖: how far the network reaches in a region (the user's scope by default) and in each
 * division below it, which stations lack staff, and the staffing norm that is measured against.
 */
export function CoveragePage() {
  const t = useT();
  const regionDrill = useRegionDrill();
  const { region, drill } = regionDrill;
  const coverage = useQuery({
    queryKey: coverageKeys.one(region),
    queryFn: ({ signal }) => getCoverage(region, signal),
    placeholderData: keepPreviousData,
  });
  const data = coverage.data;
  // Kept here, not in the map: the map is unmounted while the next level loads.
  const [measure, setMeasure] = useState<TileMeasure | null>(null);

  return (
    <Page
      title={t('coverage.title')}
      extra={<ExportButton href={coverageExportUrl(region)}>{t('common.export')}</ExportButton>}
    >
      <Flex vertical gap="middle">
        <RegionDrillBar drill={regionDrill} />
        {coverage.isError ? (
          <ErrorResult error={coverage.error} onRetry={() => void coverage.refetch()} />
        ) : !data ? (
          <PageSpinner />
        ) : (
          <>
            <CoverageSummary summary={data.summary} regionCode={data.regionCode} />
            <Card
              size="small"
              title={t('coverage.map.title')}
              loading={coverage.isFetching && data.regionCode !== region}
            >
              {data.children.length > 0 ? (
                <CoverageTileMap
                  rows={data.children}
                  chosen={measure}
                  onChoose={setMeasure}
                  canDrill={canDrill}
                  onDrill={drill}
                />
              ) : (
                <Typography.Text type="secondary">{t('coverage.children.empty')}</Typography.Text>
              )}
            </Card>
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={16}>
                <Card
                  size="small"
                  title={t('coverage.chart.title')}
                  loading={coverage.isFetching && data.regionCode !== region}
                >
                  {data.children.length > 0 ? (
                    <CoverageChart
                      rows={data.children}
                      onDrill={(code) => canDrill(code) && drill(code)}
                    />
                  ) : (
                    <Typography.Text type="secondary">
                      {t('coverage.children.empty')}
                    </Typography.Text>
                  )}
                </Card>
              </Col>
              <Col xs={24} xl={8}>
                <NormPanel region={region} />
              </Col>
            </Row>
            <Card size="small" title={t('coverage.children.title', { name: data.regionPath })}>
              <CoverageTable rows={data.children} canDrill={canDrill} onDrill={drill} />
            </Card>
            <Card
              size="small"
              title={t('coverage.belowNorm.title', { count: data.belowNorm.length })}
            >
              <BelowNormTable rows={data.belowNorm} />
            </Card>
          </>
        )}
      </Flex>
    </Page>
  );
}
