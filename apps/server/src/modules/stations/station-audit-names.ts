import { and } from 'drizzle-orm';
import { isAnyOf } from '../../db/any-of';
import { inRegionScope } from '../../platform/access/region-scope';
import type { AuditSubjectNames } from '../../platform/audit/audit-subjects';
import { stations } from './stations.table';

export const stationAuditNames: AuditSubjectNames = async (tx, actor, ids) => {
  const rows = await tx
    .select({ id: stations.id, name: stations.name })
    .from(stations)
    .where(and(isAnyOf(stations.id, ids), inRegionScope(stations.regionCode, actor)));
  return new Map(rows.map((row) => [row.id, row.name]));
};
