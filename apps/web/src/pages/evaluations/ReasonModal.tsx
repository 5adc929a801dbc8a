import type { QueryKey } from '@tanstack/react-query';
import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { FormModal } from '../../components/FormModal';
import type { DialogProps } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useT } from '../../i18n/useT';

/** A step that needs its reason (豁免, 撤回, 异议): a modal asking it, then the change. */
export function ReasonModal({
  title,
  label,
  min = 2,
  okText,
  danger,
  children,
  invalidates,
  success,
  run,
  ...dialog
}: DialogProps & {
  title: ReactNode;
  label: string;
  min?: number;
  okText?: string;
  danger?: boolean;
  /** What the reason is about, shown above it. */
  children?: ReactNode;
  invalidates: readonly QueryKey[];
  success: string;
  run: (reason: string) => Promise<unknown>;
}) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const save = useRecordMutation(({ reason }: { reason: string }) => run(reason), {
    form,
    invalidates,
    success: () => success,
    onDone: dialog.onClose,
  });
  return (
    <FormModal<{ reason: string }>
      {...dialog}
      title={title}
      form={form}
      okText={okText ?? t('common.confirm')}
      danger={danger}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      {children}
      <Form.Item name="reason" label={label} rules={[{ required: true, min, whitespace: true }]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
