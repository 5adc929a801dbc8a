import { and } from 'drizzle-orm';
import { isAnyOf } from '../../db/any-of';
import { visibleFromScope } from '../../platform/access/region-scope';
import type { AuditSubjectNames } from '../../platform/audit/audit-subjects';
import { organisations } from './organisations.table';

/** Organisations by their registered name (public registry data), as officers of the scope see them. */
export const organisationAuditNames: AuditSubjectNames = async (tx, actor, ids) => {
  const rows = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(isAnyOf(organisations.id, ids), visibleFromScope(organisations.regionCode, actor)));
  return new Map(rows.map((row) => [row.id, row.name]));
};
