import { and, sql } from 'drizzle-orm';
import { isAnyOf } from '../../db/any-of';
import type { Actor } from '../../platform/access/actor';
import { inRegionScope } from '../../platform/access/region-scope';
import type { AuditSubjectNames } from '../../platform/audit/audit-subjects';
import type { Transaction } from '../../db/connection';
import { communityActivities, serviceGroups, serviceSessions } from './groupwork.table';

/** Groups and activities by their names; sessions by their group's or activity's and their day. */
const groupNames: AuditSubjectNames = async (tx: Transaction, actor: Actor, ids) => {
  const rows = await tx
    .select({ id: serviceGroups.id, name: serviceGroups.name })
    .from(serviceGroups)
    .where(and(isAnyOf(serviceGroups.id, ids), inRegionScope(serviceGroups.regionCode, actor)));
  return new Map(rows.map((r) => [r.id, r.name]));
};

const activityNames: AuditSubjectNames = async (tx, actor, ids) => {
  const rows = await tx
    .select({ id: communityActivities.id, name: communityActivities.title })
    .from(communityActivities)
    .where(
      and(
        isAnyOf(communityActivities.id, ids),
        inRegionScope(communityActivities.regionCode, actor),
      ),
    );
  return new Map(rows.map((r) => [r.id, r.name]));
};

const sessionNames: AuditSubjectNames = async (tx, actor, ids) => {
  const rows = await tx
    .select({
      id: serviceSessions.id,
      name: sql<string>`coalesce(
        (select g.name from ${serviceGroups} g where g.id = "service_session"."group_id"),
        (select a.title from ${communityActivities} a where a.id = "service_session"."activity_id"),
        '') || ' ' || "service_session"."held_on"::text`,
    })
    .from(serviceSessions)
    .where(and(isAnyOf(serviceSessions.id, ids), inRegionScope(serviceSessions.regionCode, actor)));
  return new Map(rows.map((r) => [r.id, r.name]));
};

export const groupworkAuditNames = {
  service_group: groupNames,
  community_activity: activityNames,
  service_session: sessionNames,
};
