import { Flex } from 'antd';
import { ErrorResult } from './ErrorResult';

export function FullPageError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <ErrorResult error={error} onRetry={onRetry} />
    </Flex>
  );
}
