import { and } from 'drizzle-orm';
import { isAnyOf } from '../../db/any-of';
import { inRegionScope } from '../../platform/access/region-scope';
import type { AuditSubjectNames } from '../../platform/audit/audit-subjects';
import { projects } from './projects.table';

/** Projects as the audit log names them: code and title. */
export const projectAuditNames: AuditSubjectNames = async (tx, actor, ids) => {
  const rows = await tx
    .select({ id: projects.id, code: projects.code, title: projects.title })
    .from(projects)
    .where(and(isAnyOf(projects.id, ids), inRegionScope(projects.regionCode, actor)));
  return new Map(rows.map((row) => [row.id, `${row.code} ${row.title}`]));
};
