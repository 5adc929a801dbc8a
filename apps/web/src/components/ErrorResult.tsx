import { Button, Result } from 'antd';
import { isApiError } from '../api/api-error';
import { useT } from '../i18n/useT';

/** The error state of a page or a panel, by what went wrong. */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  if (isApiError(error, 'FORBIDDEN')) {
    return <Result status="403" title="403" subTitle={t('errors.forbidden')} />;
  }
  if (isApiError(error, 'NOT_FOUND')) {
    return <Result status="404" title="404" subTitle={error.message} />;
  }
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Result
      status="error"
      title={t('common.loadFailed')}
      subTitle={message}
      extra={
        onRetry && (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        )
      }
    />
  );
}
