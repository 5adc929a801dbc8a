import { Card, Flex, Typography, theme } from 'antd';
import { useSession } from '../../auth/useSession';
import { createElement } from 'react';
import { Link } from 'react-router';
import { useT } from '../../i18n/useT';
import type { MenuPage } from '../../layout/menu';

/**
 * A way into one part of the platform, from its menu entry; it promises changes only to those
 * who may make them.
 */
export function FeatureCard({ page }: { page: MenuPage }) {
  const t = useT();
  const { meets } = useSession();
  const description =
    page.writes && !meets(page.writes.requires) ? page.writes.description : page.description;
  const { token } = theme.useToken();
  return (
    <Link to={page.path}>
      <Card hoverable size="small" style={{ height: '100%' }}>
        <Flex gap="middle" align="flex-start">
          <span style={{ fontSize: 24, color: token.colorPrimary }}>
            {createElement(page.icon)}
          </span>
          <div>
            <Typography.Text strong>{t(page.label)}</Typography.Text>
            {description && (
              <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
                {t(description)}
              </Typography.Paragraph>
            )}
          </div>
        </Flex>
      </Card>
    </Link>
  );
}
