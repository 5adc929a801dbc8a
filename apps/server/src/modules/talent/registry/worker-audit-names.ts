import { and } from 'drizzle-orm';
import { isAnyOf } from '../../../db/any-of';
import { maskName } from '@shegong/domain';
import { inRegionScope } from '../../../platform/access/region-scope';
import type { AuditSubjectNames } from '../../../platform/audit/audit-subjects';
import { workers } from './workers.table';

/** Workers as the audit log names them: masked, like every list that shows a person. */
export const workerAuditNames: AuditSubjectNames = async (tx, actor, ids) => {
  const rows = await tx
    .select({ id: workers.id, name: workers.name })
    .from(workers)
    .where(and(isAnyOf(workers.id, ids), inRegionScope(workers.regionCode, actor)));
  return new Map(rows.map((row) => [row.id, maskName(row.name)]));
};
