import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/organisations.table';

/**
 * The four-tier station network (阵地): 县级社会工作站 → 乡镇(街道)社会工作服务站 →
 * 村(社区)社会工作服务站 / 社会工作室, each bound to a division of its tier's level.
 */
export const stations = pgTable(
  'station',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    tier: varchar('tier', { length: 32 }).notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    parentStationId: uuid('parent_station_id').references((): AnyPgColumn => stations.id),
    operatorOrganisationId: uuid('operator_organisation_id').references(() => organisations.id),
    address: text('address'),
    openedOn: date('opened_on', { mode: 'string' }),
    status: varchar('status', { length: 16 }).notNull().default('operating'),
    serviceFields: text('service_fields')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** 服务人口: residents of the area the station serves, as reported by the officers. */
    servicePopulation: integer('service_population'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One open station of a tier per division: planned, operating and suspended ones hold the
    // place; closed ones stay as history and free it for a new station.
    uniqueIndex('station_tier_region_open_unique')
      .on(t.tier, t.regionCode)
      .where(sql`${t.status} <> 'closed'`),
    index('station_region_idx').on(t.regionCode.op('text_pattern_ops'), t.tier),
    index('station_parent_idx').on(t.parentStationId),
    index('station_operator_idx').on(t.operatorOrganisationId),
    check(
      'station_tier_check',
      sql`${t.tier} in ('county_station', 'township_station', 'village_station', 'village_studio')`,
    ),
    check(
      'station_status_check',
      sql`${t.status} in ('planned', 'operating', 'suspended', 'closed')`,
    ),
  ],
);

/**
 * Social workers assigned to a station. `workerId` will point into the talent registry once it
 * exists; until then the name is recorded as given.
 */
export const stationStaff = pgTable(
  'station_staff',
  {
    id: uuid('id').primaryKey(),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    workerId: uuid('worker_id'),
    workerName: text('worker_name').notNull(),
    role: varchar('role', { length: 16 }).notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('station_staff_station_idx').on(t.stationId, t.endedOn),
    index('station_staff_region_idx').on(t.regionCode.op('text_pattern_ops')),
    index('station_staff_worker_idx').on(t.workerId),
    check('station_staff_role_check', sql`${t.role} in ('full_time', 'part_time', 'resident')`),
  ],
);

/**
 * Staffing norms (配备标准) set by a region for everything inside it; the nearest ancestor's
 * row applies, else the defaults in @shegong/domain.
 */
export const staffingNorms = pgTable('staffing_norm', {
  regionCode: varchar('region_code', { length: 12 }).primaryKey(),
  urbanVillageMinWorkers: integer('urban_village_min_workers').notNull(),
  ruralVillageMinWorkers: integer('rural_village_min_workers').notNull(),
  townshipStationMinStaff: integer('township_station_min_staff').notNull(),
  countyStationMinStaff: integer('county_station_min_staff').notNull(),
  villageStudioMinStaff: integer('village_studio_min_staff').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});
