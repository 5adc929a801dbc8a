import {
  addMonths,
  certificateLevels,
  chinaToday,
  labelOf,
  registrationStatuses,
  renewalWindowMonths,
  type CertificateLevel,
  type RegistrationStatus,
} from '@shegong/domain';
import { Badge, Space, Tag, Typography } from 'antd';
import type { Translate } from '../../../i18n/language-context';
import { useLanguage } from '../../../i18n/useLanguage';

const levelColours: Record<CertificateLevel, string> = {
  social_work_assistant_local: 'default',
  assistant_social_worker: 'blue',
  social_worker: 'green',
  senior_social_worker: 'gold',
};

/** A certificate level (the highest held, on lists), or 未持证. */
export function LevelTag({ level }: { level: CertificateLevel | null }) {
  const { language, t } = useLanguage();
  if (level === null) return <Tag>{t('workers.level.none')}</Tag>;
  return <Tag color={levelColours[level]}>{labelOf(certificateLevels, level, language)}</Tag>;
}

const statusColours: Record<RegistrationStatus, string> = {
  pending: 'processing',
  first_review_passed: 'cyan',
  first_review_failed: 'error',
  final_review_passed: 'cyan',
  final_review_failed: 'error',
  registered: 'success',
};

export function RegistrationStatusTag({ status }: { status: RegistrationStatus }) {
  const { language } = useLanguage();
  return <Tag color={statusColours[status]}>{labelOf(registrationStatuses, status, language)}</Tag>;
}

/**
 * Where a worker's registration stands: its status, and for a registration in force its last day
 * — marked when it runs out within the renewal window, or has run out.
 */
export function RegistrationState({
  registration,
}: {
  registration: { status: RegistrationStatus; validUntil: string | null } | null;
}) {
  const { t } = useLanguage();
  if (registration === null) {
    return <Typography.Text type="secondary">{t('workers.registration.none')}</Typography.Text>;
  }
  const { status, validUntil } = registration;
  if (status !== 'registered' || validUntil === null) {
    return <RegistrationStatusTag status={status} />;
  }
  const today = chinaToday();
  if (validUntil < today) {
    return (
      <Space size={4}>
        <Tag color="error">{t('workers.registration.expired')}</Tag>
        <Typography.Text type="danger">{validUntil}</Typography.Text>
      </Space>
    );
  }
  const due = validUntil <= addMonths(today, renewalWindowMonths);
  return (
    <Space size={4}>
      <RegistrationStatusTag status={status} />
      <Typography.Text type={due ? 'warning' : 'secondary'}>
        {t('workers.registration.until', { date: validUntil })}
      </Typography.Text>
      {due && <Tag color="warning">{t('workers.registration.due')}</Tag>}
    </Space>
  );
}

/** 在岗 / 未在岗. */
export function EmployedBadge({ employed }: { employed: boolean }) {
  const { t } = useLanguage();
  return employed ? (
    <Badge status="success" text={t('workers.employed.yes')} />
  ) : (
    <Badge status="default" text={t('workers.employed.no')} />
  );
}

/** Years in service with one decimal: 7.5 年. */
export function formatYears(years: number, t: Translate): string {
  return t('workers.years', { years: (Math.round(years * 10) / 10).toFixed(1) });
}
