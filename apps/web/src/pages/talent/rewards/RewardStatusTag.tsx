import { labelOf, rewardStatuses, type RewardStatus } from '@shegong/domain';
import { Tag } from 'antd';
import { useLanguage } from '../../../i18n/useLanguage';

const colours: Record<RewardStatus, string> = {
  applied: 'processing',
  approved: 'cyan',
  rejected: 'error',
  paid: 'success',
};

/** 已申请 → 已审核 / 未通过 → 已发放. */
export function RewardStatusTag({ status }: { status: RewardStatus }) {
  const { language } = useLanguage();
  return <Tag color={colours[status]}>{labelOf(rewardStatuses, status, language)}</Tag>;
}
