import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import type { DialogProps } from '../hooks/useDialog';
import { useT } from '../i18n/useT';

/** A modal holding one vertical form; OK submits it. */
export function FormModal<Values extends object>({
  open,
  onClose,
  afterClose,
  title,
  form,
  initialValues,
  saving,
  onFinish,
  okText,
  danger,
  children,
}: DialogProps & {
  title: ReactNode;
  form: FormInstance<Values>;
  initialValues?: Partial<Values>;
  saving: boolean;
  onFinish: (values: Values) => void;
  okText?: string;
  danger?: boolean;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Modal
      open={open}
      onCancel={onClose}
      afterClose={afterClose}
      title={title}
      okText={okText ?? t('common.save')}
      okButtonProps={{ danger }}
      confirmLoading={saving}
      onOk={() => form.submit()}
    >
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={onFinish}>
        {children}
      </Form>
    </Modal>
  );
}
