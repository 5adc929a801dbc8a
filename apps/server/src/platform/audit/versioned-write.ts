import { and, eq, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Transaction } from '../../db/connection';
import type { Actor } from '../access/actor';
import { AppError } from '../errors/app-error';
import { changedFields, recordAudit, type AuditEntry } from './audit';

/** A table of records changed by version: `id`, `version`, `updatedAt` and `regionCode`. */
type VersionedTable = PgTable & {
  id: PgColumn;
  version: PgColumn;
  updatedAt: PgColumn;
};

interface VersionedRow {
  id: string;
  version: number;
  regionCode: string;
}

/**
 * The audited write of a versioned record, for every module: the changed fields over the row as
 * read, its version bumped (409 VERSION_CONFLICT if someone changed it meanwhile), `updatedAt`
 * from the caller's clock, and the change audited (the audit writer masks sensitive fields).
 * `afterWrite` runs between the write and the audit, for what the change brings along (a
 * closed station's staff, a moved worker's records).
 */
export async function writeVersioned<Table extends VersionedTable>(
  tx: Transaction,
  actor: Actor,
  target: { table: Table; entityType: string },
  before: Table['$inferSelect'] & VersionedRow,
  fields: Partial<Table['$inferInsert']>,
  options: {
    now: Date;
    detail?: AuditEntry['detail'];
    /**
     * The region the event belongs to when it is not the record's: a transfer's decision is the
     * releasing region's, whose audit administrators must find it.
     */
    auditRegionCode?: string;
    afterWrite?: (after: Table['$inferSelect'] & VersionedRow) => Promise<unknown>;
  },
): Promise<Table['$inferSelect'] & VersionedRow> {
  const { table } = target;
  const rows = (await tx
    .update(table)
    .set({ ...fields, version: sql`${table.version} + 1`, updatedAt: options.now } as never)
    .where(and(eq(table.id, before.id), eq(table.version, before.version)))
    .returning()) as (Table['$inferSelect'] & VersionedRow)[];
  const after = rows[0];
  if (!after) throw new AppError('VERSION_CONFLICT');
  await options.afterWrite?.(after);
  await recordAudit(tx, actor, {
    action: 'update',
    entityType: target.entityType,
    entityId: before.id,
    regionCode: options.auditRegionCode ?? after.regionCode,
    changes: changedFields(before, after),
    ...(options.detail === undefined ? {} : { detail: options.detail }),
  });
  return after;
}
