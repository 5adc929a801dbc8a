import { bulkInsert } from '../../db/bulk-insert';
import type { Executor } from '../../db/connection';
import { newId } from '../../db/ids';
import type { Actor, RequestOrigin } from '../access/actor';
import { auditEvents } from './audit.table';
import { maskField } from './sensitive-fields';

export type AuditAction =
  | 'create'
  | 'update'
  | 'delete'
  | 'read'
  | 'reveal'
  | 'export'
  | 'import'
  | 'login'
  | 'login_failed'
  | 'logout'
  | 'password_change'
  | 'session_expired';

export interface AuditEntry {
  action: AuditAction;
  entityType?: string;
  entityId?: string;
  regionCode: string;
  outcome?: 'success' | 'failure';
  changes?: Record<string, [unknown, unknown]>;
  detail?: string;
}

type AuditActor = Pick<Actor, 'accountId' | 'realName' | 'roles'> & { request: RequestOrigin };

/** Appends one event; call it inside the transaction of the change it records. */
export async function recordAudit(
  db: Executor,
  actor: AuditActor | null,
  entry: AuditEntry,
  origin: RequestOrigin | null = actor?.request ?? null,
): Promise<void> {
  await db.insert(auditEvents).values(auditRow(actor, entry, origin));
}

/** Appends many events in one statement (bulk imports write thousands of records at once). */
export async function recordAuditMany(
  db: Executor,
  actor: AuditActor,
  entries: AuditEntry[],
): Promise<void> {
  await bulkInsert(
    db,
    auditEvents,
    entries.map((entry) => auditRow(actor, entry, actor.request)),
  );
}

function auditRow(actor: AuditActor | null, entry: AuditEntry, origin: RequestOrigin | null) {
  return {
    id: newId(),
    // App time with millisecond precision, so that the keyset cursor round-trips exactly.
    occurredAt: new Date(),
    actorId: actor?.accountId ?? null,
    actorName: actor?.realName ?? null,
    actorRoles: actor ? [...actor.roles] : [],
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    regionCode: entry.regionCode,
    outcome: entry.outcome ?? 'success',
    changes: entry.changes ?? null,
    detail: entry.detail ?? null,
    requestId: origin?.requestId ?? null,
    ip: origin?.ip ?? null,
    userAgent: origin?.userAgent ?? null,
  };
}

/** The fields that differ between two versions of a record, sensitive values masked. */
export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
  ignore: readonly string[] = ['version', 'updatedAt', 'createdAt'],
): Record<string, [unknown, unknown]> {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Record<string, [unknown, unknown]> = {};
  for (const field of fields) {
    if (ignore.includes(field)) continue;
    const old = before?.[field] ?? null;
    const now = after?.[field] ?? null;
    if (JSON.stringify(old) === JSON.stringify(now)) continue;
    changes[field] = [maskField(field, old), maskField(field, now)];
  }
  return changes;
}
