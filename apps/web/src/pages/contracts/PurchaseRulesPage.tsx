import { Col, Flex, Row } from 'antd';
import { useSession } from '../../auth/useSession';
import { Page } from '../../components/Page';
import { RegionalRateCard } from '../../components/RegionalRateCard';
import { RegionDrillBar } from '../../components/region-picker/RegionDrillBar';
import { useRegionDrill } from '../../hooks/useRegionDrill';
import { useLanguage } from '../../i18n/useLanguage';
import { fundShareRule } from '../funds/fund-share-rule';
import { personnelRule } from './personnel-rule';

/**
 * 比例规则: the rates a region sets for itself and below — the social-assistance share cap of the
 * funds and the personnel share of the contracts' reports — what applies to the chosen division
 * and, for city and province officers, its own rate.
 */
export function PurchaseRulesPage() {
  const { t } = useLanguage();
  const { can } = useSession();
  const drill = useRegionDrill();
  const rules = [
    ...(can('funds:read') ? [fundShareRule(t)] : []),
    ...(can('contracts:read') ? [personnelRule(t)] : []),
  ];
  return (
    <Page title={t('contracts.rules.title')}>
      <Flex vertical gap="middle">
        <RegionDrillBar drill={drill} />
        <Row gutter={[16, 16]}>
          {rules.map((rule) => (
            <Col key={rule.key} xs={24} lg={12}>
              <RegionalRateCard rule={rule} region={drill.region} />
            </Col>
          ))}
        </Row>
      </Flex>
    </Page>
  );
}
