import { and } from 'drizzle-orm';
import { isAnyOf } from '../../db/any-of';
import { inRegionScope } from '../../platform/access/region-scope';
import type { AuditSubjectNames } from '../../platform/audit/audit-subjects';
import type { ClientService } from '../clients';
import { cases } from './casework.table';

/** Cases as the audit log names them: whose case (masked), never what it says. */
export function caseAuditNames(clients: Pick<ClientService, 'maskedNamesOf'>): AuditSubjectNames {
  return async (tx, actor, ids) => {
    const rows = await tx
      .select({ id: cases.id, clientId: cases.clientId })
      .from(cases)
      .where(and(isAnyOf(cases.id, ids), inRegionScope(cases.regionCode, actor)));
    const names = await clients.maskedNamesOf(
      tx,
      rows.map((r) => r.clientId),
    );
    return new Map(rows.map((r) => [r.id, `${names.get(r.clientId) ?? '—'}的个案`]));
  };
}
