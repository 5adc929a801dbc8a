import { and } from 'drizzle-orm';
import { isAnyOf } from '../../../db/any-of';
import type { Executor } from '../../../db/connection';
import { creditEntries } from './education.table';

/** The natural key of an hours entry: the worker, the day and the course or activity. */
export const creditKeyOf = (workerId: string, entry: { earnedOn: string; description: string }) =>
  `${workerId}|${entry.earnedOn}|${entry.description}`;

export type StoredCreditEntry = { id: string; hours: number; source: string };

/**
 * The ledger entries of these workers on these days, by natural key, in one query: what the
 * one-entry-per-key rule reads, for a form's entry or an import's batch.
 */
export async function creditEntriesAt(
  tx: Executor,
  workerIds: readonly string[],
  days: readonly string[],
): Promise<Map<string, StoredCreditEntry>> {
  const stored = new Map<string, StoredCreditEntry>();
  if (workerIds.length === 0 || days.length === 0) return stored;
  for (const e of await tx
    .select({
      id: creditEntries.id,
      workerId: creditEntries.workerId,
      earnedOn: creditEntries.earnedOn,
      description: creditEntries.description,
      hours: creditEntries.hours,
      source: creditEntries.source,
    })
    .from(creditEntries)
    .where(
      and(
        isAnyOf(creditEntries.workerId, [...new Set(workerIds)]),
        isAnyOf(creditEntries.earnedOn, [...new Set(days)]),
      ),
    ))
    stored.set(creditKeyOf(e.workerId, e), e);
  return stored;
}
