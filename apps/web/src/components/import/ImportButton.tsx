import { UploadOutlined } from '@ant-design/icons';
import type { QueryKey } from '@tanstack/react-query';
import { Button } from 'antd';
import { useDialog } from '../../hooks/useDialog';
import { useT } from '../../i18n/useT';
import { ImportDialog } from './ImportDialog';

/** 导入 on a list page, opening the import of that registry. */
export function ImportButton({
  basePath,
  title,
  invalidates,
  label,
}: {
  basePath: string;
  title: string;
  invalidates: readonly QueryKey[];
  /** Where a page offers two imports: what this one brings in (导入证书). */
  label?: string;
}) {
  const t = useT();
  const dialog = useDialog();
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => dialog.show(true)}>
        {label ?? t('import.button')}
      </Button>
      {dialog.payload && (
        <ImportDialog
          {...dialog.props}
          basePath={basePath}
          title={title}
          invalidates={invalidates}
        />
      )}
    </>
  );
}
