import type { Account, UpdateAccount } from '@shegong/domain';
import { Form, Input, Radio } from 'antd';
import { FormDrawer } from '../../components/FormDrawer';
import { useT } from '../../i18n/useT';
import { updateAccount } from './accounts-api';
import type { AccountDialogProps } from './account-dialog-props';
import { useAccountMutation } from './useAccountMutation';

interface EditForm {
  realName: string;
  phone?: string;
  status: Account['status'];
}

/** Name, mobile and status; roles and scope are assigned elsewhere, by someone else. */
export function AccountEditDrawer({
  account,
  open,
  onClose,
  afterClose,
  onStale,
}: AccountDialogProps) {
  const t = useT();
  const [form] = Form.useForm<EditForm>();
  const save = useAccountMutation((change: UpdateAccount) => updateAccount(account.id, change), {
    form,
    success: () => t('common.saved'),
    onDone: onClose,
    onStale,
  });

  const submit = (values: EditForm) => {
    const phone = values.phone?.trim();
    save.mutate({
      version: account.version,
      ...(values.realName !== account.realName && { realName: values.realName }),
      // The phone comes masked: it is only sent when a new one is typed.
      ...(phone && { phone }),
      ...(values.status !== account.status && { status: values.status }),
    });
  };

  return (
    <FormDrawer
      open={open}
      onClose={onClose}
      afterClose={afterClose}
      title={`${t('accounts.edit')} · ${account.username}`}
      saving={save.isPending}
      onSave={() => form.submit()}
    >
      <Form<EditForm>
        form={form}
        layout="vertical"
        initialValues={{ realName: account.realName, status: account.status }}
        onFinish={submit}
      >
        <Form.Item
          name="realName"
          label={t('accounts.realName')}
          rules={[{ required: true, max: 50 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="phone" label={t('accounts.phone')}>
          <Input
            inputMode="tel"
            placeholder={
              account.phone ? t('accounts.edit.phoneKeep', { phone: account.phone }) : ''
            }
          />
        </Form.Item>
        <Form.Item name="status" label={t('accounts.status')}>
          <Radio.Group
            options={[
              { value: 'active', label: t('accounts.status.active') },
              { value: 'disabled', label: t('accounts.status.disabled') },
            ]}
          />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
