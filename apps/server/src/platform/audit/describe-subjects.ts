import { and } from 'drizzle-orm';
import { legacyAuditDetail, maskSensitiveText, type AuditImportJob } from '@shegong/domain';
import { isAnyOf } from '../../db/any-of';
import type { Transaction } from '../../db/connection';
import type { Actor } from '../access/actor';
import { inRegionScope } from '../access/region-scope';
import { importJobs } from '../imports/imports.table';
import type { AuditSubjectSources } from './audit-subjects';
import type { auditEvents } from './audit.table';

export type AuditRow = typeof auditEvents.$inferSelect;

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const importPrefix = 'import:';

/** The import job an event is about (`import:<kind>`) or whose commit wrote its record. */
function importJobIdOf(row: AuditRow): string | null {
  if (row.entityType?.startsWith(importPrefix) && row.entityId) return row.entityId;
  const detail = row.detailCode
    ? { code: row.detailCode, params: row.detailParams ?? {} }
    : row.detail
      ? legacyAuditDetail(row.detail)
      : null;
  const jobId = detail?.code === 'import_row' ? detail.params.jobId : null;
  return typeof jobId === 'string' ? jobId : null;
}

/**
 * The names of a page's records and the reports of its import jobs, on the reader's scoped
 * transaction: one query per kind of record on the page, whatever its length.
 */
export async function describeSubjects(
  tx: Transaction,
  actor: Actor,
  sources: AuditSubjectSources,
  rows: readonly AuditRow[],
) {
  const idsByType = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!row.entityType || !row.entityId || !uuidShape.test(row.entityId)) continue;
    if (!Object.hasOwn(sources, row.entityType)) continue;
    const ids = idsByType.get(row.entityType) ?? new Set<string>();
    idsByType.set(row.entityType, ids.add(row.entityId));
  }
  const names = new Map<string, Map<string, string>>();
  for (const [entityType, ids] of idsByType) {
    names.set(entityType, await sources[entityType]!(tx, actor, [...ids]));
  }

  const jobIds = [
    ...new Set(rows.map(importJobIdOf).filter((id): id is string => !!id && uuidShape.test(id))),
  ];
  const jobs = new Map<string, AuditImportJob>();
  if (jobIds.length > 0) {
    const found = await tx
      .select()
      .from(importJobs)
      .where(and(isAnyOf(importJobs.id, jobIds), inRegionScope(importJobs.regionCode, actor)));
    for (const job of found) {
      jobs.set(job.id, {
        id: job.id,
        kind: job.kind,
        fileName: maskSensitiveText(job.fileName),
        status: job.status,
        totalRows: job.totalRows,
        validRows: job.validRows,
        created: job.created,
        updated: job.updated,
        unchanged: job.unchanged,
        createdAt: job.createdAt.toISOString(),
        committedAt: job.committedAt?.toISOString() ?? null,
      });
    }
  }

  return {
    nameOf: (row: AuditRow): string | null =>
      (row.entityType && row.entityId && names.get(row.entityType)?.get(row.entityId)) || null,
    importJobOf: (row: AuditRow): AuditImportJob | null => {
      const id = importJobIdOf(row);
      return (id && jobs.get(id)) || null;
    },
  };
}
