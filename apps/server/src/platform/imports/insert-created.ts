import type { InferInsertModel } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { bulkInsertQuery } from '../../db/bulk-insert';
import type { Executor } from '../../db/connection';
import { newId } from '../../db/ids';
import type { Actor } from '../access/actor';
import { insertAuditedAsCreated } from '../audit/audit';
import type { ImportSource } from './import-kind';

/**
 * Inserts the rows an import creates and audits each creation, in one statement.
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
  source: ImportSource,
): Promise<void> {
  if (rows.length === 0) return;
  const ids = { rows: rows.map((row) => row.id), events: rows.map(() => newId()) };
  await tx.execute(
    insertAuditedAsCreated(actor, bulkInsertQuery(table, rows), entityType, source, ids),
  );
}
