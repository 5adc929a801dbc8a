import { Space, Typography, theme } from 'antd';
import { useT } from '../i18n/useT';

/** The product's mark and name, in the header and on the sign-in page. */
export function BrandMark({ size = 18 }: { size?: number }) {
  const t = useT();
  const { token } = theme.useToken();
  return (
    <Space size={8} align="center">
      <img
        src="/favicon.svg"
        alt=""
        width={size + 8}
        height={size + 8}
        style={{ display: 'block' }}
      />
      <Typography.Text strong style={{ fontSize: size, color: token.colorPrimary }}>
        {t('app.name')}
      </Typography.Text>
    </Space>
  );
}
