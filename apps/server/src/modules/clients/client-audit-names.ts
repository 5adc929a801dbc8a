import { and } from 'drizzle-orm';
import { maskName } from '@shegong/domain';
import { isAnyOf } from '../../db/any-of';
import { inRegionScope } from '../../platform/access/region-scope';
import type { AuditSubjectNames } from '../../platform/audit/audit-subjects';
import { clients } from './clients.table';

/** Clients as the audit log names them: masked, like every list that shows a person. */
export const clientAuditNames: AuditSubjectNames = async (tx, actor, ids) => {
  const rows = await tx
    .select({ id: clients.id, name: clients.name })
    .from(clients)
    .where(and(isAnyOf(clients.id, ids), inRegionScope(clients.regionCode, actor)));
  return new Map(rows.map((row) => [row.id, maskName(row.name)]));
};
