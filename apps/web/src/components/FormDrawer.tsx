import { Button, Drawer, Space } from 'antd';
import type { ReactNode } from 'react';
import type { DialogProps } from '../hooks/useDialog';
import { useT } from '../i18n/useT';

/** A drawer holding one form: 取消 and 保存 at the bottom, 保存 submits the form. */
export function FormDrawer({
  open,
  onClose,
  afterClose,
  title,
  saving,
  onSave,
  size = 480,
  children,
}: DialogProps & {
  title: ReactNode;
  saving: boolean;
  /** Usually `() => form.submit()`. */
  onSave: () => void;
  size?: number;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      afterOpenChange={(isOpen) => !isOpen && afterClose()}
      title={title}
      size={size}
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={onSave}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {children}
    </Drawer>
  );
}
