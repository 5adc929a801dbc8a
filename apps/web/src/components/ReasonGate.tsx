import { Alert, Button, Form, Input } from 'antd';
import { useState, type ReactNode } from 'react';
import { useRecordMutation } from '../hooks/useRecordMutation';
import { Page } from './Page';

/**
 * A file that opens only with a stated reason (an officer opening a client's or a case file): the
 * reason is sent with `open`, which the server audits; what it answers is then shown by `render`.
 */
export function ReasonGate<Opened>({
  title,
  hint,
  reasonLabel,
  submitLabel,
  opened: openedNotice,
  open,
  render,
}: {
  title: string;
  hint: string;
  reasonLabel: string;
  submitLabel: string;
  /** The notice once opened. */
  opened: string;
  open: (reason: string) => Promise<Opened>;
  render: (opened: Opened) => ReactNode;
}) {
  const [form] = Form.useForm<{ reason: string }>();
  const [opened, setOpened] = useState<{ value: Opened } | null>(null);
  const opening = useRecordMutation(({ reason }: { reason: string }) => open(reason), {
    form,
    invalidates: [],
    success: () => openedNotice,
    onDone: (value) => setOpened({ value }),
  });
  if (opened) return render(opened.value);
  return (
    <Page title={title}>
      <Alert type="warning" showIcon title={hint} style={{ marginBottom: 16, maxWidth: 640 }} />
      <Form
        form={form}
        layout="vertical"
        style={{ maxWidth: 640 }}
        onFinish={(values) => opening.mutate(values)}
      >
        <Form.Item
          name="reason"
          label={reasonLabel}
          rules={[{ required: true, whitespace: true, min: 4 }]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={opening.isPending}>
          {submitLabel}
        </Button>
      </Form>
    </Page>
  );
}
