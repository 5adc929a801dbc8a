import { Button, Result } from 'antd';
import { isApiError } from '../api/api-error';
import { useT } from '../i18n/useT';

/** The error state of a page or a panel, by what went wrong. */
export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT();
  // A refused search term (an ID number one may not confirm, the hourly limit) says why.
  const refusedQuery = isApiError(error)
    ? error.details.find((detail) => detail.path.startsWith('query.'))
    : undefined;
  if (refusedQuery && isApiError(error, 'FORBIDDEN', 'RATE_LIMITED')) {
    return <Result status="warning" title={error.message} subTitle={refusedQuery.message} />;
  }
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
