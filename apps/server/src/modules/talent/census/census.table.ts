import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  timestamp,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { workers } from '../registry/workers.table';

/** A region's talent target for a year (人才规划目标). */
export const talentTargets = pgTable(
  'talent_target',
  {
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    year: integer('year').notNull(),
    targetWorkers: integer('target_workers').notNull(),
    targetCertified: integer('target_certified').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.regionCode, t.year] })],
);

/**
 * One row per worker with what the talent census groups by, as of one day: the census reads these
 * instead of deriving years in service and the current job from every employment record on each
 * request. Rows go stale when the day changes or when the worker, a job or a certificate changes
 * (triggers list the worker in `census_stale`); the census brings stale rows up to date first.
 */
export const workerCensusFacts = pgTable(
  'worker_census_fact',
  {
    workerId: uuid('worker_id')
      .primaryKey()
      .references(() => workers.id, { onDelete: 'cascade' }),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    asOf: date('as_of', { mode: 'string' }).notNull(),
    sex: varchar('sex', { length: 6 }).notNull(),
    educationLevel: varchar('education_level', { length: 16 }).notNull(),
    socialWorkMajor: boolean('social_work_major').notNull(),
    ageBand: varchar('age_band', { length: 16 }).notNull(),
    serviceBand: varchar('service_band', { length: 16 }).notNull(),
    /** Rank of the highest certificate held on the day; -1 when none. */
    rank: smallint('rank').notNull(),
    /** The current job's employer kind; 'none' when not employed on the day. */
    employerKind: varchar('employer_kind', { length: 24 }).notNull(),
    /** Bit k: employed, or certified, on 31 December of the fifth-last year + k (the trend). */
    employedYears: smallint('employed_years').notNull(),
    certifiedYears: smallint('certified_years').notNull(),
  },
  (t) => [
    index('worker_census_fact_region_idx').on(t.regionCode.op('text_pattern_ops')),
    index('worker_census_fact_as_of_idx').on(t.asOf),
  ],
);

/** Workers whose census facts must be derived again (written by triggers; no key, duplicates fine). */
export const censusStale = pgTable(
  'census_stale',
  {
    workerId: uuid('worker_id').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
  },
  (t) => [index('census_stale_region_idx').on(t.regionCode.op('text_pattern_ops'))],
);

/**
 * The census of each county counted once (one row per dimension and key: the grouping sets of
 * `censusGroups` per county), so that a city's or the province's census sums a few thousand rows
 * instead of grouping every worker's facts. `region_code` is the county: the first six digits of
 * the facts' region code (the whole code when shorter, for workers recorded on a city or the
 * province itself). Derived from `worker_census_fact` whenever a county is marked in
 * `census_count_stale` (census-counts.ts).
 */
export const censusCountyCounts = pgTable(
  'census_county_count',
  {
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    /** 'sex', 'age', 'education', 'major', 'service', 'level', 'employer', 'trend' or 'total'. */
    dimension: varchar('dimension', { length: 12 }).notNull(),
    /** The bucket as `censusGroups` names it; null for 'trend' and 'total'. */
    key: varchar('key', { length: 24 }),
    n: integer('n').notNull(),
    certified: integer('certified').notNull(),
    /** In the 'trend' rows: the trend masks the row's workers share. */
    employedYears: smallint('employed_years'),
    certifiedYears: smallint('certified_years'),
  },
  (t) => [index('census_county_count_region_idx').on(t.regionCode.op('text_pattern_ops'))],
);

/**
 * Regions whose workers' census facts changed since their county's counts were derived (written
 * by triggers on `worker_census_fact`, in the transaction of the change; duplicates fine).
 */
export const censusCountStale = pgTable(
  'census_count_stale',
  { regionCode: varchar('region_code', { length: 12 }).notNull() },
  (t) => [index('census_count_stale_region_idx').on(t.regionCode.op('text_pattern_ops'))],
);
