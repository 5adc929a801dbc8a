import { Button, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';

/**
 * Below a list paged by a cursor (keyset): how much is shown, and 加载更多 while the server has
 * more, or 已全部加载.
 */
export function LoadMoreFooter({
  summary,
  hasMore,
  loading,
  onLoadMore,
}: {
  summary: ReactNode;
  hasMore: boolean;
  loading: boolean;
  onLoadMore: () => void;
}) {
  const t = useT();
  return (
    <Flex justify="center" align="center" gap="middle" wrap style={{ marginTop: 16 }}>
      <Typography.Text type="secondary">{summary}</Typography.Text>
      {hasMore ? (
        <Button loading={loading} onClick={onLoadMore}>
          {t('common.loadMore')}
        </Button>
      ) : (
        <Typography.Text type="secondary">{t('common.noMore')}</Typography.Text>
      )}
    </Flex>
  );
}
