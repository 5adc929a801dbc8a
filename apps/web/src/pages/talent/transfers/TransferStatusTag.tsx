import { labelOf, transferStatuses, type TransferStatus } from '@shegong/domain';
import { Tag } from 'antd';
import { useLanguage } from '../../../i18n/useLanguage';

const colours: Record<TransferStatus, string> = {
  pending: 'processing',
  approved: 'success',
  refused: 'error',
  withdrawn: 'default',
  expired: 'warning',
};

/** 待审批 → 已批准 / 未批准 / 已撤回 / 已过期. */
export function TransferStatusTag({ status }: { status: TransferStatus }) {
  const { language } = useLanguage();
  return <Tag color={colours[status]}>{labelOf(transferStatuses, status, language)}</Tag>;
}
