import { Empty, Typography } from 'antd';
import type { ReactNode } from 'react';

/**
 * An empty list that guides: what is missing, what the page is for, and the first action for
 * those who may take it (left out for the others).
 */
export function GuidingEmpty({
  title,
  purpose,
  action,
}: {
  title: string;
  purpose: string;
  action?: ReactNode;
}) {
  return (
    <Empty
      description={
        <>
          <Typography.Text strong>{title}</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ maxWidth: 480, margin: '4px auto 0' }}>
            {purpose}
          </Typography.Paragraph>
        </>
      }
    >
      {action}
    </Empty>
  );
}
