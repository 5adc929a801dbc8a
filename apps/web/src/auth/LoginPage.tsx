import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { useT } from '../i18n/useT';
import { AuthCard } from './AuthCard';
import { nextQuery, safeNextPath } from './next-path';
import type { Credentials } from './session-api';
import { useSession } from './useSession';

export function LoginPage() {
  const t = useT();
  const { session, signIn, signedOutBecause } = useSession();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  // Signed in (now or already): on to where the user was going, via a new password if due.
  if (session) {
    const target = session.mustChangePassword ? `/change-password${nextQuery(next, '')}` : next;
    return <Navigate to={target} replace />;
  }

  const submit = async (credentials: Credentials) => {
    setSubmitting(true);
    setFailure(null);
    try {
      await signIn(credentials);
    } catch (error) {
      // Wrong password, locked, disabled, too many tries: the server's message says which.
      setFailure(error instanceof Error ? error.message : String(error));
      setSubmitting(false);
    }
  };

  return (
    <AuthCard title={t('auth.signIn')}>
      {(failure ?? signedOutBecause) && (
        <Alert
          type={failure ? 'error' : 'warning'}
          showIcon
          title={failure ?? t('auth.sessionExpired')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<Credentials> layout="vertical" onFinish={submit} requiredMark={false}>
        <Form.Item name="username" label={t('auth.username')} rules={[{ required: true }]}>
          <Input
            prefix={<UserOutlined />}
            placeholder={t('auth.usernamePlaceholder')}
            autoComplete="username"
            autoFocus
          />
        </Form.Item>
        <Form.Item name="password" label={t('auth.password')} rules={[{ required: true }]}>
          <Input.Password
            prefix={<LockOutlined />}
            placeholder={t('auth.passwordPlaceholder')}
            autoComplete="current-password"
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={submitting}>
          {t('auth.signIn')}
        </Button>
      </Form>
    </AuthCard>
  );
}
