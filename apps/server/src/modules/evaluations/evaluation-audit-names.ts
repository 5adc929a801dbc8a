import { evaluationRoundKinds } from '@shegong/domain';
import { and } from 'drizzle-orm';
import { isAnyOf } from '../../db/any-of';
import { inRegionScope } from '../../platform/access/region-scope';
import type { AuditSubjectNames } from '../../platform/audit/audit-subjects';
import { evaluationDraws, evaluationRounds } from './evaluations.table';

/** Rounds and draws as the audit log names them: the contract, the project and the round. */
export const evaluationAuditNames: AuditSubjectNames = async (tx, actor, ids) => {
  const [rounds, draws] = await Promise.all([
    tx
      .select({
        id: evaluationRounds.id,
        code: evaluationRounds.contractCode,
        title: evaluationRounds.projectTitle,
        kind: evaluationRounds.kind,
      })
      .from(evaluationRounds)
      .where(
        and(isAnyOf(evaluationRounds.id, ids), inRegionScope(evaluationRounds.regionCode, actor)),
      ),
    tx
      .select({
        id: evaluationDraws.id,
        region: evaluationDraws.regionCode,
        year: evaluationDraws.year,
      })
      .from(evaluationDraws)
      .where(
        and(isAnyOf(evaluationDraws.id, ids), inRegionScope(evaluationDraws.regionCode, actor)),
      ),
  ]);
  const kind = (code: string) =>
    evaluationRoundKinds.find((k) => k.code === code)?.['zh-CN'] ?? code;
  return new Map([
    ...rounds.map((r) => [r.id, `${r.code} ${r.title} ${kind(r.kind)}`] as const),
    ...draws.map((d) => [d.id, `${d.region} ${d.year} 年抽查抽签`] as const),
  ]);
};
