import { Form, Input, Typography } from 'antd';
import type { ReactNode } from 'react';
import { FormModal } from '../../../components/FormModal';
import type { DialogProps } from '../../../hooks/useDialog';
import { useT } from '../../../i18n/useT';
import { useTalentMutation } from '../registry/useTalentMutation';
import { deleteRecord, type CorrectableRecord } from '../registry/workers-api';

interface ReasonForm {
  reason: string;
}

/**
 * 删除误录记录: an exam score, a certificate or an hours entry entered by mistake goes only with a
 * reason, which the audit log keeps with the deleted record.
 */
export function DeleteRecordModal({
  kind,
  record,
  title,
  description,
  ...dialog
}: DialogProps & {
  kind: CorrectableRecord;
  record: { id: string; version: number };
  title: ReactNode;
  description: ReactNode;
}) {
  const t = useT();
  const [form] = Form.useForm<ReasonForm>();
  const remove = useTalentMutation(
    ({ reason }: ReasonForm) =>
      deleteRecord(kind, record.id, { version: record.version, reason: reason.trim() }),
    { form, success: () => t('workers.correction.deleted'), onDone: dialog.onClose },
  );
  return (
    <FormModal<ReasonForm>
      {...dialog}
      title={title}
      form={form}
      saving={remove.isPending}
      okText={t('workers.correction.delete')}
      danger
      onFinish={(values) => remove.mutate(values)}
    >
      <Typography.Paragraph>{description}</Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('workers.correction.reason')}
        rules={[{ required: true, whitespace: true, max: 200 }]}
      >
        <Input.TextArea rows={2} placeholder={t('workers.correction.reasonHint')} />
      </Form.Item>
    </FormModal>
  );
}
