import { and, asc, eq, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/connection';
import type { Actor } from '../access/actor';
import { importSource, type CommitOutcome, type ImportKind } from './import-kind';
import { importBatches } from './imports.table';

type Counts = Record<CommitOutcome, number>;

const none = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });

const batchesInFlight = 4;

/**
 * Writes a job's stored batches in row order, inside the commit's transaction, and counts what
 * the rows did. Each batch is asked for before the previous one is written, so it has been read by
 * the time the writes end. A kind whose batches touch disjoint records (`independentBatches`) has
 * a few batches in flight: the next batches' reads reach the database before this one's writes,
 * so JavaScript prepares one batch while the database writes another.
 */
export async function commitBatches<Input>(
  tx: Transaction,
  actor: Actor,
  kind: ImportKind<Input>,
  jobId: string,
): Promise<Counts> {
  const source = importSource(kind.kind, jobId);
  const counts = none();
  const add = (done: Counts) => {
    for (const outcome of ['created', 'updated', 'unchanged'] as const)
      counts[outcome] += done[outcome];
  };
  const batchAfter = (after: number) => {
    const batch = tx
      .select({ firstRow: importBatches.firstRow, inputs: importBatches.inputs })
      .from(importBatches)
      .where(and(eq(importBatches.jobId, jobId), sql`${importBatches.firstRow} > ${after}`))
      .orderBy(asc(importBatches.firstRow))
      .limit(1)
      .execute();
    batch.catch(() => {}); // awaited in the loop; not an unhandled rejection if a write fails first
    return batch;
  };
  const write = async (inputs: Input[]): Promise<Counts> => {
    if (kind.commitBatch) return kind.commitBatch(tx, actor, inputs, source);
    const done = none();
    for (const input of inputs) done[await kind.commit(tx, actor, input, source)]++;
    return done;
  };

  // Batches of a kind with independent batches go in while earlier ones are still being written:
  // their reads reach the database ahead of those writes.
  const window = kind.independentBatches ? batchesInFlight : 1;
  const inFlight: Promise<Counts>[] = [];
  for (let next = batchAfter(0); ;) {
    const [batch] = await next;
    if (!batch) break;
    next = batchAfter(batch.firstRow);
    // Stored by the upload from the schema's own output: no need to validate it twice.
    const written = write(JSON.parse(batch.inputs) as Input[]);
    written.catch(() => {}); // awaited in row order below, so the first failure is the one reported
    inFlight.push(written);
    if (inFlight.length >= window) add(await inFlight.shift()!);
  }
  for (const written of inFlight) add(await written);
  return counts;
}
