import type { InferInsertModel } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { bulkInsert } from '../../db/bulk-insert';
import type { Executor } from '../../db/connection';
import type { Actor } from '../access/actor';
import { changedFields, recordAuditMany } from '../audit/audit';

/** Inserts the rows an import creates in one statement and audits each creation in another. */
export async function insertCreated<T extends PgTable>(
  tx: Executor,
  actor: Actor,
  table: T,
  entityType: string,
  rows: (InferInsertModel<T> & { id: string; regionCode: string })[],
): Promise<void> {
  await bulkInsert(tx, table, rows);
  await recordAuditMany(
    tx,
    actor,
    rows.map((row) => ({
      action: 'create' as const,
      entityType,
      entityId: row.id,
      regionCode: row.regionCode,
      changes: changedFields(null, row),
      detail: 'import',
    })),
  );
}
