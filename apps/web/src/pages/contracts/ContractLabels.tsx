import {
  contractStatuses,
  labelOf,
  reportStatuses,
  trancheStatuses,
  type ContractStatus,
  type ReportStatus,
  type TrancheStatus,
} from '@shegong/domain';
import { Tag } from 'antd';
import { useLanguage } from '../../i18n/useLanguage';

const contractColours: Record<ContractStatus, string> = {
  draft: 'default',
  signed: 'purple',
  in_service: 'green',
  completed: 'lime',
};

const trancheColours: Record<TrancheStatus, string> = {
  scheduled: 'default',
  requested: 'gold',
  approved: 'blue',
  paid: 'green',
  cancelled: 'default',
};

const reportColours: Record<ReportStatus, string> = {
  submitted: 'gold',
  accepted: 'green',
  returned: 'red',
};

/** Where a contract stands, as a coloured tag. */
export function ContractStatusTag({ status }: { status: ContractStatus }) {
  const { language } = useLanguage();
  return <Tag color={contractColours[status]}>{labelOf(contractStatuses, status, language)}</Tag>;
}

/** Where a tranche's payment stands. */
export function TrancheStatusTag({ status }: { status: TrancheStatus }) {
  const { language } = useLanguage();
  return <Tag color={trancheColours[status]}>{labelOf(trancheStatuses, status, language)}</Tag>;
}

/** Where a period report's review stands. */
export function ReportStatusTag({ status }: { status: ReportStatus }) {
  const { language } = useLanguage();
  return <Tag color={reportColours[status]}>{labelOf(reportStatuses, status, language)}</Tag>;
}

/** Basis points as a percentage: 6000 → 60%, 6250 → 62.5%. */
export const percentOf = (bp: number) => `${Number((bp / 100).toFixed(1))}%`;
