import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useSession } from '../../auth/useSession';
import { ErrorResult } from '../../components/ErrorResult';
import { Page } from '../../components/Page';
import { PageSpinner } from '../../components/PageSpinner';
import { useT } from '../../i18n/useT';
import { getSecurityPolicy, securityPolicyKey } from './security-policy-api';
import { SecurityPolicyForm } from './SecurityPolicyForm';

/** 安全策略: password strength, lockout and session lifetimes (等保三级 bounds). */
export function SecurityPolicyPage() {
  const t = useT();
  const { can } = useSession();
  const editable = can('security:manage');
  const policy = useQuery({
    queryKey: securityPolicyKey,
    queryFn: ({ signal }) => getSecurityPolicy(signal),
  });

  return (
    <Page title={t('securityPolicy.title')}>
      <Alert
        type={editable ? 'info' : 'warning'}
        showIcon
        title={editable ? t('securityPolicy.intro') : t('securityPolicy.readOnly')}
        style={{ marginBottom: 8, maxWidth: 900 }}
      />
      {policy.isPending ? (
        <PageSpinner />
      ) : policy.isError ? (
        <ErrorResult error={policy.error} onRetry={() => void policy.refetch()} />
      ) : (
        <div style={{ maxWidth: 900 }}>
          {/* A new version (saved here or elsewhere) starts the form afresh. */}
          <SecurityPolicyForm key={policy.data.version} policy={policy.data} editable={editable} />
        </div>
      )}
    </Page>
  );
}
