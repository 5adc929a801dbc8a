import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';

const timestamps = {
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

/** Social organisations (社会组织) that deliver social work, keyed by 统一社会信用代码. */
export const organisations = pgTable(
  'organisation',
  {
    id: uuid('id').primaryKey(),
    creditCode: varchar('credit_code', { length: 18 }).notNull().unique(),
    name: text('name').notNull(),
    type: varchar('type', { length: 32 }).notNull(),
    background: varchar('background', { length: 32 }).notNull(),
    registeredOn: date('registered_on', { mode: 'string' }).notNull(),
    legalRepresentative: text('legal_representative').notNull(),
    contactPerson: text('contact_person'),
    contactPhone: varchar('contact_phone', { length: 30 }),
    address: text('address'),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    serviceFields: text('service_fields')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: varchar('status', { length: 16 }).notNull().default('active'),
    deactivatedOn: date('deactivated_on', { mode: 'string' }),
    deactivationReason: text('deactivation_reason'),
    ...timestamps,
  },
  (t) => [
    index('organisation_region_name_idx').on(t.regionCode.op('text_pattern_ops'), t.name),
    index('organisation_name_prefix_idx').on(t.name.op('text_pattern_ops')),
    index('organisation_name_trgm_idx').using('gin', sql`${t.name} gin_trgm_ops`),
    check('organisation_status_check', sql`${t.status} in ('active', 'deactivated')`),
  ],
);

/** Ratings (评估等级) 1A–5A, valid five years. region_code copies the organisation's, for scope. */
export const organisationRatings = pgTable(
  'organisation_rating',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    grade: varchar('grade', { length: 2 }).notNull(),
    score: numeric('score', { precision: 6, scale: 1, mode: 'number' }),
    ratedOn: date('rated_on', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }).notNull(),
    assessor: text('assessor').notNull(),
    documentRef: text('document_ref'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('organisation_rating_org_idx').on(t.organisationId, t.ratedOn),
    index('organisation_rating_region_idx').on(t.regionCode.op('text_pattern_ops')),
    check('organisation_rating_grade_check', sql`${t.grade} in ('1A', '2A', '3A', '4A', '5A')`),
  ],
);

/** Annual inspections (年检), one per organisation and year. */
export const organisationInspections = pgTable(
  'organisation_inspection',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    year: integer('year').notNull(),
    result: varchar('result', { length: 16 }).notNull(),
    inspectedOn: date('inspected_on', { mode: 'string' }),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('organisation_inspection_year_unique').on(t.organisationId, t.year),
    index('organisation_inspection_region_idx').on(t.regionCode.op('text_pattern_ops')),
  ],
);

/** Conduct records (信用记录): penalties, investigations and list entries, each a period. */
export const organisationCreditRecords = pgTable(
  'organisation_credit_record',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    kind: varchar('kind', { length: 32 }).notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    /** When the penalty ended or the organisation was taken off the list; null while it runs. */
    endedOn: date('ended_on', { mode: 'string' }),
    documentRef: text('document_ref'),
    description: text('description'),
    ...timestamps,
  },
  (t) => [
    index('organisation_credit_record_org_idx').on(t.organisationId, t.startedOn),
    index('organisation_credit_record_region_idx').on(t.regionCode.op('text_pattern_ops')),
  ],
);

/** Subsidies and awards paid to organisations, in fen (分). */
export const organisationGrants = pgTable(
  'organisation_grant',
  {
    id: uuid('id').primaryKey(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    kind: varchar('kind', { length: 16 }).notNull(),
    title: text('title').notNull(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    grantedOn: date('granted_on', { mode: 'string' }).notNull(),
    fundingSource: varchar('funding_source', { length: 32 }).notNull(),
    documentRef: text('document_ref'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('organisation_grant_org_idx').on(t.organisationId, t.grantedOn),
    index('organisation_grant_region_idx').on(t.regionCode.op('text_pattern_ops'), t.grantedOn),
    check('organisation_grant_amount_check', sql`${t.amountFen} > 0`),
  ],
);

/** Incubation bases (孵化基地) for young organisations. */
export const incubationBases = pgTable(
  'incubation_base',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    address: text('address'),
    openedOn: date('opened_on', { mode: 'string' }),
    capacity: integer('capacity'),
    ...timestamps,
  },
  (t) => [index('incubation_base_region_idx').on(t.regionCode.op('text_pattern_ops'), t.name)],
);

/** An organisation's stay in an incubation base and the support it received. */
export const incubationResidencies = pgTable(
  'incubation_residency',
  {
    id: uuid('id').primaryKey(),
    baseId: uuid('base_id')
      .notNull()
      .references(() => incubationBases.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The base's region: the base's officers manage its residents. */
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    enteredOn: date('entered_on', { mode: 'string' }).notNull(),
    exitedOn: date('exited_on', { mode: 'string' }),
    supports: text('supports')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    note: text('note'),
    ...timestamps,
  },
  (t) => [
    index('incubation_residency_base_idx').on(t.baseId, t.enteredOn),
    index('incubation_residency_org_idx').on(t.organisationId),
    index('incubation_residency_region_idx').on(t.regionCode.op('text_pattern_ops')),
  ],
);
