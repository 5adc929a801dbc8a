import { Alert, App, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { NewPasswordFields } from '../components/NewPasswordFields';
import { formatDateTime } from '../format/date-time';
import { useReportError } from '../hooks/useReportError';
import { useT } from '../i18n/useT';
import { AuthCard } from './AuthCard';
import { nextQuery, safeNextPath } from './next-path';
import { useSession } from './useSession';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  newPasswordConfirm: string;
}

/** The user's own password: forced after the first sign-in or a reset, else from the user menu. */
export function ChangePasswordPage() {
  const t = useT();
  const { message } = App.useApp();
  const { session, changePassword, signOut } = useSession();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const [form] = Form.useForm<PasswordForm>();
  const reportError = useReportError();
  const [submitting, setSubmitting] = useState(false);

  if (!session) return <Navigate to={`/login${nextQuery('/change-password', '')}`} replace />;
  const forced = session.mustChangePassword;
  const setBy = session.passwordSetByAdministrator;

  const submit = async ({ currentPassword, newPassword }: PasswordForm) => {
    setSubmitting(true);
    try {
      await changePassword({ currentPassword, newPassword });
      void message.success(t('auth.changePassword.done'));
      await navigate(next, { replace: true });
    } catch (error) {
      reportError(error, {
        form,
        codeFields: { PASSWORD_POLICY: 'newPassword', BAD_CREDENTIALS: 'currentPassword' },
      });
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <AuthCard title={t('auth.changePassword')}>
      {forced && (
        <Alert
          type="info"
          showIcon
          title={t('auth.changePassword.forced')}
          style={{ marginBottom: 16 }}
        />
      )}
      {setBy && (
        <Alert
          type="warning"
          showIcon
          data-testid="password-set-by"
          title={t('auth.changePassword.setBy', {
            name: setBy.realName,
            username: setBy.username,
            at: formatDateTime(setBy.at),
          })}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<PasswordForm> form={form} layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item
          name="currentPassword"
          label={t('auth.changePassword.current')}
          rules={[{ required: true }]}
        >
          <Input.Password autoComplete="current-password" autoFocus />
        </Form.Item>
        <NewPasswordFields
          name="newPassword"
          label={t('auth.changePassword.new')}
          confirmLabel={t('auth.changePassword.confirm')}
        />
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Button type="primary" htmlType="submit" block loading={submitting}>
            {t('auth.changePassword')}
          </Button>
          {forced ? (
            <Button block type="link" onClick={() => void signOut().then(() => navigate('/login'))}>
              {t('auth.signOut')}
            </Button>
          ) : (
            <Button block type="link" onClick={() => void navigate(-1)}>
              {t('common.back')}
            </Button>
          )}
        </Space>
      </Form>
    </AuthCard>
  );
}
