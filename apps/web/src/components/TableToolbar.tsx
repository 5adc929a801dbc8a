import { Flex } from 'antd';
import type { ReactNode } from 'react';

/** The row above a table inside a page: a summary on the left, actions on the right. */
export function TableToolbar({ summary, actions }: { summary?: ReactNode; actions?: ReactNode }) {
  if (!summary && !actions) return null;
  return (
    <Flex justify="space-between" align="center" wrap gap="small" style={{ marginBottom: 12 }}>
      <div>{summary}</div>
      <div>{actions}</div>
    </Flex>
  );
}
