import { useQuery } from '@tanstack/react-query';
import { Drawer } from 'antd';
import { ErrorResult } from '../../components/ErrorResult';
import { PageSpinner } from '../../components/PageSpinner';
import type { DialogProps } from '../../hooks/useDialog';
import { useLanguage } from '../../i18n/useLanguage';
import { ReportView } from '../contracts/ReportView';
import { evaluationKeys, getEvidenceReport } from './evaluations-api';

/** A period report of the contract, opened as evidence (the server records the reading). */
export function EvidenceReportDrawer({
  assignmentId,
  reportId,
  open,
  onClose,
  afterClose,
}: DialogProps & { assignmentId: string; reportId: string }) {
  const { t } = useLanguage();
  const report = useQuery({
    queryKey: evaluationKeys.evidence(assignmentId, reportId),
    queryFn: ({ signal }) => getEvidenceReport(assignmentId, reportId, signal),
  });
  return (
    <Drawer
      open={open}
      onClose={onClose}
      afterOpenChange={(isOpen) => !isOpen && afterClose()}
      title={t('evaluations.mine.report')}
      size={720}
    >
      {report.isError ? (
        <ErrorResult error={report.error} onRetry={() => void report.refetch()} />
      ) : report.data ? (
        <ReportView report={report.data} />
      ) : (
        <PageSpinner />
      )}
    </Drawer>
  );
}
