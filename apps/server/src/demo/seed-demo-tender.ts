import { and, asc, eq, inArray, notInArray } from 'drizzle-orm';
import type { Transaction } from '../db/connection';
import { newId } from '../db/ids';
import {
  organisationCreditRecords,
  organisations,
} from '../modules/organisations/organisations.table';
import { projectMoves, projectReviews, projects } from '../modules/projects/projects.table';
import { tenderBids, tenders } from '../modules/tenders/tenders.table';
import { accounts } from '../platform/auth/accounts.table';
import { demoCounty } from './demo-accounts';

/**
 * A project of the demo county out to tender (招标中) for the demo 机构管理员 to bid on, with two
 * bids already in, each shown ineligible by the rule it fails: from the organisation on the
 * abnormal-activity list, and from one that failed a 2026 evaluation (barred to the end of 2027,
 * past the tender's deadline). Drafted by nanming and approved by nanming2, as the four eyes ask.
 * `taken`: the organisations the demo accounts work for, kept out of the bar.
 */
export async function seedDemoTender(tx: Transaction, taken: readonly (string | null)[]) {
  const officers = await tx
    .select({ id: accounts.id, username: accounts.username, realName: accounts.realName })
    .from(accounts)
    .where(inArray(accounts.username, ['nanming', 'nanming2']));
  const drafter = officers.find((a) => a.username === 'nanming');
  const approver = officers.find((a) => a.username === 'nanming2');
  if (!drafter || !approver) return;
  const at = (day: string) => new Date(`${day}T10:00:00+08:00`);
  const project = {
    id: newId(),
    regionCode: demoCounty,
    year: 2026,
    code: 'NM-2026-DEMO-T1',
    title: '南明区新华路街道长者关爱服务项目',
    type: 'project',
    needs: '辖区 60 岁以上独居老人 320 人，缺少日常探访、健康支持与邻里互助。',
    serviceFields: ['social_welfare', 'community_building'],
    populationGroups: ['elderly'],
    areaRegionCodes: [`${demoCounty}016`],
    areaStationIds: [],
    budgetFen: 30_000_000,
    termStart: '2027-01-01',
    termEnd: '2027-12-31',
    state: 'tendering',
    draftedBy: drafter.id,
    draftedByName: drafter.realName,
    approvedBy: approver.id,
    approvedByName: approver.realName,
    approvedAt: at('2026-03-10'),
    version: 5,
    createdAt: at('2026-02-20'),
    updatedAt: at('2026-03-12'),
  } satisfies typeof projects.$inferInsert;
  await tx.insert(projects).values(project);
  const moves: [string | null, string, string, typeof drafter][] = [
    [null, 'draft', '2026-02-20', drafter],
    ['draft', 'review', '2026-02-25', drafter],
    ['review', 'pending_approval', '2026-03-05', drafter],
    ['pending_approval', 'approved', '2026-03-10', approver],
    ['approved', 'tendering', '2026-03-12', drafter],
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
  await tx.insert(projectReviews).values({
    id: newId(),
    projectId: project.id,
    regionCode: demoCounty,
    reviewedOn: '2026-03-05',
    reviewers: [{ name: '王教授', affiliation: '贵州大学' }],
    opinion: '需求调研充分，预算合理，同意立项。',
    result: 'passed',
    recordedBy: drafter.id,
    recordedByName: drafter.realName,
    recordedAt: at('2026-03-05'),
  });
  const tender = {
    id: newId(),
    projectId: project.id,
    regionCode: demoCounty,
    projectCode: project.code,
    projectTitle: project.title,
    budgetFen: project.budgetFen,
    serviceFields: project.serviceFields,
    termStart: project.termStart,
    termEnd: project.termEnd,
    status: 'open',
    notice: '欢迎在南明区登记或运营社工站的社会工作服务机构投标。',
    opensOn: '2026-03-12',
    deadline: '2027-06-30',
    rules: {
      minimumRating: null,
      minimumInspection: 'basic_pass' as const,
      excludeListed: true,
      serviceFields: [],
      fieldsMatch: 'any' as const,
      regionRequired: true,
    },
    criteria: [
      { code: 'technical', name: '技术方案', weight: 60 },
      { code: 'price', name: '报价', weight: 30 },
      { code: 'credit', name: '资信', weight: 10 },
    ],
    publishedBy: drafter.id,
    publishedByName: drafter.realName,
    publishedAt: at('2026-03-12'),
    createdAt: at('2026-03-12'),
    updatedAt: at('2026-03-12'),
  } satisfies typeof tenders.$inferInsert;
  await tx.insert(tenders).values(tender);
  // The organisation on the abnormal-activity list bids: its verdict shows the list entry.
  const listed = await listedOrganisation(tx);
  const barred = await barredOrganisation(tx, [...taken, listed?.id ?? null]);
  const bid = (bidder: { id: string; name: string }, priceFen: number, day: string) => ({
    id: newId(),
    tenderId: tender.id,
    regionCode: demoCounty,
    organisationId: bidder.id,
    organisationName: bidder.name,
    bidderRegionCode: demoCounty,
    priceFen,
    team: [],
    plan: '组建长者服务团队，开展入户探访、健康讲座与邻里互助小组。',
    submittedBy: drafter.id,
    submittedByName: `${bidder.name}（演示投标）`,
    submittedAt: at(day),
  });
  await tx
    .insert(tenderBids)
    .values([
      ...(listed ? [bid(listed, 27_800_000, '2026-04-20')] : []),
      ...(barred ? [bid(barred, 28_500_000, '2026-04-22')] : []),
    ]);
}

/**
 * An organisation of the demo county that failed its 2026 中期 evaluation: the result and the bar
 * (评估不合格, to the end of the next year) in its credit record, as the evaluation module writes
 * them when a round is made final.
 */
async function barredOrganisation(tx: Transaction, taken: readonly (string | null)[]) {
  const [barred] = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(
      and(
        eq(organisations.regionCode, demoCounty),
        eq(organisations.status, 'active'),
        notInArray(
          organisations.id,
          taken.filter((id) => id !== null),
        ),
      ),
    )
    .orderBy(asc(organisations.name))
    .limit(1);
  if (!barred) return null;
  const record = {
    organisationId: barred.id,
    regionCode: demoCounty,
    startedOn: '2026-06-20',
    documentRef: '南民评〔2026〕7号',
    description: '2026 年度中期评估不合格（56.5 分）',
  };
  await tx.insert(organisationCreditRecords).values([
    { id: newId(), ...record, kind: 'evaluation_result', endedOn: record.startedOn },
    { id: newId(), ...record, kind: 'evaluation_failed', endedOn: '2027-12-31' },
  ]);
  return barred;
}

/** The demo county's organisation on the abnormal-activity list (活动异常名录). */
export async function listedOrganisation(tx: Transaction) {
  const [listed] = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisationCreditRecords)
    .innerJoin(organisations, eq(organisations.id, organisationCreditRecords.organisationId))
    .where(
      and(
        eq(organisationCreditRecords.kind, 'abnormal_list'),
        eq(organisations.regionCode, demoCounty),
      ),
    )
    .orderBy(asc(organisations.name))
    .limit(1);
  return listed ?? null;
}
