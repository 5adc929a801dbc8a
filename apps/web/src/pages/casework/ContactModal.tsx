import {
  contactMedia,
  maxContactMinutes,
  type CaseFile,
  type ContactMedium,
} from '@shegong/domain';
import { DatePicker, Form, Input, InputNumber, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormModal } from '../../components/FormModal';
import type { DialogProps } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useT } from '../../i18n/useT';
import { addContact } from './casework-api';
import { useCaseChange } from './useCaseChange';

interface Values {
  occurredAt: Dayjs;
  durationMinutes: number;
  medium: ContactMedium;
  attempted: boolean;
  content: string;
}

/** 服务记录: when (never in the future), how long (at most a day), how, and what was said. */
export function ContactModal({ file, ...dialog }: DialogProps & { file: CaseFile }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const media = useEnumOptions(contactMedia);
  const save = useCaseChange(
    (values: Values) =>
      addContact(file.id, {
        occurredAt: values.occurredAt.toISOString(),
        durationMinutes: values.durationMinutes,
        medium: values.medium,
        attempted: values.attempted,
        content: values.content,
      }),
    { form, success: () => t('casework.contact.saved'), close: dialog.onClose, caseId: file.id },
  );
  return (
    <FormModal<Values>
      {...dialog}
      title={t('casework.contact.add')}
      form={form}
      initialValues={{
        occurredAt: dayjs().startOf('minute'),
        attempted: false,
        medium: 'in_person',
      }}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      <Form.Item name="occurredAt" label={t('casework.contact.at')} rules={[{ required: true }]}>
        <DatePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          disabledDate={(day) => day.isAfter(dayjs(), 'day')}
        />
      </Form.Item>
      <Form.Item
        name="durationMinutes"
        label={t('casework.contact.minutes')}
        rules={[{ required: true }]}
        extra={t('casework.contact.minutes.hint', { max: maxContactMinutes })}
      >
        <InputNumber min={1} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="medium" label={t('casework.contact.medium')} rules={[{ required: true }]}>
        <Select options={media} />
      </Form.Item>
      <Form.Item name="attempted" label={t('casework.contact.attempted')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item
        name="content"
        label={t('casework.contact.content')}
        rules={[{ required: true, whitespace: true, min: 2 }]}
      >
        <Input.TextArea rows={5} maxLength={5000} showCount />
      </Form.Item>
    </FormModal>
  );
}
