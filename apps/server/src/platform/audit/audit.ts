import { sql, type SQL } from 'drizzle-orm';
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

/**
 * Appends many events by one actor in one statement (bulk imports write thousands at once). What
 * the events share — time, actor, request — is sent once, not with each of them: the per-event
 * JSON was half of what PostgreSQL parsed for an import's audit rows.
 */
export async function recordAuditMany(
  db: Executor,
  actor: AuditActor,
  entries: AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const events = entries.map((entry) => ({ id: newId(), ...eventFields(entry) }));
  await db.execute(sql`
    insert into ${auditEvents} (${sharedColumns}, id, action, entity_type, entity_id, region_code,
      outcome, changes, detail)
    select ${sharedValues(actor)}, e.id, e.action, e."entityType", e."entityId", e."regionCode",
      e.outcome, e.changes, e.detail
    from jsonb_to_recordset(${JSON.stringify(events)}::jsonb) as e(id uuid, action text,
      "entityType" text, "entityId" text, "regionCode" text, outcome text, changes jsonb,
      detail text)`);
}

/**
 * Inserts rows and audits each as created by `actor`, in one statement: `insert` returns the
 * rows' `id` and `region_code`, and each row's event id comes paired with its id. Nothing of the
 * events but the ids crosses the wire — for imports, which create thousands of rows at once.
 */
export function insertAuditedAsCreated(
  actor: AuditActor,
  insert: SQL,
  entityType: string,
  detail: string,
  ids: { rows: string[]; events: string[] },
): SQL {
  return sql`
    with created as (${insert} returning id, region_code)
    insert into ${auditEvents} (${sharedColumns}, id, action, entity_type, entity_id, region_code,
      outcome, detail)
    select ${sharedValues(actor)}, e.id, 'create', ${entityType}, c.id::text, c.region_code,
      'success', ${detail}
    from created c
      join unnest(${sql.param(ids.rows)}::uuid[], ${sql.param(ids.events)}::uuid[]) as e(row_id, id)
        on e.row_id = c.id`;
}

/** What the events of one actor's request share — their time, the actor, the request. */
const sharedColumns = sql.raw(
  'occurred_at, actor_id, actor_name, actor_roles, request_id, ip, user_agent',
);

function sharedValues(actor: AuditActor): SQL {
  const origin = actor.request;
  return sql`${new Date().toISOString()}::timestamptz, ${actor.accountId}::uuid,
    ${actor.realName}, ${sql.param([...actor.roles])}::text[], ${origin.requestId ?? null},
    ${origin.ip ?? null}, ${origin.userAgent ?? null}`;
}

/** What an event says of itself, apart from who and when. */
function eventFields(entry: AuditEntry) {
  return {
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    regionCode: entry.regionCode,
    outcome: entry.outcome ?? 'success',
    changes: entry.changes ?? null,
    detail: entry.detail ?? null,
  };
}

function auditRow(actor: AuditActor | null, entry: AuditEntry, origin: RequestOrigin | null) {
  return {
    id: newId(),
    // App time with millisecond precision, so that the keyset cursor round-trips exactly.
    occurredAt: new Date(),
    actorId: actor?.accountId ?? null,
    actorName: actor?.realName ?? null,
    actorRoles: actor ? [...actor.roles] : [],
    ...eventFields(entry),
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
