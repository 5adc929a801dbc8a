import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import type { ClientDetail } from '@shegong/domain';
import { Page } from '../../components/Page';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useT } from '../../i18n/useT';
import { ClientFile } from './ClientDetailPage';
import { openClientFile } from './clients-api';

/**
 * An officer who does not serve the client states a reason before anything of the file shows;
 * the reason is audited and appears on the client's file for those who serve them.
 */
export function OpenFileGate({ clientId }: { clientId: string }) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  const [opened, setOpened] = useState<ClientDetail | null>(null);
  const open = useRecordMutation(
    ({ reason }: { reason: string }) => openClientFile(clientId, reason),
    {
      form,
      invalidates: [],
      success: () => t('clients.open.title'),
      onDone: setOpened,
    },
  );
  if (opened) return <ClientFile client={opened} />;
  return (
    <Page title={t('clients.open.title')}>
      <Alert
        type="warning"
        showIcon
        title={t('clients.open.hint')}
        style={{ marginBottom: 16, maxWidth: 640 }}
      />
      <Form
        form={form}
        layout="vertical"
        style={{ maxWidth: 640 }}
        onFinish={(values) => open.mutate(values)}
      >
        <Form.Item
          name="reason"
          label={t('clients.open.reason')}
          rules={[{ required: true, whitespace: true, min: 4 }]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={open.isPending}>
          {t('clients.open.submit')}
        </Button>
      </Form>
    </Page>
  );
}
