import { sql, type SQL } from 'drizzle-orm';
import { legacyAuditDetail, type AuditDetail } from '@shegong/domain';
import type { Executor } from '../../db/connection';
import { newId } from '../../db/ids';
import type { Actor, RequestOrigin } from '../access/actor';
import { auditEvents } from './audit.table';
import { maskAuditChanges, maskAuditObject } from './mask-audit';
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
  /**
   * A code and its parameters (`auditNote`), put into words in the reader's language. Plain text
   * is read as the code it means where it is one the server used to write (`legacyAuditDetail`),
   * else kept as the code `text` — masked like the rest, shown to every reader as written.
   */
  detail?: AuditDetail | string;
}

type AuditActor = Pick<Actor, 'accountId' | 'realName' | 'roles'> & { request: RequestOrigin };

/**
 * Appends one event; call it inside the transaction of the change it records. Whatever the event
 * keeps — its changes and its detail's parameters — is masked here, so no caller can forget to.
 */
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
      outcome, changes, detail_code, detail_params)
    select ${sharedValues(actor)}, e.id, e.action, e."entityType", e."entityId", e."regionCode",
      e.outcome, e.changes, e."detailCode", e."detailParams"
    from jsonb_to_recordset(${JSON.stringify(events)}::jsonb) as e(id uuid, action text,
      "entityType" text, "entityId" text, "regionCode" text, outcome text, changes jsonb,
      "detailCode" text, "detailParams" jsonb)`);
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
  detail: AuditDetail,
  ids: { rows: string[]; events: string[] },
): SQL {
  const { detailCode, detailParams } = detailFields(detail);
  return sql`
    with created as (${insert} returning id, region_code)
    insert into ${auditEvents} (${sharedColumns}, id, action, entity_type, entity_id, region_code,
      outcome, detail_code, detail_params)
    select ${sharedValues(actor)}, e.id, 'create', ${entityType}, c.id::text, c.region_code,
      'success', ${detailCode}, ${JSON.stringify(detailParams)}::jsonb
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

function detailFields(detail: AuditDetail | string | undefined) {
  if (detail === undefined) return { detailCode: null, detailParams: null };
  const { code, params } = typeof detail === 'string' ? legacyAuditDetail(detail) : detail;
  return { detailCode: code, detailParams: maskAuditObject(params) };
}

/** What an event says of itself, apart from who and when — masked. */
function eventFields(entry: AuditEntry) {
  return {
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    regionCode: entry.regionCode,
    outcome: entry.outcome ?? 'success',
    changes: entry.changes ? maskAuditChanges(entry.changes) : null,
    ...detailFields(entry.detail),
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
