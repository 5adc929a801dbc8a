import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { stations } from '../../stations/stations.table';
import { workers } from '../registry/workers.table';

/**
 * A worker's move to another county (人才流动): the receiving side asks with the ID number and
 * name it knows and the new employer; the releasing side (the worker's region, or a region above
 * it) approves or refuses. The row belongs to two regions: `region_code` is the receiving one (the
 * worker's region after the move), `from_region_code` the releasing one — null when the ID number
 * and name match no worker, so that nobody but the requester ever sees such a request. Row-level
 * security lets both sides read and decide (migration 0020); only the receiving side files.
 */
export const workerTransfers = pgTable(
  'worker_transfer',
  {
    id: uuid('id').primaryKey(),
    /** The receiving region: where the worker is recorded once the move is approved. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    /** As the requester typed them (the ID number normalised). */
    idNumber: varchar('id_number', { length: 18 }).notNull(),
    name: text('name').notNull(),
    /** The worker the ID number and name matched, and their region then; null if none matched. */
    workerId: uuid('worker_id').references(() => workers.id),
    fromRegionCode: varchar('from_region_code', { length: 12 }),
    /** The new job, as the employment it becomes on approval. */
    employerKind: varchar('employer_kind', { length: 24 }).notNull(),
    organisationId: uuid('organisation_id'),
    stationId: uuid('station_id').references(() => stations.id),
    employerName: text('employer_name').notNull(),
    employerRegionCode: varchar('employer_region_code', { length: 12 }).notNull(),
    postType: varchar('post_type', { length: 24 }).notNull(),
    fullTime: boolean('full_time').notNull().default(true),
    note: text('note'),
    /** pending → approved | refused | withdrawn; a pending request lapses after `expires_on`. */
    status: varchar('status', { length: 12 }).notNull().default('pending'),
    requestedBy: uuid('requested_by').notNull(),
    requestedByName: text('requested_by_name').notNull(),
    requestedOn: date('requested_on', { mode: 'string' }).notNull(),
    expiresOn: date('expires_on', { mode: 'string' }).notNull(),
    decidedBy: uuid('decided_by'),
    decidedByName: text('decided_by_name'),
    /** The day of the decision; for an approval, the day the worker moved. */
    decidedOn: date('decided_on', { mode: 'string' }),
    decisionReason: text('decision_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('worker_transfer_region_idx').on(t.regionCode.op('text_pattern_ops'), t.id),
    index('worker_transfer_from_region_idx')
      .on(t.fromRegionCode.op('text_pattern_ops'), t.id)
      .where(sql`${t.fromRegionCode} is not null`),
    index('worker_transfer_worker_idx')
      .on(t.workerId)
      .where(sql`${t.workerId} is not null`),
    // The census's flows: approved moves by the day they took effect.
    index('worker_transfer_decided_idx')
      .on(t.decidedOn)
      .where(sql`${t.status} = 'approved'`),
    check(
      'worker_transfer_status_check',
      sql`${t.status} in ('pending', 'approved', 'refused', 'withdrawn')`,
    ),
  ],
);
