import { and } from 'drizzle-orm';
import { isAnyOf } from '../../db/any-of';
import { inRegionScope } from '../../platform/access/region-scope';
import type { AuditSubjectNames } from '../../platform/audit/audit-subjects';
import { tenderBids, tenders } from './tenders.table';

/** Tenders and bids as the audit log names them: the project's code and title (and the bidder). */
export const tenderAuditNames: AuditSubjectNames = async (tx, actor, ids) => {
  const [found, bids] = await Promise.all([
    tx
      .select({ id: tenders.id, code: tenders.projectCode, title: tenders.projectTitle })
      .from(tenders)
      .where(and(isAnyOf(tenders.id, ids), inRegionScope(tenders.regionCode, actor))),
    tx
      .select({ id: tenderBids.id, name: tenderBids.organisationName })
      .from(tenderBids)
      .where(isAnyOf(tenderBids.id, ids)),
  ]);
  return new Map([
    ...found.map((row): [string, string] => [row.id, `${row.code} ${row.title} 招标`]),
    ...bids.map((row): [string, string] => [row.id, `${row.name} 投标`]),
  ]);
};
