import { EnvironmentOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Empty, Row, Typography } from 'antd';
import { useSession } from '../../auth/useSession';
import { RoleTags } from '../../components/RoleTags';
import { useT } from '../../i18n/useT';
import { menuPages } from '../../layout/menu';
import { CaseDeskCard } from '../casework/CaseDesk';
import { ReferralsWaiting } from '../referrals/ReferralsWaiting';
import { FeatureCard } from './FeatureCard';

/** Who the user is, what they can do here, and what the platform is for. */
export function HomePage() {
  const t = useT();
  const { session, meets } = useSession();
  if (!session) return null;
  const { account } = session;
  const features = menuPages.filter((page) => page.description && meets(page.requires));

  return (
    <Row gutter={[16, 16]}>
      <Col span={24}>
        <Card variant="borderless">
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('home.welcome', { name: account.realName })}
          </Typography.Title>
          <Descriptions
            column={{ xs: 1, md: 2 }}
            items={[
              {
                key: 'roles',
                label: t('home.roles'),
                children:
                  account.roles.length > 0 ? <RoleTags codes={account.roles} /> : t('home.noRoles'),
              },
              {
                key: 'region',
                label: t('home.region'),
                children: (
                  <span>
                    <EnvironmentOutlined /> {account.regionName}
                  </span>
                ),
              },
            ]}
          />
        </Card>
      </Col>
      <Col span={24}>
        <CaseDeskCard />
      </Col>
      <Col span={24}>
        <ReferralsWaiting />
      </Col>
      <Col span={24}>
        <Card variant="borderless" title={t('home.whatYouCanDo')}>
          {features.length === 0 ? (
            <Empty description={t('home.nothingYet')} />
          ) : (
            <Row gutter={[16, 16]}>
              {features.map((page) => (
                <Col key={page.key} xs={24} sm={12} xl={6}>
                  <FeatureCard page={page} />
                </Col>
              ))}
            </Row>
          )}
        </Card>
      </Col>
      <Col span={24}>
        <Card variant="borderless" title={t('home.about')}>
          <Typography.Paragraph style={{ marginBottom: 0 }}>{t('app.about')}</Typography.Paragraph>
        </Card>
      </Col>
    </Row>
  );
}
