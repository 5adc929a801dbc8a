import { and, desc, eq, gte, lt, lte, or, type SQL } from 'drizzle-orm';
import {
  auditNote,
  legacyAuditDetail,
  maskSensitiveText,
  type AuditEvent,
  type AuditQuery,
} from '@shegong/domain';
import type { Database } from '../../db/connection';
import type { Actor } from '../access/actor';
import { startsWith } from '../../db/text-prefix';
import { inRegionScope, withScope } from '../access/region-scope';
import { instantIdCursor } from '../http/keyset-cursor';
import { recordAudit } from './audit';
import { auditEvents } from './audit.table';
import type { AuditSubjectSources } from './audit-subjects';
import { describeSubjects, type AuditRow } from './describe-subjects';
import { maskAuditChanges } from './mask-audit';

type Filters = Omit<AuditQuery, 'cursor' | 'limit'>;

/** The last row of a page, by its time and id: where the next page starts. */
const encodeCursor = (row: { occurredAt: Date; id: string }) =>
  instantIdCursor.encode({ at: row.occurredAt, id: row.id });

function decodeCursor(cursor: string): { occurredAt: Date; id: string } {
  const { at, id } = instantIdCursor.decode(cursor);
  return { occurredAt: at, id };
}

/**
 * The audit trail as the audit administrator reads it: newest first, inside their scope, each
 * event with the name of its record and the report of its import job where the reader's scope
 * holds them. The names come from the modules (their manifests' `auditSubjects`, handed in by
 * app.ts), a query per kind and page.
 */
export function createAuditService({
  database,
  subjects,
}: {
  database: Database;
  subjects: AuditSubjectSources;
}) {
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
    return withScope(database, actor, async (tx) => {
      const rows = await tx
        .select()
        .from(auditEvents)
        .where(conditions(actor, filters, after))
        .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
        .limit(limit);
      return { rows, subjects: await describeSubjects(tx, actor, subjects, rows) };
    });
  }

  type Described = Awaited<ReturnType<typeof describeSubjects>>;

  /**
   * An event as the reader sees it. Events written before the writer masked everything may hold
   * whole numbers in their changes or free text: those are masked on the way out.
   */
  function present(row: AuditRow, described: Described): AuditEvent {
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
      changes: row.changes && maskAuditChanges(row.changes),
      detail: row.detailCode
        ? { code: row.detailCode, params: row.detailParams ?? {} }
        : row.detail
          ? legacyAuditDetail(maskSensitiveText(row.detail))
          : null,
      subjectName: described.nameOf(row),
      importJob: described.importJobOf(row),
      ip: row.ip,
      requestId: row.requestId,
    };
  }

  async function list(actor: Actor, query: AuditQuery) {
    const { cursor, limit, ...filters } = query;
    const { rows, subjects: described } = await page(
      actor,
      filters,
      cursor ? decodeCursor(cursor) : null,
      limit + 1,
    );
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map((row) => present(row, described)),
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
        detail: auditNote('export_filters', { filters }),
      }),
    );
    let after: { occurredAt: Date; id: string } | null = null;
    for (;;) {
      const { rows, subjects: described } = await page(actor, filters, after, batchSize);
      if (rows.length === 0) return;
      yield rows.map((row) => present(row, described));
      const last = rows.at(-1)!;
      after = { occurredAt: last.occurredAt, id: last.id };
      if (rows.length < batchSize) return;
    }
  }

  return { list, exportBatches };
}

export type AuditService = ReturnType<typeof createAuditService>;
