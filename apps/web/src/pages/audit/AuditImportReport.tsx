import type { AuditImportJob } from '@shegong/domain';
import { Space, Typography } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../format/date-time';
import { useT } from '../../i18n/useT';
import { entityLabel } from './audit-labels';

/**
 * The report of the import job an event belongs to — its file, rows and what the commit wrote —
 * and a link to the job's own events (its upload and commit) in the audit log.
 */
export function AuditImportReport({ job }: { job: AuditImportJob }) {
  const t = useT();
  const entityType = `import:${job.kind}`;
  return (
    <Space direction="vertical" size={0}>
      <Typography.Text>
        {entityLabel(t, entityType)} · {job.fileName}
      </Typography.Text>
      <Typography.Text type="secondary">
        {t('audit.importJob.rows', { total: job.totalRows, valid: job.validRows })}
        {job.created !== null &&
          ` · ${t('audit.importJob.written', {
            created: job.created,
            updated: job.updated ?? 0,
            unchanged: job.unchanged ?? 0,
          })}`}
        {` · ${formatDateTime(job.committedAt ?? job.createdAt)}`}
      </Typography.Text>
      <Link to={`/admin/audit?${new URLSearchParams({ entityType, entityId: job.id }).toString()}`}>
        {t('audit.importJob.events')}
      </Link>
    </Space>
  );
}
