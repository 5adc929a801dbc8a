import { Alert, Form, Modal } from 'antd';
import { NewPasswordFields } from '../../components/NewPasswordFields';
import { useT } from '../../i18n/useT';
import { resetPassword } from './accounts-api';
import type { AccountDialogProps } from './account-dialog-props';
import { useAccountMutation } from './useAccountMutation';

interface ResetForm {
  password: string;
  passwordConfirm: string;
}

/** Sets a temporary password, which the user must change at the next sign-in. */
export function ResetPasswordModal({
  account,
  open,
  onClose,
  afterClose,
  onStale,
}: AccountDialogProps) {
  const t = useT();
  const [form] = Form.useForm<ResetForm>();
  const reset = useAccountMutation((password: string) => resetPassword(account.id, password), {
    form,
    codeFields: { PASSWORD_POLICY: 'password' },
    success: () => t('accounts.resetPassword.done'),
    onDone: onClose,
    onStale,
  });

  return (
    <Modal
      open={open}
      onCancel={onClose}
      afterClose={afterClose}
      title={`${t('accounts.resetPassword')} · ${account.realName}（${account.username}）`}
      okText={t('accounts.resetPassword')}
      confirmLoading={reset.isPending}
      onOk={() => form.submit()}
    >
      <Alert
        type="info"
        showIcon
        title={t('accounts.resetPassword.hint')}
        style={{ marginBottom: 16 }}
      />
      <Form<ResetForm>
        form={form}
        layout="vertical"
        onFinish={({ password }) => reset.mutate(password)}
      >
        <NewPasswordFields
          name="password"
          label={t('accounts.resetPassword.new')}
          confirmLabel={t('accounts.resetPassword.confirm')}
        />
      </Form>
    </Modal>
  );
}
