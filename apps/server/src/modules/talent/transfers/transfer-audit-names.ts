import { and, or } from 'drizzle-orm';
import { isAnyOf } from '../../../db/any-of';
import { maskName } from '@shegong/domain';
import { inRegionScope } from '../../../platform/access/region-scope';
import type { AuditSubjectNames } from '../../../platform/audit/audit-subjects';
import { workerTransfers } from './transfers.table';

/** Transfer requests as the audit log names them: the person asked for, masked. */
export const transferAuditNames: AuditSubjectNames = async (tx, actor, ids) => {
  const rows = await tx
    .select({ id: workerTransfers.id, name: workerTransfers.name })
    .from(workerTransfers)
    .where(
      and(
        isAnyOf(workerTransfers.id, ids),
        or(
          inRegionScope(workerTransfers.regionCode, actor),
          inRegionScope(workerTransfers.fromRegionCode, actor),
        ),
      ),
    );
  return new Map(rows.map((row) => [row.id, maskName(row.name)]));
};
