import { and, eq, sql } from 'drizzle-orm';
import { roundDueDates, templateWeights, withContractOutputs } from '@shegong/domain';
import type { Transaction } from '../db/connection';
import { newId } from '../db/ids';
import { contracts } from '../modules/contracts/contracts.table';
import { evaluationFacts } from '../modules/contracts/evaluation-facts';
import { evaluationAssignments, evaluationRounds } from '../modules/evaluations/evaluations.table';
import { indicatorTemplates, indicatorVersions } from '../modules/indicators/indicators.table';
import { organisations } from '../modules/organisations/organisations.table';
import { projects } from '../modules/projects/projects.table';
import { accounts } from '../platform/auth/accounts.table';

const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

/**
 * The demo contract's 中期评估, opened by nanming on the province's general template with 韦评
 * (agency A) assigned: the evaluator's home page shows an assignment whose declaration is due.
 */
export async function seedDemoEvaluation(tx: Transaction) {
  const [contract] = await tx
    .select({ contract: contracts, type: projects.type })
    .from(contracts)
    .innerJoin(projects, eq(projects.id, contracts.projectId))
    .where(eq(contracts.code, 'NM-HT-2026-007'));
  const [version] = await tx
    .select({
      id: indicatorVersions.id,
      items: indicatorVersions.items,
      number: indicatorVersions.number,
      name: indicatorTemplates.name,
    })
    .from(indicatorVersions)
    .innerJoin(indicatorTemplates, eq(indicatorTemplates.id, indicatorVersions.templateId))
    .where(
      and(
        eq(indicatorTemplates.regionCode, '52'),
        eq(indicatorTemplates.projectType, ''),
        eq(indicatorVersions.state, 'published'),
      ),
    );
  const people = await tx
    .select({
      id: accounts.id,
      username: accounts.username,
      realName: accounts.realName,
      organisationId: accounts.organisationId,
    })
    .from(accounts)
    .where(sql`${accounts.username} in ('nanming', 'pinggu')`);
  const organiser = people.find((p) => p.username === 'nanming');
  const evaluator = people.find((p) => p.username === 'pinggu');
  if (!contract || !version || !organiser || !evaluator?.organisationId) return;
  const [agency] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, evaluator.organisationId));
  const c = contract.contract;
  // The contract's own indicators as 产出 items, as every round opened by the service has them.
  const agreed = await evaluationFacts.agreedIndicatorsOf(tx, [c.id]);
  const items = withContractOutputs(version.items, agreed.get(c.id) ?? []);
  const round = newId();
  await tx.execute(
    sql`select shegong_indicator_version_used(${version.id}::uuid, ${at('2026-11-25').toISOString()}::timestamptz)`,
  );
  await tx.insert(evaluationRounds).values({
    id: round,
    regionCode: c.regionCode,
    providerRegionCode: c.providerRegionCode,
    contractId: c.id,
    contractCode: c.code,
    projectId: c.projectId,
    projectCode: c.projectCode,
    projectTitle: c.projectTitle,
    projectType: contract.type,
    providerOrganisationId: c.providerOrganisationId,
    providerName: c.providerName,
    termStart: c.termStart,
    termEnd: c.termEnd,
    kind: 'midterm',
    year: 2026,
    dueOn: roundDueDates(c.termStart, c.termEnd).midterm,
    indicatorVersionId: version.id,
    indicatorLabel: `${version.name} 第 ${version.number} 版`,
    items,
    partyWeights: templateWeights(items),
    objectionDays: 5,
    createdBy: organiser.id,
    createdByName: organiser.realName,
    createdAt: at('2026-11-25'),
    updatedAt: at('2026-11-25'),
  });
  await tx.insert(evaluationAssignments).values({
    id: newId(),
    roundId: round,
    regionCode: c.regionCode,
    accountId: evaluator.id,
    evaluatorName: evaluator.realName,
    agencyOrganisationId: evaluator.organisationId,
    agencyName: agency?.name ?? '',
    assignedByName: organiser.realName,
    createdAt: at('2026-11-25'),
  });
}
