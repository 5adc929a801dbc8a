import type { Registration } from '@shegong/domain';
import { Steps } from 'antd';
import { formatDateTime } from '../../../format/date-time';
import { useT } from '../../../i18n/useT';

/** Where the application is: 0 applied, 1 first review, 2 final review, 3 registered. */
function positionOf(status: Registration['status']): { current: number; error: boolean } {
  switch (status) {
    case 'pending':
      return { current: 1, error: false };
    case 'first_review_failed':
      return { current: 1, error: true };
    case 'first_review_passed':
      return { current: 2, error: false };
    case 'final_review_failed':
      return { current: 2, error: true };
    case 'final_review_passed':
      return { current: 3, error: false };
    case 'registered':
      return { current: 4, error: false };
  }
}

/** 申请 → 初审 → 终审 → 已登记, each step with who reviewed and when. */
export function RegistrationSteps({ registration }: { registration: Registration }) {
  const t = useT();
  const { current, error } = positionOf(registration.status);
  const review = (stage: 'first' | 'final') => {
    const found = registration.reviews.find((r) => r.stage === stage);
    return found
      ? `${found.reviewerName} · ${formatDateTime(found.reviewedAt).slice(0, 10)}`
      : undefined;
  };
  return (
    <Steps
      size="small"
      current={Math.min(current, 3)}
      status={error ? 'error' : current > 3 ? 'finish' : 'process'}
      items={[
        { title: t('registrations.step.applied'), content: registration.appliedOn },
        { title: t('registrations.step.first'), content: review('first') },
        { title: t('registrations.step.final'), content: review('final') },
        {
          title: t('registrations.step.registered'),
          content:
            registration.validFrom && registration.validUntil
              ? `${registration.validFrom} ~ ${registration.validUntil}`
              : undefined,
        },
      ]}
    />
  );
}
