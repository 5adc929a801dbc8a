import type { OrganisationDetail } from '@shegong/domain';
import { Alert } from 'antd';
import { useT } from '../../i18n/useT';

/** Whether the organisation may apply for a rating now, and every reason it may not. */
export function EligibilityPanel({
  eligibility,
}: {
  eligibility: OrganisationDetail['eligibility'];
}) {
  const t = useT();
  if (eligibility.eligible) {
    return (
      <Alert
        type="success"
        showIcon
        title={t('organisations.eligibility.eligible')}
        description={t('organisations.eligibility.eligibleHint')}
      />
    );
  }
  return (
    <Alert
      type="warning"
      showIcon
      title={t('organisations.eligibility.ineligible')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {eligibility.reasons.map((reason) => (
            <li key={reason.code}>{reason.message}</li>
          ))}
        </ul>
      }
    />
  );
}
