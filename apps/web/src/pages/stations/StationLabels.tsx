import {
  labelOf,
  stationStatuses,
  stationTiers,
  type StationStatus,
  type StationTier,
} from '@shegong/domain';
import { Tag, Tooltip, Typography } from 'antd';
import { useLanguage } from '../../i18n/useLanguage';

const statusColours: Record<StationStatus, string> = {
  planned: 'blue',
  operating: 'green',
  suspended: 'orange',
  closed: 'default',
};

export function StationStatusTag({ status }: { status: StationStatus }) {
  const { language } = useLanguage();
  return <Tag color={statusColours[status]}>{labelOf(stationStatuses, status, language)}</Tag>;
}

export function TierLabel({ tier }: { tier: StationTier }) {
  const { language } = useLanguage();
  return <>{labelOf(stationTiers, tier, language)}</>;
}

/** `staff/required`, in red with the norm on hover when a station has fewer than it should. */
export function StaffCount({
  staffCount,
  requiredStaff,
}: {
  staffCount: number;
  requiredStaff: number;
}) {
  const { t } = useLanguage();
  const text = `${staffCount}/${requiredStaff}`;
  if (staffCount >= requiredStaff) return <Typography.Text>{text}</Typography.Text>;
  return (
    <Tooltip title={t('stations.staff.belowNorm', { required: requiredStaff })}>
      <Typography.Text type="danger" strong>
        {text}
      </Typography.Text>
    </Tooltip>
  );
}
