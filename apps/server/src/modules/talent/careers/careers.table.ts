import {
  boolean,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { workers } from '../registry/workers.table';
import { stations } from '../../stations/stations.table';

/** Jobs in social work (从业经历); years in service and turnover follow from them. */
export const employments = pgTable(
  'employment',
  {
    id: uuid('id').primaryKey(),
    workerId: uuid('worker_id')
      .notNull()
      .references(() => workers.id),
    /** The worker's region, for scope. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    employerKind: varchar('employer_kind', { length: 24 }).notNull(),
    organisationId: uuid('organisation_id'),
    stationId: uuid('station_id').references(() => stations.id),
    employerName: text('employer_name').notNull(),
    /** Where the employer is, for statistics by employer region. */
    employerRegionCode: varchar('employer_region_code', { length: 12 }).notNull(),
    postType: varchar('post_type', { length: 24 }).notNull(),
    fullTime: boolean('full_time').notNull().default(true),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    leavingReason: text('leaving_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('employment_worker_idx').on(t.workerId, t.startedOn),
    index('employment_region_idx').on(t.regionCode.op('text_pattern_ops')),
    index('employment_organisation_idx').on(t.organisationId, t.endedOn),
    index('employment_employer_region_idx').on(
      t.employerRegionCode.op('text_pattern_ops'),
      t.startedOn,
    ),
  ],
);

/** Supervision pairs (督导) and the hours given. */
export const supervisions = pgTable(
  'supervision',
  {
    id: uuid('id').primaryKey(),
    supervisorId: uuid('supervisor_id')
      .notNull()
      .references(() => workers.id),
    superviseeId: uuid('supervisee_id')
      .notNull()
      .references(() => workers.id),
    /** The supervisee's region. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    hours: numeric('hours', { precision: 7, scale: 1, mode: 'number' }).notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('supervision_supervisor_idx').on(t.supervisorId),
    index('supervision_supervisee_idx').on(t.superviseeId),
    index('supervision_region_idx').on(t.regionCode.op('text_pattern_ops')),
  ],
);
