import { chinaToday } from '@shegong/domain';
import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import type { DialogProps } from '../hooks/useDialog';
import { useT } from '../i18n/useT';
import { CalendarDatePicker } from './CalendarDatePicker';
import { FormModal } from './FormModal';
import { chooseRequired } from './choose-required';

export interface EndDateValues {
  date: string;
  note?: string;
}

/**
 * Ends something that runs (a credit record, a staff assignment, a residency, a job) on a date,
 * today by default, not before it began; optionally with a note (required: a leaving reason).
 */
export function EndDateModal({
  title,
  dateLabel,
  notBefore,
  withNote = false,
  noteLabel,
  noteRequired = false,
  noteMax = 500,
  saving,
  onSubmit,
  children,
  ...dialog
}: DialogProps & {
  title: ReactNode;
  dateLabel: string;
  /** The day it began: the end cannot be earlier. */
  notBefore?: string;
  withNote?: boolean;
  /** What the note is called (离职原因); 备注 by default. */
  noteLabel?: string;
  noteRequired?: boolean;
  noteMax?: number;
  saving: boolean;
  onSubmit: (values: EndDateValues) => void;
  children?: ReactNode;
}) {
  const t = useT();
  const [form] = Form.useForm<EndDateValues>();
  return (
    <FormModal<EndDateValues>
      {...dialog}
      title={title}
      form={form}
      initialValues={{ date: chinaToday() }}
      saving={saving}
      onFinish={(values) => onSubmit({ ...values, note: values.note?.trim() || undefined })}
      okText={t('common.confirm')}
    >
      {children}
      <Form.Item
        name="date"
        label={dateLabel}
        rules={[
          chooseRequired,
          {
            validator: async (_rule, value: string | undefined) => {
              if (value && notBefore && value < notBefore) {
                throw new Error(t('common.dateNotBefore', { date: notBefore }));
              }
            },
          },
        ]}
      >
        <CalendarDatePicker />
      </Form.Item>
      {withNote && (
        <Form.Item
          name="note"
          label={noteLabel ?? t('common.note')}
          rules={[{ required: noteRequired, whitespace: noteRequired, max: noteMax }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
      )}
    </FormModal>
  );
}
