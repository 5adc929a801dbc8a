import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from 'drizzle-orm/pg-core';
import { clients } from '../clients/clients.table';
import { organisations } from '../organisations/organisations.table';
import { stations } from '../stations/stations.table';

const stageCodes = sql.raw(`'preparation', 'formation', 'transition', 'maturity', 'termination'`);

/**
 * Groups (小组工作, MZ/T 095-2017): an organisation's group at a station, region-owned by the
 * station's division, moving through its stages one at a time.
 */
export const serviceGroups = pgTable(
  'service_group',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id),
    name: text('name').notNull(),
    goal: text('goal').notNull(),
    populationGroups: text('population_groups')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    serviceField: varchar('service_field', { length: 40 }).notNull(),
    /** The leading social workers: accounts of the organisation. */
    leaderIds: uuid('leader_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    plannedSessions: integer('planned_sessions').notNull(),
    stage: varchar('stage', { length: 16 }).notNull().default('preparation'),
    /** The summary of the group's work, written when it ends (结束期). */
    endingSummary: text('ending_summary'),
    createdBy: uuid('created_by').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('service_group_region_idx').on(t.regionCode.op('text_pattern_ops')),
    index('service_group_organisation_idx').on(
      t.organisationId,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('service_group_station_idx').on(t.stationId),
    check('service_group_stage_check', sql`${t.stage} in (${stageCodes})`),
  ],
);

/** Each stage a group entered, who moved it and when: the group's stage timeline. */
export const serviceGroupStages = pgTable(
  'service_group_stage',
  {
    id: uuid('id').primaryKey(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => serviceGroups.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    stage: varchar('stage', { length: 16 }).notNull(),
    movedAt: timestamp('moved_at', { withTimezone: true }).notNull(),
    movedBy: uuid('moved_by').notNull(),
    movedByName: text('moved_by_name').notNull(),
  },
  (t) => [
    index('service_group_stage_region_idx').on(t.regionCode.op('text_pattern_ops')),
    index('service_group_stage_group_idx').on(t.groupId, t.movedAt),
    check('service_group_stage_stage_check', sql`${t.stage} in (${stageCodes})`),
  ],
);

/** Community activities (社区活动): an organisation's activity at a station, named or counted. */
export const communityActivities = pgTable(
  'community_activity',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id),
    activityType: varchar('activity_type', { length: 16 }).notNull(),
    title: text('title').notNull(),
    serviceField: varchar('service_field', { length: 40 }).notNull(),
    populationGroups: text('population_groups')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    participation: varchar('participation', { length: 8 }).notNull(),
    description: text('description'),
    createdBy: uuid('created_by').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('community_activity_region_idx').on(t.regionCode.op('text_pattern_ops')),
    index('community_activity_organisation_idx').on(
      t.organisationId,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('community_activity_title_idx').on(t.organisationId, t.stationId, t.title),
    index('community_activity_station_idx').on(t.stationId),
    check(
      'community_activity_participation_check',
      sql`${t.participation} in ('named', 'counted')`,
    ),
  ],
);

/**
 * Who is on a group's or a named activity's list: group members joined and left on dates,
 * activity participants registered. Attendance is taken of them only.
 */
export const serviceParticipants = pgTable(
  'service_participant',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    groupId: uuid('group_id').references(() => serviceGroups.id),
    activityId: uuid('activity_id').references(() => communityActivities.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
    leftOn: date('left_on', { mode: 'string' }),
    leftReason: text('left_reason'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('service_participant_region_idx').on(t.regionCode.op('text_pattern_ops')),
    index('service_participant_group_idx').on(t.groupId, t.clientId),
    // One open membership of a group at a time; one registration for an activity.
    uniqueIndex('service_participant_group_open_unique')
      .on(t.groupId, t.clientId)
      .where(sql`${t.groupId} is not null and ${t.leftOn} is null`),
    uniqueIndex('service_participant_activity_unique')
      .on(t.activityId, t.clientId)
      .where(sql`${t.activityId} is not null`),
    check(
      'service_participant_owner_check',
      sql`(${t.groupId} is null) <> (${t.activityId} is null)`,
    ),
  ],
);

/**
 * Sessions of groups (节) and of activities (场次), in one table so that person-times (人次) are
 * one aggregate: each session keeps its station, organisation and its person-times — the present
 * attendances, or a counted activity's number — written with the attendance that makes them.
 */
export const serviceSessions = pgTable(
  'service_session',
  {
    id: uuid('id').primaryKey(),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    stationId: uuid('station_id')
      .notNull()
      .references(() => stations.id),
    groupId: uuid('group_id').references(() => serviceGroups.id),
    activityId: uuid('activity_id').references(() => communityActivities.id),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    topic: text('topic'),
    place: text('place'),
    /** What the session did (内容摘要): for the organisation's workers only. */
    contentSummary: text('content_summary'),
    countedParticipants: integer('counted_participants'),
    countNote: text('count_note'),
    volunteerNames: text('volunteer_names')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    volunteerCount: integer('volunteer_count').notNull().default(0),
    personTimes: integer('person_times').notNull().default(0),
    createdBy: uuid('created_by').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('service_session_region_month_idx').on(t.regionCode.op('text_pattern_ops'), t.heldOn),
    index('service_session_station_idx').on(t.stationId, t.heldOn),
    index('service_session_group_idx').on(t.groupId, t.heldOn),
    index('service_session_activity_idx').on(t.activityId, t.heldOn),
    check('service_session_owner_check', sql`(${t.groupId} is null) <> (${t.activityId} is null)`),
    check('service_session_duration_check', sql`${t.durationMinutes} between 1 and 1440`),
    check('service_session_person_times_check', sql`${t.personTimes} >= 0`),
  ],
);

/** A person's attendance at one session. */
export const sessionAttendance = pgTable(
  'session_attendance',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => serviceSessions.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => clients.id),
    regionCode: varchar('region_code', { length: 12 }).notNull(),
    status: varchar('status', { length: 8 }).notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.clientId] }),
    index('session_attendance_region_idx').on(t.regionCode.op('text_pattern_ops')),
    index('session_attendance_client_idx').on(t.clientId),
    check('session_attendance_status_check', sql`${t.status} in ('present', 'absent', 'excused')`),
  ],
);
