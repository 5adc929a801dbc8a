import { and, asc, count, desc, eq, type SQL } from 'drizzle-orm';
import {
  addDays,
  auditNote,
  chinaToday,
  evaluationGrades,
  evaluationRoundKinds,
  roundDueDates,
  templateWeights,
  weightProblems,
  withContractOutputs,
  type CreateEvaluationRound,
  type EvaluationRoundDetail,
  type EvaluationRoundKind,
  type EvaluationRoundListQuery,
  type PartyWeights,
} from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import { isAnyOf } from '../../db/any-of';
import { newId } from '../../db/ids';
import { startsWith } from '../../db/text-prefix';
import type { Actor } from '../../platform/access/actor';
import { withScope } from '../../platform/access/region-scope';
import { changedFields, recordAuditMany } from '../../platform/audit/audit';
import { AppError } from '../../platform/errors/app-error';
import { refuseProblems } from '../../platform/errors/rule-problems';
import type { ModuleServices } from '../../platform/modules/define-module';
import type { ContractServices } from '../contracts';
import { evaluationObjections, evaluationRescores, evaluationRounds } from './evaluations.table';
import {
  assignmentsOf,
  auditRound,
  bumpRound,
  loadRound,
  presentSheet,
  presentSummary,
  refused,
  resultOf,
  roundEntityType,
  roundVisibility,
  sheetsOf,
  type RoundRow,
} from './round-store';
import { presentAssignment } from './assignments.service';
import { evidenceFilesOf } from './evidence-file-store';
import { presentObjection } from './objections.service';
import { presentRectification, type RectificationService } from './rectification.service';

export interface RoundDeps {
  database: Database;
  clock: () => Date;
  divisions: Pick<ModuleServices['divisions'], 'namesOf'>;
  projects: Pick<ModuleServices['projects'], 'titlesOf'>;
  indicators: Pick<ModuleServices['indicators'], 'currentForAll' | 'freeze'>;
  organisations: Pick<ModuleServices['organisations'], 'recordEvaluationResult'>;
  contracts: Pick<
    ContractServices,
    'contractToEvaluate' | 'contractsInService' | 'recordEvaluationOutcome' | 'agreedIndicatorsOf'
  >;
  rectification: Pick<RectificationService, 'requireIn'>;
}

type EvaluatedContract = Awaited<ReturnType<ContractServices['contractToEvaluate']>>;

/** What an office (or the draw) decides of a round to open. */
export interface RoundPlan {
  kind: EvaluationRoundKind;
  dueOn: string;
  partyWeights?: PartyWeights | undefined;
  objectionDays: number;
  /** A spot check's year: the draw's. */
  year?: number;
  drawId?: string;
}

const kindLabel = (kind: string) => evaluationRoundKinds.find((k) => k.code === kind)!;

/** 评估轮次 as the organiser runs them: opened on a contract, locked, published, made final. */
export function createRoundService(deps: RoundDeps) {
  const { database, clock, divisions, projects, indicators, organisations, contracts } = deps;
  const { rectification } = deps;
  const today = () => chinaToday(clock());

  /**
   * Opens rounds on contracts: for each, the indicator version in force for the project's region
   * and type, frozen from now on, with the contract's own indicators as 产出 items
   * (`withContractOutputs`), and the parties' weights (the template's unless the office sets
   * others). The one write path of a round, for the form (one contract) and the spot-check draw
   * (many): the same seven statements whatever their number.
   */
  async function openRounds(
    tx: Transaction,
    actor: Actor,
    planned: readonly { contract: EvaluatedContract; plan: RoundPlan }[],
  ): Promise<RoundRow[]> {
    if (planned.length === 0) return [];
    for (const { contract } of planned)
      if (contract.status !== 'signed' && contract.status !== 'in_service')
        throw refused(
          '只有已签订、服务中的合同可以安排评估',
          'Only a signed contract in service is evaluated',
        );
    for (const { plan } of planned)
      if (plan.dueOn < today())
        refuseProblems([
          {
            field: 'dueOn',
            message: { 'zh-CN': '评估截止日期不能早于今天', 'en-US': 'The due date has passed' },
          },
        ]);
    const contractIds = planned.map((p) => p.contract.id);
    const titles = await projects.titlesOf(
      tx,
      actor,
      planned.map((p) => p.contract.projectId),
    );
    const places = planned.map(({ contract }) => {
      const project = titles.get(contract.projectId);
      if (!project) throw refused('找不到合同所属项目', 'The contract’s project is not in scope');
      return { regionCode: contract.regionCode, projectType: project.type };
    });
    const [versions, taken, agreed] = await Promise.all([
      indicators.currentForAll(tx, places),
      tx
        .select({
          contractId: evaluationRounds.contractId,
          kind: evaluationRounds.kind,
          year: evaluationRounds.year,
        })
        .from(evaluationRounds)
        .where(isAnyOf(evaluationRounds.contractId, contractIds)),
      contracts.agreedIndicatorsOf(tx, contractIds),
    ]);
    const now = clock();
    const rows = planned.map(({ contract, plan }, i) => {
      const version = versions[i];
      if (!version)
        throw refused(
          '本地区尚无适用于该类项目的已发布评估指标，请先发布指标体系',
          'No published indicator system applies to this type of project here yet',
        );
      const items = withContractOutputs(version.items, agreed.get(contract.id) ?? []);
      const weights = plan.partyWeights ?? templateWeights(items);
      refuseProblems(weightProblems(items, weights));
      const year = plan.year ?? Number(today().slice(0, 4));
      if (
        taken.some(
          (r) =>
            r.contractId === contract.id &&
            r.kind === plan.kind &&
            (plan.kind !== 'spot_check' || r.year === year),
        )
      )
        throw refused(
          `该合同已安排过${kindLabel(plan.kind)['zh-CN']}`,
          `The contract has its ${kindLabel(plan.kind)['en-US']} already`,
        );
      return {
        id: newId(),
        regionCode: contract.regionCode,
        providerRegionCode: contract.providerRegionCode,
        contractId: contract.id,
        contractCode: contract.code,
        projectId: contract.projectId,
        projectCode: contract.projectCode,
        projectTitle: contract.projectTitle,
        projectType: places[i]!.projectType,
        providerOrganisationId: contract.providerOrganisationId,
        providerName: contract.providerName,
        termStart: contract.termStart,
        termEnd: contract.termEnd,
        kind: plan.kind,
        year,
        dueOn: plan.dueOn,
        indicatorVersionId: version.id,
        indicatorLabel: `${version.templateName} 第 ${version.number} 版`,
        items,
        partyWeights: weights,
        objectionDays: plan.objectionDays,
        drawId: plan.drawId ?? null,
        createdBy: actor.accountId,
        createdByName: actor.realName,
        createdAt: now,
        updatedAt: now,
      };
    });
    await indicators.freeze(
      tx,
      rows.map((r) => r.indicatorVersionId),
    );
    const inserted = await tx.insert(evaluationRounds).values(rows).returning();
    await recordAuditMany(
      tx,
      actor,
      inserted.map((row) => ({
        action: 'create',
        entityType: roundEntityType,
        entityId: row.id,
        regionCode: row.regionCode,
        changes: changedFields(null, {
          kind: row.kind,
          dueOn: row.dueOn,
          partyWeights: row.partyWeights,
        }),
        detail: auditNote('round_opened', { kind: `evaluationKind.${row.kind}`, dueOn: row.dueOn }),
      })),
    );
    return inserted;
  }

  /** Opens one round on a contract: `openRounds` of one. */
  async function openRound(
    tx: Transaction,
    actor: Actor,
    contract: EvaluatedContract,
    plan: RoundPlan,
  ): Promise<RoundRow> {
    return (await openRounds(tx, actor, [{ contract, plan }]))[0]!;
  }

  async function detailOf(tx: Transaction, row: RoundRow): Promise<EvaluationRoundDetail> {
    const [assignments, sheets, evidenceFiles, objections, rescores, names] = await Promise.all([
      assignmentsOf(tx, [row.id]),
      sheetsOf(tx, [row.id]),
      evidenceFilesOf(tx, { roundId: row.id }),
      tx
        .select()
        .from(evaluationObjections)
        .where(eq(evaluationObjections.roundId, row.id))
        .orderBy(asc(evaluationObjections.raisedAt)),
      tx
        .select()
        .from(evaluationRescores)
        .where(eq(evaluationRescores.roundId, row.id))
        .orderBy(asc(evaluationRescores.at)),
      divisions.namesOf([row.regionCode]),
    ]);
    const officeParties = new Set(
      row.items.map((i) => i.scoringParty).filter((p) => p !== null && p !== 'third_party'),
    );
    const status = row.status;
    const result = resultOf(row, sheets);
    // Lockable as the lock step would find it: every evaluator declared and in, every item scored.
    const lockable =
      status === 'open' &&
      result.total !== null &&
      assignments.every(
        (a) =>
          a.status === 'conflict' ||
          a.status === 'withdrawn' ||
          (a.status !== 'awaiting_declaration' &&
            sheets.some((s) => s.assignmentId === a.id && s.status === 'submitted')),
      );
    return {
      ...presentSummary(row, names.get(row.regionCode) ?? row.regionCode, assignments, sheets),
      indicatorLabel: row.indicatorLabel,
      items: row.items,
      partyWeights: row.partyWeights,
      objectionDays: row.objectionDays,
      publishedAt: row.publishedAt?.toISOString() ?? null,
      objectionUntil: row.objectionUntil,
      providerConfirmedAt: row.providerConfirmedAt?.toISOString() ?? null,
      finalisedAt: row.finalisedAt?.toISOString() ?? null,
      finalisedByName: row.finalisedByName,
      assignments: assignments.map(presentAssignment),
      sheets: sheets.map((s) => presentSheet(row, s)),
      result,
      objections: objections.map(presentObjection),
      rescores: rescores.map((r) => ({
        sheetId: r.sheetId,
        itemKey: r.itemKey,
        fromScore: r.fromScore,
        toScore: r.toScore,
        reason: r.reason,
        byName: r.byName,
        at: r.at.toISOString(),
      })),
      evidenceFiles,
      consequences: row.consequences,
      rectification: presentRectification(row),
      can: {
        reviewRectification: row.rectificationStatus === 'submitted',
        assign: status === 'open',
        scoreOffice: status === 'open' && officeParties.size > 0,
        lock: lockable,
        rescore: status === 'locked' || status === 'published',
        publish: status === 'locked',
        decide: status === 'published',
        finalise: status === 'published',
      },
      version: row.version,
    };
  }

  async function get(actor: Actor, id: string) {
    return withScope(database, actor, async (tx) => detailOf(tx, await loadRound(tx, actor, id)));
  }

  async function create(actor: Actor, input: CreateEvaluationRound) {
    return withScope(database, actor, async (tx) => {
      const contract = await contracts.contractToEvaluate(tx, actor, input.contractId);
      const due = roundDueDates(contract.termStart, contract.termEnd);
      const row = await openRound(tx, actor, contract, {
        kind: input.kind,
        dueOn: input.dueOn ?? due[input.kind],
        partyWeights: input.partyWeights,
        objectionDays: input.objectionDays ?? 5,
      });
      return detailOf(tx, row);
    });
  }

  async function list(actor: Actor, query: EvaluationRoundListQuery) {
    return withScope(database, actor, async (tx) => {
      const where: SQL = and(
        query.region ? startsWith(evaluationRounds.regionCode, query.region) : undefined,
        query.year ? eq(evaluationRounds.year, query.year) : undefined,
        query.kind ? eq(evaluationRounds.kind, query.kind) : undefined,
        query.status ? eq(evaluationRounds.status, query.status) : undefined,
        roundVisibility(actor),
      )!;
      const [rows, [total]] = await Promise.all([
        tx
          .select()
          .from(evaluationRounds)
          .where(where)
          .orderBy(asc(evaluationRounds.dueOn), desc(evaluationRounds.createdAt))
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize),
        tx.select({ n: count() }).from(evaluationRounds).where(where),
      ]);
      const ids = rows.map((r) => r.id);
      const [assignments, sheets, names] = await Promise.all([
        assignmentsOf(tx, ids),
        sheetsOf(tx, ids),
        divisions.namesOf(rows.map((r) => r.regionCode)),
      ]);
      return {
        items: rows.map((r) =>
          presentSummary(r, names.get(r.regionCode) ?? r.regionCode, assignments, sheets),
        ),
        total: total!.n,
      };
    });
  }

  /** The contracts of a region in service and their 中期 and 终期, arranged or not. */
  async function schedule(actor: Actor, query: { region?: string | undefined }) {
    return withScope(database, actor, async (tx) => {
      const running = await contracts.contractsInService(
        tx,
        actor,
        query.region ?? actor.regionCode,
      );
      const rounds = running.length
        ? await tx
            .select({
              id: evaluationRounds.id,
              contractId: evaluationRounds.contractId,
              kind: evaluationRounds.kind,
              status: evaluationRounds.status,
            })
            .from(evaluationRounds)
            .where(
              isAnyOf(
                evaluationRounds.contractId,
                running.map((c) => c.id),
              ),
            )
        : [];
      const names = await divisions.namesOf(running.map((c) => c.regionCode));
      return running.map((c) => {
        const due = roundDueDates(c.termStart, c.termEnd);
        return {
          contractId: c.id,
          contractCode: c.code,
          projectTitle: c.projectTitle,
          providerName: c.providerName,
          regionName: names.get(c.regionCode) ?? c.regionCode,
          termStart: c.termStart,
          termEnd: c.termEnd,
          rounds: (['midterm', 'final'] as const).map((kind) => {
            const round = rounds.find((r) => r.contractId === c.id && r.kind === kind);
            return {
              kind,
              dueOn: due[kind],
              roundId: round?.id ?? null,
              status: (round?.status ?? null) as EvaluationRoundDetail['status'] | null,
            };
          }),
        };
      });
    });
  }

  /** A step of the round under its lock, with the version the reader saw. */
  function step(work: (tx: Transaction, actor: Actor, row: RoundRow) => Promise<RoundRow>) {
    return (actor: Actor, id: string, input: { version: number }) =>
      withScope(database, actor, async (tx) => {
        const row = await loadRound(tx, actor, id, true);
        if (row.version !== input.version) throw new AppError('VERSION_CONFLICT');
        return detailOf(tx, await work(tx, actor, row));
      });
  }

  /** 锁定: every evaluator has declared and submitted, every office sheet is in, every item scored. */
  const lock = step(async (tx, actor, row) => {
    if (row.status !== 'open')
      throw refused('只有评分中的轮次可以锁定', 'Only a round being scored can be locked');
    const [assignments, sheets] = await Promise.all([
      assignmentsOf(tx, [row.id]),
      sheetsOf(tx, [row.id]),
    ]);
    const problems: { zh: string; en: string }[] = [];
    const scoring = assignments.filter((a) => a.status === 'cleared' || a.status === 'waived');
    for (const a of assignments.filter((x) => x.status === 'awaiting_declaration'))
      problems.push({
        zh: `${a.evaluatorName} 尚未声明利益冲突`,
        en: `${a.evaluatorName} has not declared`,
      });
    for (const a of scoring)
      if (!sheets.some((s) => s.assignmentId === a.id && s.status === 'submitted'))
        problems.push({
          zh: `${a.evaluatorName} 尚未提交评分表`,
          en: `${a.evaluatorName} has not submitted`,
        });
    const result = resultOf(row, sheets);
    if (result.total === null && problems.length === 0)
      problems.push({
        zh: '仍有指标无人评分（请检查各评分方的评分表）',
        en: 'Some items are not scored yet (see each party’s sheet)',
      });
    if (problems.length > 0)
      throw refused(
        `还不能锁定：${problems.map((p) => p.zh).join('；')}`,
        `Cannot lock yet: ${problems.map((p) => p.en).join('; ')}`,
      );
    const after = await bumpRound(
      tx,
      row,
      { status: 'locked', lockedAt: clock(), result, total: result.total, grade: result.grade },
      clock(),
    );
    await auditRound(tx, actor, row, {
      action: 'update',
      changes: changedFields({ status: row.status }, { status: after.status, total: after.total }),
      detail: auditNote('round_locked', { total: String(result.total) }),
    });
    return after;
  });

  /** 公示: the provider sees the result and may object within the window. */
  const publish = step(async (tx, actor, row) => {
    if (row.status !== 'locked')
      throw refused('只有已锁定的轮次可以公示', 'Only a locked round is published');
    const until = addDays(today(), row.objectionDays);
    const after = await bumpRound(
      tx,
      row,
      { status: 'published', publishedAt: clock(), objectionUntil: until },
      clock(),
    );
    await auditRound(tx, actor, row, {
      action: 'update',
      changes: changedFields({ status: row.status }, { status: after.status }),
      detail: auditNote('round_published', { until }),
    });
    return after;
  });

  /**
   * 定档: once each objection is decided and the window has closed (or the provider confirmed),
   * the grade acts where it is owed — the tranches of a 中期 or 终期, the provider's credit record
   * (and, for 不合格, its bar from next year's tenders).
   */
  const finalise = step(async (tx, actor, row) => {
    if (row.status !== 'published')
      throw refused('只有已公示的轮次可以定档', 'Only a published round is made final');
    const open = await tx
      .select({ id: evaluationObjections.id })
      .from(evaluationObjections)
      .where(
        and(eq(evaluationObjections.roundId, row.id), eq(evaluationObjections.status, 'open')),
      );
    if (open.length > 0)
      throw refused(
        `尚有 ${open.length} 项异议未处理`,
        `${open.length} objection(s) still to decide`,
      );
    if (!row.providerConfirmedAt && row.objectionUntil !== null && today() <= row.objectionUntil)
      throw refused(
        `异议期至 ${row.objectionUntil}，期满或承接机构确认结果后方可定档`,
        `Objections run until ${row.objectionUntil}: wait for them or the provider's confirmation`,
      );
    const grade = row.grade as (typeof evaluationGrades)[number]['code'];
    const gradeLabel = evaluationGrades.find((g) => g.code === grade)!;
    const consequences: string[] = [];
    if (row.kind === 'midterm' || row.kind === 'final') {
      const tranches = await contracts.recordEvaluationOutcome(tx, actor, row.contractId, {
        round: row.kind,
        grade,
      });
      for (const t of tranches)
        consequences.push(
          t.opened
            ? `第 ${t.number} 笔付款（${(t.amountFen / 100).toFixed(2)} 元）的评估条件已满足，可申请支付`
            : `第 ${t.number} 笔付款（${(t.amountFen / 100).toFixed(2)} 元）因评估不合格暂停支付`,
        );
    }
    const on = today();
    const records = await organisations.recordEvaluationResult(tx, actor, {
      organisationId: row.providerOrganisationId,
      regionCode: row.regionCode,
      on,
      failed: grade === 'fail',
      reference: `${row.contractCode} ${kindLabel(row.kind)['zh-CN']}`,
      description: `「${row.projectTitle}」${kindLabel(row.kind)['zh-CN']} ${row.total} 分（${gradeLabel['zh-CN']}）`,
    });
    consequences.push(`已记入承接机构信用记录（${gradeLabel['zh-CN']}）`);
    const bar = records.find((r) => r.kind === 'evaluation_failed');
    if (bar) consequences.push(`评估不合格：${bar.endedOn} 前不得参与政府购买服务投标`);
    const plan = grade === 'pass' ? await rectification.requireIn(tx, actor, row) : null;
    if (plan) consequences.push(plan.consequence);
    const after = await bumpRound(
      tx,
      row,
      {
        status: 'final',
        finalisedAt: clock(),
        finalisedByName: actor.realName,
        consequences,
        ...plan?.fields,
      },
      clock(),
    );
    await auditRound(tx, actor, row, {
      action: 'update',
      changes: changedFields({ status: row.status }, { status: after.status, grade }),
      detail: auditNote('round_finalised', {
        total: String(row.total),
        grade: `evaluationGrade.${grade}`,
      }),
    });
    return after;
  });

  return {
    openRound,
    openRounds,
    detailOf,
    get,
    create,
    list,
    schedule,
    step,
    lock,
    publish,
    finalise,
  };
}

export type RoundService = ReturnType<typeof createRoundService>;
