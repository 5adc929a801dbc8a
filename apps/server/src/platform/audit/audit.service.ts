import { and, desc, eq, gte, lt, lte, or, type SQL } from 'drizzle-orm';
import type { AuditEvent, AuditQuery } from '@shegong/domain';
import type { Database } from '../../db/connection';
import type { Actor } from '../access/actor';
import { startsWith } from '../../db/text-prefix';
import { inRegionScope, withScope } from '../access/region-scope';
import { recordAudit } from './audit';
import { auditEvents } from './audit.table';

type Filters = Omit<AuditQuery, 'cursor' | 'limit'>;

/** `<occurredAt ISO>|<id>` of the last row of a page, opaque to the client. */
function encodeCursor(row: { occurredAt: Date; id: string }): string {
  return Buffer.from(`${row.occurredAt.toISOString()}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { occurredAt: Date; id: string } | null {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const occurredAt = new Date(at ?? '');
  return id && !Number.isNaN(occurredAt.getTime()) ? { occurredAt, id } : null;
}

/** The audit trail as the audit administrator reads it: newest first, inside their scope. */
export function createAuditService({ database }: { database: Database }) {
  function conditions(
    actor: Actor,
    filters: Filters,
    after: { occurredAt: Date; id: string } | null,
  ): SQL {
    const where: SQL[] = [inRegionScope(auditEvents.regionCode, actor)];
    if (filters.region) where.push(startsWith(auditEvents.regionCode, filters.region));
    if (filters.from) where.push(gte(auditEvents.occurredAt, new Date(filters.from)));
    if (filters.to) where.push(lte(auditEvents.occurredAt, new Date(filters.to)));
    if (filters.action) where.push(eq(auditEvents.action, filters.action));
    if (filters.outcome) where.push(eq(auditEvents.outcome, filters.outcome));
    if (filters.actorId) where.push(eq(auditEvents.actorId, filters.actorId));
    if (filters.entityType) where.push(eq(auditEvents.entityType, filters.entityType));
    if (filters.entityId) where.push(eq(auditEvents.entityId, filters.entityId));
    if (after) {
      where.push(
        or(
          lt(auditEvents.occurredAt, after.occurredAt),
          and(eq(auditEvents.occurredAt, after.occurredAt), lt(auditEvents.id, after.id)),
        )!,
      );
    }
    return and(...where)!;
  }

  async function page(
    actor: Actor,
    filters: Filters,
    after: { occurredAt: Date; id: string } | null,
    limit: number,
  ) {
    return withScope(database, actor, (tx) =>
      tx
        .select()
        .from(auditEvents)
        .where(conditions(actor, filters, after))
        .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
        .limit(limit),
    );
  }

  function present(row: typeof auditEvents.$inferSelect): AuditEvent {
    return {
      id: row.id,
      occurredAt: row.occurredAt.toISOString(),
      actorId: row.actorId,
      actorName: row.actorName,
      actorRoles: row.actorRoles,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      regionCode: row.regionCode,
      outcome: row.outcome as AuditEvent['outcome'],
      changes: row.changes,
      detail: row.detail,
      ip: row.ip,
      requestId: row.requestId,
    };
  }

  async function list(actor: Actor, query: AuditQuery) {
    const { cursor, limit, ...filters } = query;
    const rows = await page(actor, filters, cursor ? decodeCursor(cursor) : null, limit + 1);
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map(present),
      nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
    };
  }

  /** Every matching event in batches, for export; the export itself is audited first. */
  async function* exportBatches(
    actor: Actor,
    filters: Filters,
    batchSize = 1000,
  ): AsyncGenerator<AuditEvent[]> {
    await withScope(database, actor, (tx) =>
      recordAudit(tx, actor, {
        action: 'export',
        entityType: 'audit_event',
        regionCode: actor.regionCode,
        detail: JSON.stringify(filters),
      }),
    );
    let after: { occurredAt: Date; id: string } | null = null;
    for (;;) {
      const rows = await page(actor, filters, after, batchSize);
      if (rows.length === 0) return;
      yield rows.map(present);
      const last = rows.at(-1)!;
      after = { occurredAt: last.occurredAt, id: last.id };
      if (rows.length < batchSize) return;
    }
  }

  return { list, exportBatches };
}

export type AuditService = ReturnType<typeof createAuditService>;
