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
  uniqueIndex,
  uuid,
  varchar,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { clients } from '../clients/clients.table';
import { organisations } from '../organisations/organisations.table';
import { stations } from '../stations/stations.table';

/**
 * Referrals (转介, one hand-over table as Primero's `transitions`): a client handed from the
 * sending organisation (a station, 全科) to a specialist organisation or another department's
 * service (专科), or back (回转). Region-owned by where the client lives, so the sender's and the
 * receiver's workers whose scope holds the client see it. What it shares is written here at
 * sending (the shared summary, the client's name, sex and age), so the receiver reads the
 * referral, never the client's file; names of the parties are kept as they stood.
 */
export const referrals = pgTable(
  'referral',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    direction: varchar('direction', { length: 16 }).notNull(),
    /** 回转: the referral this one hands back. */
    returnOf: uuid('return_of').references((): AnyPgColumn => referrals.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    /** What the receiver learns of the client, as it stood when sent. */
    clientName: text('client_name').notNull(),
    clientSex: varchar('client_sex', { length: 6 }).notNull(),
    clientAge: integer('client_age'),
    clientAgeBand: varchar('client_age_band', { length: 12 }),
    clientMinor: boolean('client_minor').notNull(),
    /** The sending case (casework), when referred from one. */
    caseId: uuid('case_id'),
    senderOrganisationId: uuid('sender_organisation_id')
      .notNull()
      .references(() => organisations.id),
    senderOrganisationName: text('sender_organisation_name').notNull(),
    senderStationId: uuid('sender_station_id').references(() => stations.id),
    senderStationName: text('sender_station_name'),
    sentBy: uuid('sent_by').notNull(),
    sentByName: text('sent_by_name').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
    receiverKind: varchar('receiver_kind', { length: 12 }).notNull(),
    receiverOrganisationId: uuid('receiver_organisation_id').references(() => organisations.id),
    receiverStationId: uuid('receiver_station_id').references(() => stations.id),
    receiverStationName: text('receiver_station_name'),
    /** The organisation's name, or the department's service as named (民政局社会救助科…). */
    receiverName: text('receiver_name').notNull(),
    /** The division a department's service serves (an organisation is named by the registry). */
    receiverRegionCode: varchar('receiver_region_code', { length: 12 }),
    /** The organisation's id or the department's name and division: one open referral per key. */
    receiverKey: text('receiver_key').notNull(),
    serviceField: varchar('service_field', { length: 32 }),
    referralReason: text('referral_reason').notNull(),
    sharedSummary: text('shared_summary').notNull(),
    consentBasis: varchar('consent_basis', { length: 16 }).notNull(),
    /** The client's sharing consent naming the receiver (clients module). */
    sharingConsentId: uuid('sharing_consent_id'),
    /** A department's consent, recorded on the referral. */
    consentGivenBy: varchar('consent_given_by', { length: 10 }),
    consentGivenOn: date('consent_given_on', { mode: 'string' }),
    consentEvidenceNote: text('consent_evidence_note'),
    consentOverrideReason: text('consent_override_reason'),
    consentOverriddenBy: uuid('consent_overridden_by'),
    consentOverriddenByName: text('consent_overridden_by_name'),
    status: varchar('status', { length: 10 }).notNull().default('pending'),
    /** The deadlines' due times as the engine fixed them when their clocks started. */
    answerDueAt: timestamp('answer_due_at', { withTimezone: true }),
    reportDueAt: timestamp('report_due_at', { withTimezone: true }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredBy: uuid('answered_by'),
    answeredByName: text('answered_by_name'),
    acceptNote: text('accept_note'),
    refusalReason: text('refusal_reason'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: uuid('done_by'),
    doneByName: text('done_by_name'),
    resultNote: text('result_note'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
    revokedByName: text('revoked_by_name'),
    revokeReason: text('revoke_reason'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('referral_region_sent_idx').on(t.regionCode.op('text_pattern_ops'), t.sentAt),
    index('referral_sender_idx').on(t.senderOrganisationId, t.id.desc().nullsFirst()),
    index('referral_receiver_idx')
      .on(t.receiverOrganisationId, t.id.desc().nullsFirst())
      .where(sql`${t.receiverOrganisationId} is not null`),
    index('referral_client_idx').on(t.clientId),
    index('referral_case_idx')
      .on(t.caseId)
      .where(sql`${t.caseId} is not null`),
    // No second open referral of a client to the same receiver.
    uniqueIndex('referral_open_unique')
      .on(t.clientId, t.receiverKey)
      .where(sql`${t.status} in ('pending', 'accepted')`),
    check(
      'referral_status_check',
      sql`${t.status} in ('pending', 'accepted', 'refused', 'done', 'revoked')`,
    ),
    check('referral_direction_check', sql`${t.direction} in ('to_specialist', 'back_to_station')`),
    check(
      'referral_receiver_check',
      sql`(${t.receiverKind} = 'organisation') = (${t.receiverOrganisationId} is not null)`,
    ),
    check('referral_receiver_kind_check', sql`${t.receiverKind} in ('organisation', 'department')`),
    check(
      'referral_consent_check',
      sql`${t.consentBasis} in ('sharing_consent', 'recorded', 'overridden', 'return')`,
    ),
    check(
      'referral_refusal_check',
      sql`${t.status} <> 'refused' or ${t.refusalReason} is not null`,
    ),
  ],
);
