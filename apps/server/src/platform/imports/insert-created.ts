import type { InferInsertModel } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { bulkInsert } from '../../db/bulk-insert';
import type { Executor } from '../../db/connection';
import type { Actor } from '../access/actor';
import { recordAuditMany } from '../audit/audit';

/**
 * Inserts the rows an import creates in one statement and audits each creation in another. The
 * insert is sent before the audit rows are built, so the database writes while JavaScript works;
 * the transaction's connection runs the two statements in the order they were sent.
 *
 * Each creation is audited as made by the job (`source`), without a copy of its values: they are
 * the job's stored row, and every later change of the record is audited with its values. Copying
 * them into the trail took more than a third of a 100,000-row import (docs/security.md).
 */
export async function insertCreated<T extends PgTable>(
  tx: Executor,
  actor: Actor,
  table: T,
  entityType: string,
  rows: (InferInsertModel<T> & { id: string; regionCode: string })[],
  source: string,
): Promise<void> {
  const inserted = bulkInsert(tx, table, rows);
  const audited = recordAuditMany(
    tx,
    actor,
    rows.map((row) => ({
      action: 'create' as const,
      entityType,
      entityId: row.id,
      regionCode: row.regionCode,
      detail: source,
    })),
  );
  await Promise.all([inserted, audited]);
}
