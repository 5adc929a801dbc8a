import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/organisations.table';

const stateCodes = sql.raw(
  [
    'draft',
    'review',
    'pending_approval',
    'approved',
    'tendering',
    'awarded',
    'signed',
    'in_service',
    'completed',
    'closed',
    'terminated',
  ]
    .map((s) => `'${s}'`)
    .join(', '),
);

/**
 * Purchased-service projects (政府购买社会工作服务项目). Region-owned by the purchasing
 * department's division: its officers and those of the levels above see it. The provider, once
 * awarded, reads its own projects too: `provider_region_code` (its organisation's division) opens
 * the row to that region under row-level security, and the service narrows it to the organisation.
 */
export const projects = pgTable(
  'project',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    year: smallint('year').notNull(),
    /** 项目编号, unique within the division. */
    code: varchar('code', { length: 40 }).notNull(),
    title: text('title').notNull(),
    type: varchar('type', { length: 20 }).notNull(),
    /** 需求调研: the needs found. */
    needs: text('needs').notNull().default(''),
    serviceFields: text('service_fields').array().notNull(),
    populationGroups: text('population_groups').array().notNull(),
    /** 服务区域: division codes and station ids. */
    areaRegionCodes: text('area_region_codes').array().notNull(),
    areaStationIds: uuid('area_station_ids').array().notNull(),
    budgetFen: bigint('budget_fen', { mode: 'number' }).notNull(),
    termStart: date('term_start', { mode: 'string' }).notNull(),
    termEnd: date('term_end', { mode: 'string' }).notNull(),
    state: varchar('state', { length: 20 }).notNull().default('draft'),
    /** 承接机构, set by the award. */
    providerOrganisationId: uuid('provider_organisation_id').references(() => organisations.id),
    /** Its name as the registry had it at the award. */
    providerName: text('provider_name'),
    providerRegionCode: varchar('provider_region_code', { length: 12 }),
    draftedBy: uuid('drafted_by').notNull(),
    draftedByName: text('drafted_by_name').notNull(),
    approvedBy: uuid('approved_by'),
    approvedByName: text('approved_by_name'),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    terminationReason: text('termination_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('project_region_code_unique').on(t.regionCode, t.code),
    // The list: newest first within a region, by each filter.
    index('project_region_idx').on(t.regionCode.op('text_pattern_ops'), t.id.desc().nullsFirst()),
    index('project_year_idx').on(
      t.year,
      t.regionCode.op('text_pattern_ops'),
      t.id.desc().nullsFirst(),
    ),
    index('project_state_idx').on(
      t.state,
      t.regionCode.op('text_pattern_ops'),
      t.id.desc().nullsFirst(),
    ),
    index('project_provider_idx')
      .on(t.providerOrganisationId, t.id.desc().nullsFirst())
      .where(sql`${t.providerOrganisationId} is not null`),
    index('project_fields_idx').using('gin', t.serviceFields),
    check('project_state_check', sql`${t.state} in (${stateCodes})`),
    check(
      'project_type_check',
      sql`${t.type} in ('post', 'project', 'family_centre', 'station_operation')`,
    ),
    check('project_budget_check', sql`${t.budgetFen} >= 0`),
    check('project_term_check', sql`${t.termEnd} >= ${t.termStart}`),
    // 四眼原则: whoever drafted the project cannot approve its set-up.
    check(
      'project_four_eyes_check',
      sql`${t.approvedBy} is null or ${t.approvedBy} <> ${t.draftedBy}`,
    ),
    check(
      'project_provider_check',
      sql`(${t.providerOrganisationId} is null) = (${t.providerRegionCode} is null)`,
    ),
    check(
      'project_terminated_check',
      sql`${t.state} <> 'terminated' or ${t.terminationReason} is not null`,
    ),
  ],
);

/** Every move of a project's state machine, with who and when: its timeline. */
export const projectMoves = pgTable(
  'project_move',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    /** Null for the project's creation. */
    fromState: varchar('from_state', { length: 20 }),
    toState: varchar('to_state', { length: 20 }).notNull(),
    actorId: uuid('actor_id').notNull(),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    reason: text('reason'),
  },
  (t) => [
    index('project_move_project_idx').on(t.projectId, t.at),
    index('project_move_region_idx').on(t.regionCode.op('text_pattern_ops')),
  ],
);

/** 专家论证: the experts, their opinions and the result, one row per review held. */
export const projectReviews = pgTable(
  'project_review',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    reviewedOn: date('reviewed_on', { mode: 'string' }).notNull(),
    reviewers: jsonb('reviewers').$type<{ name: string; affiliation: string }[]>().notNull(),
    opinion: text('opinion').notNull(),
    result: varchar('result', { length: 10 }).notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    recordedByName: text('recorded_by_name').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('project_review_project_idx').on(t.projectId),
    index('project_review_region_idx').on(t.regionCode.op('text_pattern_ops')),
    check('project_review_result_check', sql`${t.result} in ('passed', 'failed')`),
  ],
);
