import { censusLinks, type TalentCensus } from '@shegong/domain';
import { Col, Flex, Progress, Row, Typography } from 'antd';
import { FigureCard } from '../../../components/FigureCard';
import { formatShare } from '../../../format/percent';
import { useLanguage } from '../../../i18n/useLanguage';

/** `done / target` as a bar, green once reached. */
function TargetBar({ label, done, target }: { label: string; done: number; target: number }) {
  const percent = target > 0 ? Math.round((done / target) * 100) : 100;
  return (
    <Flex vertical gap={0}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label} {done}/{target}
      </Typography.Text>
      <Progress
        percent={Math.min(100, percent)}
        format={() => `${percent}%`}
        status={done >= target ? 'success' : 'normal'}
        size="small"
      />
    </Flex>
  );
}

/** The figures at the top: workers, certified share, in post, and the year's target. */
export function CensusKpis({ census }: { census: TalentCensus }) {
  const { language, t } = useLanguage();
  const target = census.target;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} sm={12} xl={6}>
        <FigureCard
          title={t('talent.workers')}
          value={census.total.toLocaleString(language)}
          suffix={t('unit.people')}
          note={t('talent.asOf', { date: census.asOf })}
          to={censusLinks.total(census)}
        />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <FigureCard
          title={t('talent.certifiedShare')}
          value={formatShare(census.certifiedShare)}
          note={t('talent.certifiedCount', { count: census.certified.toLocaleString(language) })}
          to={censusLinks.certified(census)}
        />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <FigureCard
          title={t('talent.employed')}
          value={census.employed.toLocaleString(language)}
          suffix={t('unit.people')}
          note={t('talent.notEmployed', { count: census.total - census.employed })}
          to={censusLinks.employed(census)}
        />
      </Col>
      <Col xs={24} sm={12} xl={6}>
        <FigureCard
          title={target ? t('talent.target', { year: target.year }) : t('talent.target.none')}
          value={
            target && target.targetWorkers > 0
              ? `${Math.round((census.total / target.targetWorkers) * 100)}%`
              : '—'
          }
          note={!target && t('talent.target.noneHint')}
        >
          {target && (
            <>
              <TargetBar
                label={t('talent.workers')}
                done={census.total}
                target={target.targetWorkers}
              />
              <TargetBar
                label={t('talent.certified')}
                done={census.certified}
                target={target.targetCertified}
              />
            </>
          )}
        </FigureCard>
      </Col>
    </Row>
  );
}
