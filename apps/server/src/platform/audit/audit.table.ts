import { index, jsonb, pgTable, text, timestamp, uuid, varchar } from 'drizzle-orm/pg-core';

/**
 * The audit trail (审计日志): append-only — the database refuses UPDATE, DELETE and TRUNCATE —
 * and written in the same transaction as the change it records.
 */
export const auditEvents = pgTable(
  'audit_event',
  {
    id: uuid('id').primaryKey(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    actorRoles: text('actor_roles').array().notNull().default([]),
    action: varchar('action', { length: 32 }).notNull(),
    entityType: varchar('entity_type', { length: 64 }),
    entityId: text('entity_id'),
    /** The region of the record touched, or of the actor for events with no record (login). */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    outcome: varchar('outcome', { length: 16 }).notNull(),
    /** Changed fields as { field: [before, after] }, sensitive values already masked. */
    changes: jsonb('changes').$type<Record<string, [unknown, unknown]>>(),
    /** Free text of events written before details were structured; new events leave it null. */
    detail: text('detail'),
    /** What the event says beyond its action: a code (AuditDetailCode) and its parameters, masked. */
    detailCode: varchar('detail_code', { length: 64 }),
    detailParams: jsonb('detail_params').$type<Record<string, unknown>>(),
    requestId: text('request_id'),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  // The time indexes end with the id, as the pages are ordered: every key is unique, so a bulk
  // import's thousands of events of one actor and one instant do not pile into one posting list.
  (t) => [
    index('audit_event_region_time_idx').on(
      t.regionCode.op('text_pattern_ops'),
      t.occurredAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('audit_event_time_idx').on(t.occurredAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('audit_event_actor_time_idx').on(
      t.actorId,
      t.occurredAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('audit_event_entity_idx').on(t.entityType, t.entityId),
  ],
);
