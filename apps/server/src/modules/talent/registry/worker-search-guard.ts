import { maskResidentId, maskResidentIdShort, parseResidentId } from '@shegong/domain';
import type { Database } from '../../../db/connection';
import type { Actor } from '../../../platform/access/actor';
import { admitIdentitySearch, type IdentityKind } from '../../../platform/access/identity-search';

export type WorkerSearchTerm =
  { kind: IdentityKind; value: string } | { kind: 'name'; value: string };

/** What the talent lists' search box holds: a whole ID number, a whole mobile number, or a name. */
export function workerSearchTerm(q: string): WorkerSearchTerm {
  const id = parseResidentId(q);
  if (id.ok) return { kind: 'idNumber', value: id.value.id };
  if (/^1\d{10}$/.test(q)) return { kind: 'phone', value: q };
  return { kind: 'name', value: q };
}

/**
 * Searches of the talent registry by a whole ID or phone number pass the platform's identity
 * search check (reveal permission for ID numbers, hourly limit, audit); names pass freely.
 */
export async function admitWorkerSearch(
  database: Database,
  actor: Actor,
  q: string | undefined,
  where: string,
): Promise<void> {
  if (!q) return;
  const term = workerSearchTerm(q);
  if (term.kind === 'name') return;
  await admitIdentitySearch(database, actor, {
    kind: term.kind,
    value: term.value,
    where,
    revealPermission: 'workers:reveal',
  });
}

/**
 * A worker's ID number as a reader sees it beside the age: first 6 and last 4 for those who may
 * reveal it anyway, first 6 and last 2 for the others — with the age, the last 4 would leave ~35
 * candidates to try, the last 2 leave ~3,300.
 */
export function idNumberShownTo(actor: Actor, idNumber: string): string {
  return actor.permissions.has('workers:reveal')
    ? maskResidentId(idNumber)
    : maskResidentIdShort(idNumber);
}
