import type { WorkerTransfer } from '@shegong/domain';
import { Form, Input } from 'antd';
import { FormModal } from '../../../components/FormModal';
import type { DialogProps } from '../../../hooks/useDialog';
import { useT } from '../../../i18n/useT';
import { refuseTransfer } from './transfers-api';
import { useTransferMutation } from './useTransferMutation';

/** 不批准: the releasing side says why; the requester reads the reason. */
export function RefuseTransferModal({
  transfer,
  ...dialog
}: DialogProps & { transfer: WorkerTransfer }) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const save = useTransferMutation(
    (values: { reason: string }) => refuseTransfer(transfer, values.reason.trim()),
    { form, success: () => t('transfers.refuse.done'), onDone: dialog.onClose },
  );
  return (
    <FormModal<{ reason: string }>
      {...dialog}
      title={t('transfers.refuse.title', { name: transfer.name })}
      form={form}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
      okText={t('transfers.refuse')}
      danger
    >
      <Form.Item
        name="reason"
        label={t('transfers.refuse.reason')}
        extra={t('transfers.refuse.reasonHint')}
        rules={[{ required: true, whitespace: true, max: 500 }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
