import { Button, Result, Space } from 'antd';
import { useT } from '../../i18n/useT';

/** Shown instead of a page that failed to render (or whose code failed to load). */
export function RenderErrorPage() {
  const t = useT();
  return (
    <Result
      status="500"
      title={t('errors.render.title')}
      subTitle={t('errors.render.subtitle')}
      extra={
        <Space>
          <Button type="primary" onClick={() => window.location.reload()}>
            {t('common.reload')}
          </Button>
          <Button href="/">{t('common.backHome')}</Button>
        </Space>
      }
    />
  );
}
