import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import type { ReactNode } from 'react';

/** A plain link to a spreadsheet: the browser downloads it with the session cookie. */
export function ExportButton({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Button icon={<DownloadOutlined />} href={href}>
      {children}
    </Button>
  );
}
