import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Transaction } from '../db/connection';
import { newId } from '../db/ids';
import {
  contractIndicators,
  contractTranches,
  contractVersions,
  contractWorkers,
  contracts,
} from '../modules/contracts/contracts.table';
import { organisations } from '../modules/organisations/organisations.table';
import { projectMoves, projects } from '../modules/projects/projects.table';
import { tenderBids, tenders } from '../modules/tenders/tenders.table';
import { employments } from '../modules/talent/careers/careers.table';
import { certificates } from '../modules/talent/certification/certification.table';
import { workers } from '../modules/talent/registry/workers.table';
import { accounts } from '../platform/auth/accounts.table';
import { demoCounty } from './demo-accounts';

const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

/**
 * A project of the demo county in service under a contract with the demo 机构管理员's
 * organisation: awarded, signed on 2026-06-20, the advance requested by nanming, approved by
 * nanming2 and paid. The interim waits for the first quarter's report (July–September), which
 * the provider has yet to submit; the final waits for the final evaluation.
 */
export async function seedDemoContract(tx: Transaction, providerId: string | null) {
  if (!providerId) return;
  const officers = await tx
    .select({ id: accounts.id, username: accounts.username, realName: accounts.realName })
    .from(accounts)
    .where(inArray(accounts.username, ['nanming', 'nanming2']));
  const drafter = officers.find((a) => a.username === 'nanming');
  const approver = officers.find((a) => a.username === 'nanming2');
  const [provider] = await tx
    .select({
      id: organisations.id,
      name: organisations.name,
      regionCode: organisations.regionCode,
    })
    .from(organisations)
    .where(eq(organisations.id, providerId));
  if (!drafter || !approver || !provider) return;
  const team = await tx
    .select({ id: workers.id, name: workers.name, level: certificates.level })
    .from(employments)
    .innerJoin(workers, eq(workers.id, employments.workerId))
    .leftJoin(certificates, eq(certificates.workerId, workers.id))
    .where(and(eq(employments.organisationId, providerId), isNull(employments.endedOn)))
    .orderBy(asc(workers.name))
    .limit(3);
  const named = [...new Map(team.map((w) => [w.id, w])).values()].slice(0, 2);

  const project = {
    id: newId(),
    regionCode: demoCounty,
    year: 2026,
    code: 'NM-2026-DEMO-C1',
    title: '南明区困境儿童关爱保护服务项目',
    type: 'project',
    needs: '辖区困境儿童 140 名，监护薄弱、缺少学业与心理支持。',
    serviceFields: ['social_welfare', 'education_guidance'],
    populationGroups: ['children_youth'],
    areaRegionCodes: [demoCounty],
    areaStationIds: [],
    budgetFen: 36_000_000,
    termStart: '2026-07-01',
    termEnd: '2027-06-30',
    state: 'in_service',
    providerOrganisationId: provider.id,
    providerName: provider.name,
    providerRegionCode: provider.regionCode,
    draftedBy: drafter.id,
    draftedByName: drafter.realName,
    approvedBy: approver.id,
    approvedByName: approver.realName,
    approvedAt: at('2026-04-10'),
    version: 8,
    createdAt: at('2026-03-20'),
    updatedAt: at('2026-07-01'),
  } satisfies typeof projects.$inferInsert;
  await tx.insert(projects).values(project);
  const moves: [string | null, string, string, typeof drafter][] = [
    [null, 'draft', '2026-03-20', drafter],
    ['draft', 'review', '2026-03-25', drafter],
    ['review', 'pending_approval', '2026-04-05', drafter],
    ['pending_approval', 'approved', '2026-04-10', approver],
    ['approved', 'tendering', '2026-04-15', drafter],
    ['tendering', 'awarded', '2026-05-30', drafter],
    ['awarded', 'signed', '2026-06-20', drafter],
    ['signed', 'in_service', '2026-07-01', drafter],
  ];
  await tx.insert(projectMoves).values(
    moves.map(([from, to, day, who]) => ({
      id: newId(),
      projectId: project.id,
      regionCode: demoCounty,
      fromState: from,
      toState: to,
      actorId: who.id,
      actorName: who.realName,
      at: at(day),
    })),
  );

  const tenderId = newId();
  const bidId = newId();
  await tx.insert(tenders).values({
    id: tenderId,
    projectId: project.id,
    regionCode: demoCounty,
    projectCode: project.code,
    projectTitle: project.title,
    budgetFen: project.budgetFen,
    serviceFields: project.serviceFields,
    termStart: project.termStart,
    termEnd: project.termEnd,
    status: 'awarded',
    notice: '欢迎具有儿童服务经验的社会工作服务机构投标。',
    opensOn: '2026-04-15',
    deadline: '2026-05-15',
    rules: {
      minimumRating: null,
      minimumInspection: null,
      excludeListed: true,
      serviceFields: [],
      fieldsMatch: 'any',
      regionRequired: true,
    },
    criteria: [
      { code: 'technical', name: '技术方案', weight: 60 },
      { code: 'price', name: '报价', weight: 30 },
      { code: 'credit', name: '资信', weight: 10 },
    ],
    publishedBy: drafter.id,
    publishedByName: drafter.realName,
    publishedAt: at('2026-04-15'),
    awardedBidId: bidId,
    awardedBy: drafter.id,
    awardedByName: drafter.realName,
    awardedAt: at('2026-05-30'),
    resultPublishedAt: at('2026-05-30'),
    createdAt: at('2026-04-15'),
    updatedAt: at('2026-05-30'),
  });
  await tx.insert(tenderBids).values({
    id: bidId,
    tenderId,
    regionCode: demoCounty,
    organisationId: provider.id,
    organisationName: provider.name,
    bidderRegionCode: provider.regionCode,
    priceFen: 35_000_000,
    team: named.map((w) => ({ workerId: w.id, name: w.name, certificateLevel: null })),
    plan: '以社工站为依托，开展困境儿童入户评估、个案跟进、学业支持小组与家庭教育讲座。',
    submittedBy: drafter.id,
    submittedByName: `${provider.name}（演示投标）`,
    submittedAt: at('2026-05-10'),
  });

  const contract = {
    id: newId(),
    projectId: project.id,
    regionCode: demoCounty,
    projectCode: project.code,
    projectTitle: project.title,
    projectYear: project.year,
    providerOrganisationId: provider.id,
    providerName: provider.name,
    providerRegionCode: provider.regionCode,
    areaRegionCodes: project.areaRegionCodes,
    areaStationIds: [],
    code: 'NM-HT-2026-007',
    status: 'in_service',
    amountFen: 35_000_000,
    awardPriceFen: 35_000_000,
    termStart: project.termStart,
    termEnd: project.termEnd,
    workHoursPerYear: 1600,
    staffingWorkers: named.length,
    staffingCertified: 0,
    reportCadence: 'quarter',
    currentVersion: 1,
    signedOn: '2026-06-20',
    signedBy: drafter.id,
    signedByName: drafter.realName,
    draftedBy: drafter.id,
    draftedByName: drafter.realName,
    version: 4,
    createdAt: at('2026-06-05'),
    updatedAt: at('2026-07-10'),
  } satisfies typeof contracts.$inferInsert;
  await tx.insert(contracts).values(contract);
  const indicators = [
    { measure: 'cases_opened', name: '困境儿童个案', level: 30, unit: '个', period: 'year' },
    { measure: 'group_sessions', name: '学业支持小组', level: 24, unit: '节', period: 'year' },
    { measure: 'person_times', name: '服务人次', level: 2400, unit: '人次', period: 'term' },
    { measure: 'other', name: '家庭教育讲座', level: 4, unit: '场', period: 'year' },
  ];
  await tx.insert(contractIndicators).values(
    indicators.map((i, position) => ({
      id: newId(),
      contractId: contract.id,
      regionCode: demoCounty,
      position,
      ...i,
    })),
  );
  // Part-time here: the demo organisation's workers also staff its stations.
  if (named.length > 0)
    await tx.insert(contractWorkers).values(
      named.map((w, i) => ({
        id: newId(),
        contractId: contract.id,
        regionCode: demoCounty,
        workerId: w.id,
        name: w.name,
        certificateLevel: w.level,
        post: i === 0 ? '项目主管' : '一线社工',
        fullTime: 0,
        termStart: contract.termStart,
        termEnd: contract.termEnd,
      })),
    );
  const tranches = [
    {
      kind: 'advance',
      dueOn: '2026-07-10',
      amountFen: 10_500_000,
      gate: 'none',
      gatePeriodKey: null,
      gateRound: null,
    },
    {
      kind: 'interim',
      dueOn: '2026-10-31',
      amountFen: 14_000_000,
      gate: 'report',
      gatePeriodKey: 'Y1Q1',
      gateRound: null,
    },
    {
      kind: 'final',
      dueOn: '2027-06-30',
      amountFen: 10_500_000,
      gate: 'evaluation',
      gatePeriodKey: null,
      gateRound: 'final',
    },
  ];
  const rows = tranches.map((t, position) => ({
    id: newId(),
    contractId: contract.id,
    regionCode: demoCounty,
    position,
    ...t,
  }));
  await tx.insert(contractTranches).values(
    rows.map((row, i) =>
      i === 0
        ? {
            ...row,
            status: 'paid',
            requestedBy: drafter.id,
            requestedByName: drafter.realName,
            requestedAt: at('2026-07-02'),
            approvedBy: approver.id,
            approvedByName: approver.realName,
            approvedAt: at('2026-07-06'),
            paidBy: approver.id,
            paidByName: approver.realName,
            paidOn: '2026-07-10',
            voucher: '南民财付〔2026〕118号',
            version: 4,
          }
        : row,
    ),
  );
  await tx.insert(contractVersions).values({
    id: newId(),
    contractId: contract.id,
    regionCode: demoCounty,
    number: 1,
    reason: null,
    amountFen: contract.amountFen,
    termStart: contract.termStart,
    termEnd: contract.termEnd,
    terms: {
      code: contract.code,
      workHoursPerYear: contract.workHoursPerYear,
      staffingWorkers: contract.staffingWorkers,
      staffingCertified: contract.staffingCertified,
      reportCadence: contract.reportCadence,
      indicators,
      workers: named.map((w, i) => ({
        workerId: w.id,
        name: w.name,
        post: i === 0 ? '项目主管' : '一线社工',
        fullTime: false,
      })),
      tranches: rows.map(({ id, kind, dueOn, amountFen, gate, gatePeriodKey, gateRound }) => ({
        id,
        kind,
        dueOn,
        amountFen,
        gate,
        gatePeriodKey,
        gateRound,
      })),
    },
    createdBy: drafter.id,
    createdByName: drafter.realName,
    createdAt: at('2026-06-20'),
  });
}
