import { and, desc, eq, inArray, ne, sql } from 'drizzle-orm';
import {
  auditNote,
  conflictSignals,
  evaluationRoundKinds,
  chinaToday,
  type Assignment,
  type ConflictSignal,
  type MyEvaluation,
} from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import { newId } from '../../db/ids';
import type { Actor } from '../../platform/access/actor';
import { inRegionScope, withScope, withSystemScope } from '../../platform/access/region-scope';
import { evaluatorsCovering } from '../../platform/auth/account-records';
import { changedFields } from '../../platform/audit/audit';
import { AppError, notFound } from '../../platform/errors/app-error';
import type { ModuleServices } from '../../platform/modules/define-module';
import type { ContractServices } from '../contracts';
import { evaluationAssignments, evaluationRounds, evaluationSheets } from './evaluations.table';
import {
  assignmentEntity,
  auditRound,
  loadRound,
  presentSheet,
  refused,
  type AssignmentRow,
  type RoundRow,
} from './round-store';

interface Deps {
  database: Database;
  clock: () => Date;
  divisions: Pick<ModuleServices['divisions'], 'namesOf'>;
  organisations: Pick<ModuleServices['organisations'], 'namesOf'>;
  contracts: Pick<ContractServices, 'evidenceOf' | 'reportOf' | 'outputsOf'>;
  talent: Pick<ModuleServices['talent'], 'careersOf'>;
}

type Evaluator = Awaited<ReturnType<typeof evaluatorsCovering>>[number];

export function presentAssignment(a: AssignmentRow): Assignment {
  return {
    id: a.id,
    accountId: a.accountId,
    evaluatorName: a.evaluatorName,
    agencyName: a.agencyName,
    status: a.status as Assignment['status'],
    signals: a.signals,
    declaredAt: a.declaredAt?.toISOString() ?? null,
    declarationNote: a.declarationNote,
    resolution: a.resolution,
    resolvedByName: a.resolvedByName,
    version: a.version,
  };
}

/** An evaluator who may score: declared no conflict, or had the conflict waived. */
export const mayScore = (a: Pick<AssignmentRow, 'status'>) =>
  a.status === 'cleared' || a.status === 'waived';

/**
 * 指派与利益冲突声明: the organiser assigns evaluators (with what the platform sees flagged), each
 * evaluator declares before anything of the project opens, a declared conflict recuses them
 * unless the organiser waives it with a reason.
 */
export function createAssignmentService(deps: Deps) {
  const { database, clock, divisions, organisations, contracts, talent } = deps;

  /**
   * The agencies that scored the provider's previous round, and its label. Read nationwide: the
   * provider's last round may have been organised by another county or city than this one's —
   * the agency ids and the round's label are all that leave the query.
   */
  function previousRoundAgencies(round: RoundRow) {
    return withSystemScope(database, async (tx) => {
      const [previous] = await tx
        .select({
          id: evaluationRounds.id,
          kind: evaluationRounds.kind,
          year: evaluationRounds.year,
        })
        .from(evaluationRounds)
        .where(
          and(
            eq(evaluationRounds.providerOrganisationId, round.providerOrganisationId),
            ne(evaluationRounds.id, round.id),
            sql`${evaluationRounds.createdAt} < ${round.createdAt.toISOString()}`,
          ),
        )
        .orderBy(desc(evaluationRounds.createdAt))
        .limit(1);
      if (!previous) return null;
      const agencies = await tx
        .select({ agency: evaluationAssignments.agencyOrganisationId })
        .from(evaluationAssignments)
        .where(
          and(
            eq(evaluationAssignments.roundId, previous.id),
            inArray(evaluationAssignments.status, ['cleared', 'waived']),
          ),
        );
      return {
        agencyIds: agencies.map((r) => r.agency),
        label: `${previous.year} ${evaluationRoundKinds.find((k) => k.code === previous.kind)!['zh-CN']}`,
      };
    });
  }

  /**
   * What the platform sees of each evaluator's ties to the provider: their agency and the jobs of
   * the talent-registry worker they are (one query for all of them), and whether the agency scored
   * the provider's previous round.
   */
  async function signalsFor(
    round: RoundRow,
    evaluators: Evaluator[],
    agencyNames: Map<string, string>,
  ): Promise<Map<string, ConflictSignal[]>> {
    const previous = await previousRoundAgencies(round);
    const careers = await talent.careersOf(
      evaluators.flatMap((e) => (e.workerId ? [e.workerId] : [])),
    );
    const asOf = chinaToday(clock());
    return new Map(
      evaluators.map((e) => [
        e.id,
        conflictSignals({
          asOf,
          providerId: round.providerOrganisationId,
          providerName: round.providerName,
          jobs: [
            // The agency is the evaluator's employer as the platform knows it.
            ...(e.organisationId
              ? [
                  {
                    organisationId: e.organisationId,
                    organisationName: agencyNames.get(e.organisationId) ?? '',
                    startedOn: '1900-01-01',
                    endedOn: null,
                  },
                ]
              : []),
            ...((e.workerId && careers.get(e.workerId)) || []),
          ],
          agencyId: e.organisationId,
          lastRound:
            previous && e.organisationId && previous.agencyIds.includes(e.organisationId)
              ? { providerId: round.providerOrganisationId, roundLabel: previous.label }
              : null,
        }),
      ]),
    );
  }

  async function evaluatorsFor(actor: Actor, round: RoundRow, ids?: string[]) {
    const evaluators = await withSystemScope(database, (tx) =>
      evaluatorsCovering(tx, round.regionCode, ids),
    );
    const agencyNames = await organisations.namesOf(
      actor,
      evaluators.flatMap((e) => (e.organisationId ? [e.organisationId] : [])),
    );
    return { evaluators, agencyNames };
  }

  /**
   * 可指派的评估人员, each with what the platform sees of their ties to the provider. The
   * evaluators are read nationwide between two steps in the reader's scope (the request's unit of
   * work runs one scope at a time).
   */
  async function candidates(actor: Actor, roundId: string) {
    const round = await withScope(database, actor, (tx) => loadRound(tx, actor, roundId));
    const { evaluators, agencyNames } = await evaluatorsFor(actor, round);
    const signals = await signalsFor(round, evaluators, agencyNames);
    return withScope(database, actor, async (tx) => {
      const assigned = await tx
        .select({ accountId: evaluationAssignments.accountId })
        .from(evaluationAssignments)
        .where(eq(evaluationAssignments.roundId, round.id));
      return evaluators.map((e) => ({
        accountId: e.id,
        name: e.name,
        agencyName: e.organisationId ? (agencyNames.get(e.organisationId) ?? '') : '',
        signals: signals.get(e.id) ?? [],
        assigned: assigned.some((a) => a.accountId === e.id),
      }));
    });
  }

  async function assign(actor: Actor, roundId: string, input: { accountId: string }) {
    const round = await withScope(database, actor, (tx) => loadRound(tx, actor, roundId, true));
    if (round.status !== 'open')
      throw refused(
        '只有评分中的轮次可以指派评估人员',
        'Evaluators are assigned while the round is open',
      );
    const { evaluators, agencyNames } = await evaluatorsFor(actor, round, [input.accountId]);
    const evaluator = evaluators[0];
    if (!evaluator)
      throw refused(
        '该账号不是管辖本项目所在地区的评估人员',
        'Not an active evaluator whose scope covers the project',
      );
    const signals = (await signalsFor(round, [evaluator], agencyNames)).get(evaluator.id)!;
    return withScope(database, actor, async (tx) => {
      const [taken] = await tx
        .select({ status: evaluationAssignments.status })
        .from(evaluationAssignments)
        .where(
          and(
            eq(evaluationAssignments.roundId, round.id),
            eq(evaluationAssignments.accountId, evaluator.id),
          ),
        );
      if (taken)
        throw refused(
          '该评估人员已在本轮指派过（含已回避、已撤回）',
          'Already assigned to this round',
        );
      const [row] = await tx
        .insert(evaluationAssignments)
        .values({
          id: newId(),
          roundId: round.id,
          regionCode: round.regionCode,
          accountId: evaluator.id,
          evaluatorName: evaluator.name,
          agencyOrganisationId: evaluator.organisationId,
          agencyName: evaluator.organisationId
            ? (agencyNames.get(evaluator.organisationId) ?? '')
            : '',
          signals,
          assignedByName: actor.realName,
          createdAt: clock(),
        })
        .returning();
      await auditRound(tx, actor, round, {
        action: 'create',
        changes: changedFields(null, { evaluator: row!.evaluatorName, signals: signals.length }),
        detail: auditNote('evaluator_assigned', { evaluator: row!.evaluatorName }),
      });
      return presentAssignment(row!);
    });
  }

  async function loadAssignment(tx: Transaction, roundId: string, id: string) {
    const [row] = await tx
      .select()
      .from(evaluationAssignments)
      .where(and(eq(evaluationAssignments.id, id), eq(evaluationAssignments.roundId, roundId)))
      .for('update');
    if (!row) throw notFound(assignmentEntity);
    return row;
  }

  async function writeAssignment(
    tx: Transaction,
    actor: Actor,
    round: RoundRow,
    row: AssignmentRow,
    fields: Partial<typeof evaluationAssignments.$inferInsert>,
    detail: ReturnType<typeof auditNote>,
  ) {
    const [after] = await tx
      .update(evaluationAssignments)
      .set({ ...fields, version: sql`${evaluationAssignments.version} + 1` })
      .where(
        and(eq(evaluationAssignments.id, row.id), eq(evaluationAssignments.version, row.version)),
      )
      .returning();
    if (!after) throw new AppError('VERSION_CONFLICT');
    await auditRound(tx, actor, round, {
      action: 'update',
      changes: changedFields({ status: row.status }, { status: after.status }),
      detail,
    });
    return presentAssignment(after);
  }

  /** The organiser's answer to an assignment: waive a declared conflict, or withdraw it. */
  function resolve(to: 'waived' | 'withdrawn') {
    return (
      actor: Actor,
      roundId: string,
      id: string,
      input: { version: number; reason: string },
    ) =>
      withScope(database, actor, async (tx) => {
        const round = await loadRound(tx, actor, roundId, true);
        if (round.status !== 'open')
          throw refused('轮次已锁定，指派不能再变', 'The round is locked: assignments stay');
        const row = await loadAssignment(tx, round.id, id);
        if (row.version !== input.version) throw new AppError('VERSION_CONFLICT');
        if (to === 'waived' && row.status !== 'conflict')
          throw refused('只有申报了利益冲突的指派可以豁免', 'Only a declared conflict is waived');
        if (to === 'withdrawn') {
          if (row.status === 'withdrawn') throw refused('该指派已撤回', 'Already withdrawn');
          const [submitted] = await tx
            .select({ id: evaluationSheets.id })
            .from(evaluationSheets)
            .where(
              and(
                eq(evaluationSheets.assignmentId, row.id),
                eq(evaluationSheets.status, 'submitted'),
              ),
            );
          if (submitted)
            throw refused(
              '评估人员已提交评分表，不能撤回',
              'The evaluator has submitted: not withdrawn',
            );
        }
        return writeAssignment(
          tx,
          actor,
          round,
          row,
          { status: to, resolution: input.reason, resolvedByName: actor.realName },
          to === 'waived'
            ? auditNote('conflict_waived', { evaluator: row.evaluatorName, reason: input.reason })
            : auditNote('assignment_withdrawn', {
                evaluator: row.evaluatorName,
                reason: input.reason,
              }),
        );
      });
  }

  // ── The evaluator's own side ─────────────────────────────────────────────────────────────

  /** The evaluator's assignment and its round (in their scope), locked for a write. */
  async function loadOwn(tx: Transaction, actor: Actor, id: string, lock = false) {
    const query = tx
      .select({ assignment: evaluationAssignments, round: evaluationRounds })
      .from(evaluationAssignments)
      .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluationAssignments.roundId))
      .where(
        and(
          eq(evaluationAssignments.id, id),
          eq(evaluationAssignments.accountId, actor.accountId),
          inRegionScope(evaluationRounds.regionCode, actor),
        ),
      );
    const [row] = await (lock ? query.for('update') : query);
    if (!row) throw notFound(assignmentEntity);
    return row;
  }

  async function mine(actor: Actor) {
    return withScope(database, actor, async (tx) => {
      // The columns the list shows: a round's items and result would come whole with each row.
      const rows = await tx
        .select({
          assignment: {
            id: evaluationAssignments.id,
            status: evaluationAssignments.status,
          },
          round: {
            id: evaluationRounds.id,
            kind: evaluationRounds.kind,
            status: evaluationRounds.status,
            projectTitle: evaluationRounds.projectTitle,
            providerName: evaluationRounds.providerName,
            dueOn: evaluationRounds.dueOn,
          },
          sheet: { status: evaluationSheets.status },
        })
        .from(evaluationAssignments)
        .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluationAssignments.roundId))
        .leftJoin(evaluationSheets, eq(evaluationSheets.assignmentId, evaluationAssignments.id))
        .where(
          and(
            eq(evaluationAssignments.accountId, actor.accountId),
            inRegionScope(evaluationRounds.regionCode, actor),
          ),
        )
        .orderBy(evaluationRounds.dueOn);
      return rows.map(({ assignment, round, sheet }) => ({
        assignmentId: assignment.id,
        status: assignment.status as Assignment['status'],
        roundId: round.id,
        kind: round.kind as MyEvaluation['round']['kind'],
        roundStatus: round.status as MyEvaluation['round']['status'],
        projectTitle: round.projectTitle,
        providerName: round.providerName,
        dueOn: round.dueOn,
        sheetStatus: (sheet?.status ?? null) as 'draft' | 'submitted' | null,
      }));
    });
  }

  /** The evaluator's view: the round's name only, until they have declared no conflict. */
  async function myEvaluation(actor: Actor, id: string): Promise<MyEvaluation> {
    return withScope(database, actor, async (tx) => {
      const { assignment, round } = await loadOwn(tx, actor, id);
      const names = await divisions.namesOf([round.regionCode]);
      const base = {
        assignment: presentAssignment(assignment),
        round: {
          id: round.id,
          kind: round.kind as MyEvaluation['round']['kind'],
          status: round.status as MyEvaluation['round']['status'],
          dueOn: round.dueOn,
          projectTitle: round.projectTitle,
          providerName: round.providerName,
          regionName: names.get(round.regionCode) ?? round.regionCode,
        },
      };
      if (!mayScore(assignment)) return { ...base, project: null };
      const [evidence, [sheet]] = await Promise.all([
        contracts.evidenceOf(tx, round.contractId),
        tx.select().from(evaluationSheets).where(eq(evaluationSheets.assignmentId, assignment.id)),
      ]);
      return {
        ...base,
        project: {
          contractCode: round.contractCode,
          termStart: round.termStart,
          termEnd: round.termEnd,
          indicators: evidence.indicators,
          reports: evidence.reports,
          items: round.items,
          sheet: sheet ? presentSheet(round, sheet) : null,
          canScore: round.status === 'open' && sheet?.status !== 'submitted',
        },
      };
    });
  }

  /** 利益冲突声明, before anything of the project opens. */
  async function declare(
    actor: Actor,
    id: string,
    input: { version: number; conflict: boolean; note: string },
  ) {
    await withScope(database, actor, async (tx) => {
      const { assignment, round } = await loadOwn(tx, actor, id, true);
      if (assignment.version !== input.version) throw new AppError('VERSION_CONFLICT');
      if (assignment.status !== 'awaiting_declaration')
        throw refused('已声明过利益冲突', 'The declaration is made already');
      await writeAssignment(
        tx,
        actor,
        round,
        assignment,
        {
          status: input.conflict ? 'conflict' : 'cleared',
          declaredAt: clock(),
          declarationNote: input.note,
        },
        auditNote(input.conflict ? 'conflict_declared' : 'no_conflict_declared', {
          evaluator: assignment.evaluatorName,
        }),
      );
    });
    return myEvaluation(actor, id);
  }

  /**
   * 评分依据 of the contract, opened by a cleared evaluator of the round (409 before the
   * declaration), its reading recorded as `evidence_opened` with what was opened.
   */
  function evidence<T>(
    open: (tx: Transaction, round: RoundRow) => Promise<{ found: T; label: string }>,
  ) {
    return (actor: Actor, id: string) =>
      withScope(database, actor, async (tx) => {
        const { assignment, round } = await loadOwn(tx, actor, id);
        if (!mayScore(assignment))
          throw refused(
            '声明无利益冲突后才能查看项目材料',
            'Declare first: nothing of the project opens before',
          );
        const { found, label } = await open(tx, round);
        await auditRound(tx, actor, round, {
          action: 'read',
          detail: auditNote('evidence_opened', { opened: `${round.contractCode} ${label}` }),
        });
        return found;
      });
  }

  /** A period report of the contract. */
  const evidenceReport = (actor: Actor, id: string, reportId: string) =>
    evidence(async (tx, round) => {
      const report = await contracts.reportOf(tx, round.contractId, reportId);
      return { found: report, label: report.periodKey };
    })(actor, id);

  /** 服务产出: each agreed indicator's figures in the provider's period reports. */
  const evidenceOutputs = evidence(async (tx, round) => ({
    found: await contracts.outputsOf(tx, round.contractId),
    label: '服务产出',
  }));

  return {
    candidates,
    assign,
    waive: resolve('waived'),
    withdraw: resolve('withdrawn'),
    mine,
    myEvaluation,
    declare,
    evidenceReport,
    evidenceOutputs,
    loadOwn,
  };
}

export type AssignmentService = ReturnType<typeof createAssignmentService>;
