import { and } from 'drizzle-orm';
import { maskName } from '@shegong/domain';
import { isAnyOf } from '../../db/any-of';
import { inRegionScope } from '../../platform/access/region-scope';
import type { AuditSubjectNames } from '../../platform/audit/audit-subjects';
import { referrals } from './referrals.table';

/** Referrals as the audit log names them: the client masked, and the receiver. */
export const referralAuditNames: AuditSubjectNames = async (tx, actor, ids) => {
  const rows = await tx
    .select({ id: referrals.id, client: referrals.clientName, receiver: referrals.receiverName })
    .from(referrals)
    .where(and(isAnyOf(referrals.id, ids), inRegionScope(referrals.regionCode, actor)));
  return new Map(rows.map((row) => [row.id, `${maskName(row.client)} → ${row.receiver}`]));
};
