import { and } from 'drizzle-orm';
import { isAnyOf } from '../../db/any-of';
import { inRegionScope } from '../../platform/access/region-scope';
import type { AuditSubjectNames } from '../../platform/audit/audit-subjects';
import { accounts } from '../../platform/auth/accounts.table';

/** Accounts by their holder's name, as the audit log names its actors. */
export const accountAuditNames: AuditSubjectNames = async (tx, actor, ids) => {
  const rows = await tx
    .select({ id: accounts.id, name: accounts.realName })
    .from(accounts)
    .where(and(isAnyOf(accounts.id, ids), inRegionScope(accounts.regionCode, actor)));
  return new Map(rows.map((row) => [row.id, row.name]));
};
