import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import {
  auditNote,
  chinaToday,
  type AuditDetail,
  type LocalizedText,
  type AmendContract,
  type ContractDetail,
  type ContractDraftStart,
  type ContractListQuery,
  type ContractPage,
  type ContractStatus,
  type ContractStep,
  type ContractSummary,
  type CreateContract,
  type SignContract,
  type UpdateContract,
} from '@shegong/domain';
import { isAnyOf } from '../../db/any-of';
import type { Database, Transaction } from '../../db/connection';
import { newId } from '../../db/ids';
import type { Actor } from '../../platform/access/actor';
import { inRegionScope, withScope, withSystemScope } from '../../platform/access/region-scope';
import { startsWith } from '../../db/text-prefix';
import { changedFields, recordAudit } from '../../platform/audit/audit';
import { AppError, conflict, forbidden, invalidField } from '../../platform/errors/app-error';
import { refuseProblems, type RuleProblem } from '../../platform/errors/rule-problems';
import type { ModuleServices } from '../../platform/modules/define-module';
import type { ProjectInScope } from '../projects';
import {
  bumpContract,
  contractEntityType,
  contractVisibility,
  isPurchaser,
  loadContract,
  loadPurchased,
  recordVersion,
  termsOf,
  writeIndicatorsAndWorkers,
  reportSummaryOf,
  yuan,
  type ContractRow,
  type NamedWorker,
} from './contract-store';
import { reportPeriodsOf, termsProblems } from './contract-terms';
import type { PersonnelRuleService } from './personnel-rule';
import {
  contractReports,
  contractTranches,
  contractVersions,
  contractWorkers,
  contracts,
} from './contracts.table';
import { trancheWrites } from './tranche-writes';

interface Deps {
  database: Database;
  clock: () => Date;
  divisions: Pick<ModuleServices['divisions'], 'describeRegions'>;
  projects: Pick<ModuleServices['projects'], 'loadInScope' | 'move'>;
  tenders: Pick<ModuleServices['tenders'], 'awardsOf'>;
  personnelRule: Pick<PersonnelRuleService, 'shareOf'>;
  talent: Pick<ModuleServices['talent'], 'staffOf'>;
}

type Terms = Omit<CreateContract, 'projectId'>;

const draftOnly = conflict(
  {
    'zh-CN': '合同已签订，只能通过合同变更修改',
    'en-US': 'The contract is signed: amend it instead',
  },
  [
    {
      path: 'body',
      message: { 'zh-CN': '只有草拟中的合同可以修改', 'en-US': 'Only a draft can be edited' },
    },
  ],
);

/** Why a project cannot have its contract drafted: the form's 409, an import row's problem. */
export const notAwarded: LocalizedText = {
  'zh-CN': '只有已中标的项目可以起草合同',
  'en-US': 'Only an awarded project can have a contract drafted',
};
export const hasContract: LocalizedText = {
  'zh-CN': '该项目已有合同',
  'en-US': 'The project has a contract already',
};

const wrongStatus = (zh: string, en: string) =>
  conflict({ 'zh-CN': zh, 'en-US': en }, [{ path: 'body', message: { 'zh-CN': zh, 'en-US': en } }]);

/** 购买服务合同: drafted for an awarded project, signed, amended as versions, started and completed. */
export function createContractService(deps: Deps) {
  const { database, clock, divisions, projects, tenders, personnelRule, talent } = deps;
  const today = () => chinaToday(clock());
  const tranches = trancheWrites();

  /** The named workers as the registry has them: employed by the provider today, in scope. */
  async function namedWorkers(actor: Actor, providerId: string, terms: Terms) {
    const ids = terms.workers.map((w) => w.workerId);
    const staff = ids.length === 0 ? [] : await talent.staffOf(actor, providerId, ids);
    const problems: RuleProblem[] = [];
    const named: NamedWorker[] = [];
    terms.workers.forEach((worker, i) => {
      const member = staff.find((s) => s.workerId === worker.workerId);
      if (!member)
        problems.push({
          field: `workers.${i}.workerId`,
          message: {
            'zh-CN': '该社工不是中标机构的在职人员',
            'en-US': 'Not a worker the provider employs today',
          },
        });
      else
        named.push({
          workerId: worker.workerId,
          name: member.name,
          certificateLevel: member.certificateLevel,
          post: worker.post,
          fullTime: worker.fullTime,
        });
    });
    return { named, problems };
  }

  /**
   * 专职岗位 held twice: a worker named full-time on another signed contract whose term meets
   * this one. Read nationwide (the other contract may be another county's); only its code and
   * provider are told.
   */
  async function doublePosts(
    contractId: string,
    terms: Pick<Terms, 'termStart' | 'termEnd'>,
    workers: readonly NamedWorker[],
  ): Promise<RuleProblem[]> {
    const fullTime = workers.filter((w) => w.fullTime);
    if (fullTime.length === 0) return [];
    const clashes = await withSystemScope(database, (tx) =>
      tx
        .select({ workerId: contractWorkers.workerId, code: contracts.code })
        .from(contractWorkers)
        .innerJoin(contracts, eq(contracts.id, contractWorkers.contractId))
        .where(
          and(
            isAnyOf(
              contractWorkers.workerId,
              fullTime.map((w) => w.workerId),
            ),
            eq(contractWorkers.fullTime, 1),
            ne(contracts.id, contractId),
            inArray(contracts.status, ['signed', 'in_service']),
            sql`${contractWorkers.termStart} <= ${terms.termEnd} and ${contractWorkers.termEnd} >= ${terms.termStart}`,
          ),
        ),
    );
    return clashes.map((clash) => {
      const worker = workers.find((w) => w.workerId === clash.workerId)!;
      return {
        field: 'workers',
        message: {
          'zh-CN': `${worker.name} 已在合同 ${clash.code} 中担任专职岗位，同一时期不能担任两个专职岗位`,
          'en-US': `${worker.name} holds a full-time post on contract ${clash.code} in the same period`,
        },
      };
    });
  }

  /** Every problem of the terms: the rules, the registry's workers and their certificates. */
  async function checkTerms(
    actor: Actor,
    contractId: string,
    providerId: string,
    project: { budgetFen: number; termStart: string; termEnd: string },
    terms: Terms,
    {
      signing,
      awardPriceFen,
      amending = false,
    }: { signing: boolean; awardPriceFen: number | null; amending?: boolean },
  ) {
    const { named, problems } = await namedWorkers(actor, providerId, terms);
    problems.push(
      ...termsProblems(terms, {
        project,
        awardPriceFen,
        amending,
        certifiedWorkers: named.filter((w) => w.certificateLevel !== null).length,
        signing,
      }),
    );
    if (signing && problems.length === 0)
      problems.push(...(await doublePosts(contractId, terms, named)));
    refuseProblems(problems);
    return named;
  }

  const headerOf = (terms: Terms) => ({
    code: terms.code,
    amountFen: terms.amountFen,
    termStart: terms.termStart,
    termEnd: terms.termEnd,
    workHoursPerYear: terms.workHoursPerYear,
    staffingWorkers: terms.staffingWorkers,
    staffingCertified: terms.staffingCertified,
    reportCadence: terms.reportCadence,
  });

  /** The project may have its contract drafted: awarded, and read as its purchaser. */
  function assertDraftable(project: ProjectInScope): asserts project is ProjectInScope & {
    providerOrganisationId: string;
  } {
    if (project.asProvider) throw forbidden();
    if (project.state !== 'awarded' || !project.providerOrganisationId)
      throw conflict(notAwarded, [{ path: 'body', message: notAwarded }]);
  }

  /**
   * 中标价 of an awarded project, from the tenders module (in `tx`): where the draft starts and
   * what its amount may not exceed. An awarded project has it; one that has not is refused.
   */
  async function awardPriceOf(tx: Transaction, actor: Actor, project: ProjectInScope) {
    const award = (await tenders.awardsOf(tx, actor, [project.id])).get(project.id);
    if (!award || award.organisationId !== project.providerOrganisationId)
      throw conflict(notAwarded, [{ path: 'body', message: notAwarded }]);
    return award.priceFen;
  }

  /**
   * The one write of a new draft, after its terms were checked (`checkTerms`): one contract per
   * project, the provider taken from the award; audited as created, with the import job that
   * made it where an import did (`detail`).
   */
  async function insertDraft(
    tx: Transaction,
    actor: Actor,
    id: string,
    project: ProjectInScope & { providerOrganisationId: string },
    input: CreateContract,
    named: readonly NamedWorker[],
    awardPriceFen: number,
    detail?: AuditDetail,
  ) {
    const [existing] = await tx
      .select({ id: contracts.id })
      .from(contracts)
      .where(eq(contracts.projectId, project.id));
    if (existing) throw conflict(hasContract, [{ path: 'body.projectId', message: hasContract }]);
    const now = clock();
    const [row] = await tx
      .insert(contracts)
      .values({
        id,
        projectId: project.id,
        regionCode: project.regionCode,
        projectCode: project.code,
        projectTitle: project.title,
        projectYear: project.year,
        providerOrganisationId: project.providerOrganisationId,
        providerName: project.providerName ?? '',
        providerRegionCode: project.providerRegionCode ?? project.regionCode,
        areaRegionCodes: project.areaRegionCodes,
        areaStationIds: project.areaStationIds,
        ...headerOf(input),
        awardPriceFen,
        draftedBy: actor.accountId,
        draftedByName: actor.realName,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await writeIndicatorsAndWorkers(tx, row!, input.indicators, named);
    await tranches.plan(tx, row!, input.tranches);
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: contractEntityType,
      entityId: id,
      regionCode: row!.regionCode,
      detail: detail ?? auditNote('contract_drafted', { amount: yuan(input.amountFen) }),
    });
  }

  async function create(actor: Actor, input: CreateContract): Promise<ContractDetail> {
    if (!isPurchaser(actor)) throw forbidden();
    const id = newId();
    const { project, awardPriceFen } = await withScope(database, actor, async (tx) => {
      const project = await projects.loadInScope(tx, actor, input.projectId);
      assertDraftable(project);
      return { project, awardPriceFen: await awardPriceOf(tx, actor, project) };
    });
    const named = await checkTerms(actor, id, project.providerOrganisationId, project, input, {
      signing: false,
      awardPriceFen,
    });
    await withScope(database, actor, (tx) =>
      insertDraft(tx, actor, id, project, input, named, awardPriceFen),
    );
    return get(actor, id);
  }

  /**
   * A draft from the contract import, in its transaction: the form's checks and write, without
   * named workers (they are added in the contract drawer, as are the indicators).
   */
  async function draftImported(
    tx: Transaction,
    actor: Actor,
    input: CreateContract & { workers: [] },
    source: AuditDetail,
  ) {
    if (!isPurchaser(actor)) throw forbidden();
    const id = newId();
    const project = await projects.loadInScope(tx, actor, input.projectId);
    assertDraftable(project);
    const awardPriceFen = await awardPriceOf(tx, actor, project);
    await checkTerms(actor, id, project.providerOrganisationId, project, input, {
      signing: false,
      awardPriceFen,
    });
    await insertDraft(tx, actor, id, project, input, [], awardPriceFen, source);
  }

  /** Loads the contract for a change by the department and its project, checking the version. */
  async function forChange(tx: Transaction, actor: Actor, id: string, version: number) {
    const row = await loadPurchased(tx, actor, id);
    if (!actor.permissions.has('contracts:manage')) throw forbidden();
    if (row.version !== version) throw new AppError('VERSION_CONFLICT');
    const project = await projects.loadInScope(tx, actor, row.projectId);
    return { row, project };
  }

  async function update(actor: Actor, id: string, input: UpdateContract): Promise<ContractDetail> {
    const { row, project } = await withScope(database, actor, (tx) =>
      forChange(tx, actor, id, input.version),
    );
    if (row.status !== 'draft') throw draftOnly;
    const named = await checkTerms(actor, id, row.providerOrganisationId, project, input, {
      signing: false,
      awardPriceFen: row.awardPriceFen,
    });
    await withScope(database, actor, async (tx) => {
      const after = await bumpContract(tx, row, headerOf(input), clock());
      await writeIndicatorsAndWorkers(tx, after, input.indicators, named);
      await tranches.replanDraft(tx, after, input.tranches);
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: contractEntityType,
        entityId: id,
        regionCode: row.regionCode,
        changes: changedFields(row, after),
      });
    });
    return get(actor, id);
  }

  async function sign(actor: Actor, id: string, input: SignContract): Promise<ContractDetail> {
    const { row, project } = await withScope(database, actor, (tx) =>
      forChange(tx, actor, id, input.version),
    );
    if (row.status !== 'draft') throw draftOnly;
    if (input.signedOn > today())
      throw invalidField('body.signedOn', {
        'zh-CN': '签订日期不能晚于今天',
        'en-US': 'Cannot be in the future',
      });
    // The draft is checked again as it stands: the registry may have moved since it was saved.
    const saved = await withScope(database, actor, (tx) => termsOf(tx, [id]));
    await checkTerms(actor, id, row.providerOrganisationId, project, termsInput(row, saved), {
      signing: true,
      awardPriceFen: row.awardPriceFen,
    });
    await withScope(database, actor, async (tx) => {
      const now = clock();
      await projects.move(tx, actor, row.projectId, 'signed', { version: project.version });
      const after = await bumpContract(
        tx,
        row,
        {
          status: 'signed',
          signedOn: input.signedOn,
          signedBy: actor.accountId,
          signedByName: actor.realName,
          currentVersion: 1,
        },
        now,
      );
      await recordVersion(tx, actor, after, 1, null, now);
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: contractEntityType,
        entityId: id,
        regionCode: row.regionCode,
        changes: changedFields(row, after),
        detail: auditNote('contract_signed', { signedOn: input.signedOn }),
      });
    });
    return get(actor, id);
  }

  async function amend(actor: Actor, id: string, input: AmendContract): Promise<ContractDetail> {
    const { row, project } = await withScope(database, actor, (tx) =>
      forChange(tx, actor, id, input.version),
    );
    if (row.status !== 'signed' && row.status !== 'in_service')
      throw wrongStatus(
        '只有已签订或服务中的合同可以变更',
        'Only a signed contract in force can be amended',
      );
    const named = await checkTerms(actor, id, row.providerOrganisationId, project, input, {
      signing: true,
      awardPriceFen: row.awardPriceFen,
      amending: true,
    });
    await withScope(database, actor, async (tx) => {
      const now = clock();
      const number = row.currentVersion + 1;
      await tranches.replanAmended(tx, row, input.tranches);
      const after = await bumpContract(
        tx,
        row,
        { ...headerOf(input), currentVersion: number },
        now,
      );
      await writeIndicatorsAndWorkers(tx, after, input.indicators, named);
      await recordVersion(tx, actor, after, number, input.reason, now);
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: contractEntityType,
        entityId: id,
        regionCode: row.regionCode,
        changes: changedFields(row, after),
        detail: auditNote('contract_amended', { number, reason: input.reason }),
      });
    });
    return get(actor, id);
  }

  /** 开始服务 and 结项: the contract and its project move together. */
  function step(from: ContractStatus, to: ContractStatus, projectTo: 'in_service' | 'completed') {
    return async (actor: Actor, id: string, input: ContractStep): Promise<ContractDetail> => {
      await withScope(database, actor, async (tx) => {
        const { row, project } = await forChange(tx, actor, id, input.version);
        if (row.status !== from)
          throw wrongStatus(
            from === 'signed' ? '只有已签订的合同可以开始服务' : '只有服务中的合同可以结项',
            from === 'signed'
              ? 'Only a signed contract can start'
              : 'Only a contract in service can complete',
          );
        await projects.move(tx, actor, row.projectId, projectTo, { version: project.version });
        const after = await bumpContract(tx, row, { status: to }, clock());
        await recordAudit(tx, actor, {
          action: 'update',
          entityType: contractEntityType,
          entityId: id,
          regionCode: row.regionCode,
          changes: changedFields(row, after),
          detail: auditNote(to === 'in_service' ? 'contract_started' : 'contract_completed'),
        });
      });
      return get(actor, id);
    };
  }

  /** Where a new contract's draft starts: the award price (中标价) as its amount, the project's term. */
  async function draftStart(actor: Actor, projectId: string): Promise<ContractDraftStart> {
    if (!isPurchaser(actor)) throw forbidden();
    return withScope(database, actor, async (tx) => {
      const project = await projects.loadInScope(tx, actor, projectId);
      assertDraftable(project);
      const awardPriceFen = await awardPriceOf(tx, actor, project);
      return {
        projectId: project.id,
        providerName: project.providerName ?? '',
        awardPriceFen,
        amountFen: awardPriceFen,
        termStart: project.termStart,
        termEnd: project.termEnd,
      };
    });
  }

  /** The workers the provider of an awarded project employs today: who may be named on it. */
  async function providerStaff(actor: Actor, projectId: string) {
    const project = await withScope(database, actor, (tx) =>
      projects.loadInScope(tx, actor, projectId),
    );
    if (project.asProvider || !project.providerOrganisationId) throw forbidden();
    return { items: await talent.staffOf(actor, project.providerOrganisationId) };
  }

  /**
   * 已签约 and 已支付 by the division `childLength` characters long that holds the contracts (the
   * funds summary's third and fourth figures), in `tx`.
   */
  async function moneyByRegion(
    tx: Transaction,
    actor: Actor,
    query: { region: string; year?: number | undefined; childLength: number },
  ) {
    // Inline, not a parameter: the select and the group by must be the same expression.
    const key = sql<string>`left(${contracts.regionCode}, ${sql.raw(String(Math.trunc(query.childLength)))})`;
    const paidByContract = tx
      .select({
        contractId: contractTranches.contractId,
        paid: sql<string>`sum(${contractTranches.amountFen})`.as('paid'),
      })
      .from(contractTranches)
      .where(eq(contractTranches.status, 'paid'))
      .groupBy(contractTranches.contractId)
      .as('paid_by_contract');
    const rows = await tx
      .select({
        key,
        year: contracts.projectYear,
        contracted: sql<string>`sum(${contracts.amountFen})`,
        paid: sql<string>`coalesce(sum(${paidByContract.paid}), 0)`,
      })
      .from(contracts)
      .leftJoin(paidByContract, eq(paidByContract.contractId, contracts.id))
      .where(
        and(
          inRegionScope(contracts.regionCode, actor),
          startsWith(contracts.regionCode, query.region),
          query.year ? eq(contracts.projectYear, query.year) : undefined,
          ne(contracts.status, 'draft'),
        ),
      )
      .groupBy(key, contracts.projectYear);
    return rows.map((r) => ({
      regionCode: r.key,
      year: r.year,
      contractedFen: Number(r.contracted ?? 0),
      paidFen: Number(r.paid ?? 0),
    }));
  }

  /** The contract of each project named, with what it has paid, in `tx` (the 项目台账). */
  async function contractsOfProjects(tx: Transaction, actor: Actor, projectIds: readonly string[]) {
    if (projectIds.length === 0) return new Map<string, ContractSummary>();
    const rows = await tx
      .select()
      .from(contracts)
      .where(and(isAnyOf(contracts.projectId, [...projectIds]), contractVisibility(actor)));
    const paid = await paidOf(
      tx,
      rows.map((r) => r.id),
    );
    return new Map(rows.map((r) => [r.projectId, summaryOf(r, paid.get(r.id) ?? 0)]));
  }

  async function paidOf(tx: Transaction, ids: readonly string[]) {
    if (ids.length === 0) return new Map<string, number>();
    const rows = await tx
      .select({
        contractId: contractTranches.contractId,
        paid: sql<number>`coalesce(sum(${contractTranches.amountFen}) filter (where ${contractTranches.status} = 'paid'), 0)::bigint`,
      })
      .from(contractTranches)
      .where(isAnyOf(contractTranches.contractId, [...ids]))
      .groupBy(contractTranches.contractId);
    return new Map(rows.map((r) => [r.contractId, Number(r.paid)]));
  }

  const summaryOf = (row: ContractRow, paidFen: number): ContractSummary => ({
    id: row.id,
    projectId: row.projectId,
    projectCode: row.projectCode,
    projectTitle: row.projectTitle,
    regionCode: row.regionCode,
    providerOrganisationId: row.providerOrganisationId,
    providerName: row.providerName,
    code: row.code,
    status: row.status as ContractStatus,
    amountFen: row.amountFen,
    awardPriceFen: row.awardPriceFen,
    paidFen,
    termStart: row.termStart,
    termEnd: row.termEnd,
    signedOn: row.signedOn,
    currentVersion: row.currentVersion,
    version: row.version,
  });

  async function list(actor: Actor, query: ContractListQuery): Promise<ContractPage> {
    return withScope(database, actor, async (tx) => {
      const where = and(
        contractVisibility(actor),
        query.projectId ? eq(contracts.projectId, query.projectId) : undefined,
        query.status ? eq(contracts.status, query.status) : undefined,
      );
      const [rows, [count]] = await Promise.all([
        tx
          .select()
          .from(contracts)
          .where(where)
          .orderBy(desc(contracts.createdAt), desc(contracts.id))
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize),
        tx
          .select({ n: sql<number>`count(*)::int` })
          .from(contracts)
          .where(where),
      ]);
      const paid = await paidOf(
        tx,
        rows.map((r) => r.id),
      );
      return { items: rows.map((r) => summaryOf(r, paid.get(r.id) ?? 0)), total: count?.n ?? 0 };
    });
  }

  async function get(actor: Actor, id: string): Promise<ContractDetail> {
    const loaded = await withScope(database, actor, async (tx) => {
      const row = await loadContract(tx, actor, id);
      const [terms, versions, reports, ruleBp] = await Promise.all([
        termsOf(tx, [id]),
        tx
          .select()
          .from(contractVersions)
          .where(eq(contractVersions.contractId, id))
          .orderBy(contractVersions.number),
        tx
          .select()
          .from(contractReports)
          .where(eq(contractReports.contractId, id))
          .orderBy(contractReports.periodFrom),
        personnelRule.shareOf(tx, row.regionCode),
      ]);
      // Payments are not public: who reads them is on the record.
      await recordAudit(tx, actor, {
        action: 'read',
        entityType: contractEntityType,
        entityId: id,
        regionCode: row.regionCode,
        detail: auditNote('contract_money_read'),
      });
      return { row, terms, versions, reports, ruleBp };
    });
    const { row, terms, versions, reports, ruleBp } = loaded;
    const regionNames = await divisions.describeRegions([row.regionCode], actor.request.language);
    const language = actor.request.language;
    const purchaser = isPurchaser(actor);
    const manage = purchaser && actor.permissions.has('contracts:manage');
    const inForce = row.status !== 'draft';
    const accepted = new Set(
      reports.filter((r) => r.status === 'accepted').map((r) => r.periodKey),
    );
    const paid = terms.tranches.filter((t) => t.status === 'paid');
    const approved = terms.tranches.filter((t) => t.status === 'approved');
    const sum = (list: readonly { amountFen: number }[]) =>
      list.reduce((s, t) => s + t.amountFen, 0);
    return {
      ...summaryOf(row, sum(paid)),
      regionName: regionNames.get(row.regionCode) ?? row.regionCode,
      workHoursPerYear: row.workHoursPerYear,
      staffingWorkers: row.staffingWorkers,
      staffingCertified: row.staffingCertified,
      reportCadence: row.reportCadence as 'month' | 'quarter',
      personnelShareRuleBp: ruleBp,
      indicators: terms.indicators.map((i) => ({
        id: i.id,
        measure: i.measure as ContractDetail['indicators'][number]['measure'],
        name: i.name,
        level: i.level,
        unit: i.unit,
        period: i.period as ContractDetail['indicators'][number]['period'],
      })),
      workers: terms.workers.map((w) => ({
        workerId: w.workerId,
        name: w.name,
        certificateLevel:
          w.certificateLevel as ContractDetail['workers'][number]['certificateLevel'],
        post: w.post,
        fullTime: w.fullTime === 1,
      })),
      tranches: terms.tranches.map((t) =>
        tranches.present(t, accepted, language, {
          accountId: actor.accountId,
          manage: manage && inForce,
          pay: purchaser && actor.permissions.has('contracts:pay') && inForce,
        }),
      ),
      approvedFen: sum(approved),
      versions: versions.map((v) => ({
        number: v.number,
        reason: v.reason,
        amountFen: v.amountFen,
        termStart: v.termStart,
        termEnd: v.termEnd,
        createdByName: v.createdByName,
        createdAt: v.createdAt.toISOString(),
      })),
      periods: reportPeriodsOf({
        termStart: row.termStart,
        termEnd: row.termEnd,
        reportCadence: row.reportCadence as 'month' | 'quarter',
      }),
      reports: reports.map((r) => reportSummaryOf(r)),
      signedByName: row.signedByName,
      asProvider: !purchaser,
      can: {
        edit: manage && row.status === 'draft',
        sign: manage && row.status === 'draft',
        amend: manage && (row.status === 'signed' || row.status === 'in_service'),
        start: manage && row.status === 'signed',
        complete: manage && row.status === 'in_service',
        request: manage && inForce,
        pay: purchaser && actor.permissions.has('contracts:pay') && inForce,
        report:
          !purchaser &&
          actor.permissions.has('contracts:report') &&
          (row.status === 'in_service' || row.status === 'completed' || row.status === 'signed'),
        review: manage && inForce,
      },
    };
  }

  return {
    create,
    draftImported,
    update,
    sign,
    amend,
    start: step('signed', 'in_service', 'in_service'),
    complete: step('in_service', 'completed', 'completed'),
    list,
    get,
    providerStaff,
    draftStart,
    moneyByRegion,
    contractsOfProjects,
  };
}

/** The terms in force of a saved draft, in the shape the rules read. */
function termsInput(row: ContractRow, saved: Awaited<ReturnType<typeof termsOf>>): Terms {
  return {
    code: row.code,
    amountFen: row.amountFen,
    termStart: row.termStart,
    termEnd: row.termEnd,
    workHoursPerYear: row.workHoursPerYear,
    staffingWorkers: row.staffingWorkers,
    staffingCertified: row.staffingCertified,
    reportCadence: row.reportCadence as 'month' | 'quarter',
    indicators: saved.indicators.map((i) => ({
      measure: i.measure as Terms['indicators'][number]['measure'],
      name: i.name,
      level: i.level,
      unit: i.unit,
      period: i.period as Terms['indicators'][number]['period'],
    })),
    workers: saved.workers.map((w) => ({
      workerId: w.workerId,
      post: w.post,
      fullTime: w.fullTime === 1,
    })),
    tranches: saved.tranches
      .filter((t) => t.status !== 'cancelled')
      .map((t) => ({
        id: t.id,
        kind: t.kind as Terms['tranches'][number]['kind'],
        dueOn: t.dueOn,
        amountFen: t.amountFen,
        gate: t.gate as Terms['tranches'][number]['gate'],
        gatePeriodKey: t.gatePeriodKey,
        gateRound: t.gateRound as Terms['tranches'][number]['gateRound'],
      })),
  };
}

export type ContractService = ReturnType<typeof createContractService>;
