import { sql } from 'drizzle-orm';
import {
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
import { organisations } from '../organisations/organisations.table';
import { bytea } from '../../db/bytea';

/**
 * Service users (服务对象): the people stations and projects serve. Region-owned by where they
 * live (village or community). Everything here is personal and much of it sensitive (个人信息保护法
 * art. 28): the ID number and phones are masked on the way out, population groups and risk are
 * shown only to the organisations that serve the client.
 */
export const clients = pgTable(
  'client',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    /** The organisation that registered the client. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    idNumber: varchar('id_number', { length: 18 }),
    name: text('name').notNull(),
    sex: varchar('sex', { length: 6 }).notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    ageBand: varchar('age_band', { length: 12 }),
    populationGroups: text('population_groups')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    riskLevel: varchar('risk_level', { length: 8 }).notNull(),
    phone: varchar('phone', { length: 11 }),
    /** The home address: personal, unlike an organisation's published one, so named apart. */
    homeAddress: text('address'),
    guardianName: text('guardian_name'),
    guardianRelation: varchar('guardian_relation', { length: 20 }),
    guardianPhone: varchar('guardian_phone', { length: 11 }),
    /** A duplicate merged into another record stays as history and points at it. */
    mergedInto: uuid('merged_into'),
    mergedReason: text('merged_reason'),
    createdBy: uuid('created_by').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('client_region_name_idx').on(t.regionCode.op('text_pattern_ops'), t.name, t.id),
    index('client_id_number_idx')
      .on(t.idNumber)
      .where(sql`${t.idNumber} is not null`),
    index('client_name_birth_idx').on(t.name, t.birthDate),
    index('client_phone_idx')
      .on(t.phone)
      .where(sql`${t.phone} is not null`),
    check('client_sex_check', sql`${t.sex} in ('male', 'female')`),
    check('client_risk_check', sql`${t.riskLevel} in ('low', 'medium', 'high')`),
    check('client_age_check', sql`${t.birthDate} is not null or ${t.ageBand} is not null`),
  ],
);

/**
 * Consents (知情同意): to be served by an organisation, to share with a named one, to be
 * photographed. An organisation serves — and reads — a client while it holds their service consent;
 * a revoked consent stays as history.
 */
export const clientConsents = pgTable(
  'client_consent',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    kind: varchar('kind', { length: 12 }).notNull(),
    /** Served by (service, photos) or shared with (sharing). */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** For sharing: the organisation that asked for it (the one holding the file). */
    sharedByOrganisationId: uuid('shared_by_organisation_id').references(() => organisations.id),
    givenBy: varchar('given_by', { length: 10 }).notNull(),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
    evidenceNote: text('evidence_note'),
    evidenceName: text('evidence_name'),
    evidenceType: varchar('evidence_type', { length: 100 }),
    evidence: bytea('evidence'),
    revokedOn: date('revoked_on', { mode: 'string' }),
    revokedReason: text('revoked_reason'),
    recordedBy: uuid('recorded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('client_consent_region_idx').on(t.regionCode.op('text_pattern_ops')),
    index('client_consent_client_idx').on(t.clientId, t.kind),
    index('client_consent_organisation_idx').on(t.organisationId, t.kind, t.clientId),
    check('client_consent_kind_check', sql`${t.kind} in ('service', 'sharing', 'photos')`),
    check('client_consent_giver_check', sql`${t.givenBy} in ('self', 'guardian')`),
  ],
);
