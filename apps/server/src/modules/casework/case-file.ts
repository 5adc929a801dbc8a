import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import {
  ageOn,
  chinaToday,
  clientAgeBands,
  guardianConsentAge,
  type CaseFile,
  type CaseSummary,
  type CaseWorkStage,
  type LocalizedText,
} from '@shegong/domain';
import type { Transaction } from '../../db/connection';
import { isAnyOf } from '../../db/any-of';
import { organisationOf, type Actor } from '../../platform/access/actor';
import { inRegionScope } from '../../platform/access/region-scope';
import { auditEvents } from '../../platform/audit/audit.table';
import type { Clock } from '../../platform/clock';
import { AppError, conflict, notFound } from '../../platform/errors/app-error';
import type { ClientService } from '../clients';
import type { DivisionService } from '../divisions';
import { stationsInScope } from '../stations';
import { nextStage, reached, reassessmentDue } from './casework-rules';
import {
  caseAssessments,
  caseClosures,
  caseContacts,
  caseEvaluations,
  caseEvents,
  caseGoals,
  caseTasks,
  caseWorkers,
  cases,
} from './casework.table';
import { reassessmentMonthsAt, reassessmentSettingsAround } from './case-settings.service';
import type { TeamMember } from './case-team';

export const caseEntity = { 'zh-CN': '个案', 'en-US': 'Case' } as const;
export const caseEntityType = 'case';

export type CaseRow = typeof cases.$inferSelect;

/** How the reader stands to a case: what they may read and do follows from it. */
export type Relation = CaseSummary['myRole'];

export interface LoadedCase {
  row: CaseRow;
  workers: TeamMember[];
  relation: Relation;
}

export interface CaseFileDeps {
  clock: Clock;
  clients: Pick<ClientService, 'loadServed' | 'loadServedMany' | 'maskedNamesOf'>;
  divisions: Pick<DivisionService, 'describeRegions'>;
}

const statusMessages: Record<string, LocalizedText> = {
  closure_requested: {
    'zh-CN': '结案申请待督导审批，期间不能记录或变更',
    'en-US': 'The closure awaits the supervisor’s approval: nothing can be recorded meanwhile',
  },
  closed: {
    'zh-CN': '个案已结案；如需继续服务，请说明理由重新开案',
    'en-US': 'The case is closed: reopen it with a reason to go on',
  },
  not_taken: {
    'zh-CN': '该个案未予接案',
    'en-US': 'The case was not taken',
  },
};

/** 403 naming who may do it. */
export function onlyFor(message: LocalizedText): AppError {
  return new AppError('FORBIDDEN', {}, [{ path: 'case', message }]);
}

const workersOnly = {
  'zh-CN': '只有本个案的负责社工可以记录',
  'en-US': 'Only the case’s workers record it',
};

/** The case is open and the reader carries it. */
export function mustWork(loaded: LoadedCase) {
  if (loaded.relation !== 'worker') throw onlyFor(workersOnly);
  const message = statusMessages[loaded.row.status];
  if (message) throw conflict(message, [{ path: 'status', message }]);
}

/** The case has come as far as `stage`. */
export function mustReach(loaded: LoadedCase, stage: CaseWorkStage, message: LocalizedText) {
  if (!reached(loaded.row.stage as CaseWorkStage, stage))
    throw conflict(message, [{ path: 'stage', message }]);
}

export function mustBeVersion(row: { version: number }, version: number) {
  if (row.version !== version) throw new AppError('VERSION_CONFLICT');
}

function relationOf(actor: Actor, row: CaseRow, workers: readonly TeamMember[]): Relation {
  if (workers.some((w) => w.id === actor.accountId)) return 'worker';
  if (row.supervisorId === actor.accountId) return 'supervisor';
  if (actor.permissions.has('cases:read_org')) return 'org_admin';
  return 'colleague';
}

const readsContent = (relation: Relation) => relation !== 'colleague';

/** Loading cases and presenting them: lists, the file, the reader's relation to each. */
export function createCaseFiles({ clock, clients, divisions }: CaseFileDeps) {
  const today = () => chinaToday(clock());

  async function workersOf(tx: Transaction, ids: readonly string[]) {
    const byCase = new Map<string, TeamMember[]>(ids.map((id) => [id, []]));
    if (ids.length === 0) return byCase;
    const rows = await tx
      .select({
        caseId: caseWorkers.caseId,
        id: caseWorkers.accountId,
        name: caseWorkers.workerName,
      })
      .from(caseWorkers)
      .where(isAnyOf(caseWorkers.caseId, ids))
      .orderBy(asc(caseWorkers.assignedAt), asc(caseWorkers.accountId));
    for (const row of rows) byCase.get(row.caseId)?.push({ id: row.id, name: row.name });
    return byCase;
  }

  /**
   * A case of the reader's organisation in their scope (404 otherwise, also for other
   * organisations), locked when about to be changed.
   */
  async function load(
    tx: Transaction,
    actor: Actor,
    id: string,
    forUpdate = false,
  ): Promise<LoadedCase> {
    const query = tx
      .select()
      .from(cases)
      .where(
        and(
          eq(cases.id, id),
          inRegionScope(cases.regionCode, actor),
          eq(cases.organisationId, organisationOf(actor)),
        ),
      );
    const [row] = forUpdate ? await query.for('update') : await query;
    if (!row) throw notFound(caseEntity);
    const workers = (await workersOf(tx, [id])).get(id)!;
    return { row, workers, relation: relationOf(actor, row, workers) };
  }

  /** A case in the reader's scope whatever its organisation (officers, with a reason). */
  async function loadInScope(tx: Transaction, actor: Actor, id: string): Promise<LoadedCase> {
    const [row] = await tx
      .select()
      .from(cases)
      .where(and(eq(cases.id, id), inRegionScope(cases.regionCode, actor)));
    if (!row) throw notFound(caseEntity);
    const workers = (await workersOf(tx, [id])).get(id)!;
    return { row, workers, relation: 'officer' };
  }

  /** Station names, from the stations module. */
  async function stationNamesOf(tx: Transaction, actor: Actor, ids: readonly string[]) {
    const found = await stationsInScope(tx, actor, ids);
    return new Map([...found].map(([id, station]) => [id, station.name]));
  }

  /** The client's name whole for those who serve them, masked for anyone else. */
  async function clientNamesOf(
    tx: Transaction,
    actor: Actor,
    entries: readonly { clientId: string; whole: boolean }[],
  ) {
    const whole = entries.filter((e) => e.whole).map((e) => e.clientId);
    const names = new Map(
      (whole.length > 0 ? await clients.loadServedMany(tx, actor, whole) : []).map(
        (client) => [client.id, client.name] as const,
      ),
    );
    const rest = [...new Set(entries.map((e) => e.clientId))].filter((id) => !names.has(id));
    for (const [id, name] of await clients.maskedNamesOf(tx, rest)) names.set(id, name);
    return names;
  }

  async function summaries(tx: Transaction, actor: Actor, loaded: LoadedCase[]) {
    if (loaded.length === 0) return [];
    const ids = loaded.map((l) => l.row.id);
    const [nextTasks, settings, regionNames, stationNames, clientNames] = await Promise.all([
      tx
        .select({ caseId: caseTasks.caseId, dueOn: sql<string>`min(${caseTasks.dueOn})` })
        .from(caseTasks)
        .where(and(isAnyOf(caseTasks.caseId, ids), isNull(caseTasks.doneOn)))
        .groupBy(caseTasks.caseId),
      reassessmentSettingsAround(tx, actor.regionCode),
      divisions.describeRegions(
        [...new Set(loaded.map((l) => l.row.regionCode))],
        actor.request.language,
      ),
      stationNamesOf(
        tx,
        actor,
        loaded.map((l) => l.row.stationId),
      ),
      clientNamesOf(
        tx,
        actor,
        loaded.map((l) => ({
          clientId: l.row.clientId,
          whole: ['worker', 'supervisor', 'org_admin'].includes(l.relation),
        })),
      ),
    ]);
    const nextTask = new Map(nextTasks.map((r) => [r.caseId, String(r.dueOn)]));
    const now = today();
    return loaded.map(({ row, workers, relation }): CaseSummary => {
      const last = row.lastAssessedOn;
      const open = row.status === 'open';
      return {
        id: row.id,
        clientId: row.clientId,
        clientName: clientNames.get(row.clientId) ?? '—',
        organisationId: row.organisationId,
        stationId: row.stationId,
        stationName: stationNames.get(row.stationId) ?? '—',
        regionCode: row.regionCode,
        regionName: regionNames.get(row.regionCode) ?? row.regionCode,
        stage: row.stage as CaseWorkStage,
        status: row.status as CaseSummary['status'],
        riskLevel: row.riskLevel as CaseSummary['riskLevel'],
        populationGroups: row.populationGroups as CaseSummary['populationGroups'],
        openedOn: row.openedOn,
        closedOn: row.closedOn,
        workers,
        supervisor: { id: row.supervisorId, name: row.supervisorName },
        myRole: relation,
        nextTaskDue: open ? (nextTask.get(row.id) ?? null) : null,
        reassessment:
          open && last
            ? reassessmentDue(last, reassessmentMonthsAt(row.regionCode, settings).months, now)
            : null,
        version: row.version,
      };
    });
  }

  /** Who opened the file with a reason (officers), from the audit trail. */
  async function fileOpeningsOf(tx: Transaction, caseId: string) {
    const rows = await tx
      .select({
        at: auditEvents.occurredAt,
        actorName: auditEvents.actorName,
        params: auditEvents.detailParams,
      })
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityType, caseEntityType),
          eq(auditEvents.entityId, caseId),
          eq(auditEvents.detailCode, 'file_opened'),
        ),
      )
      .orderBy(desc(auditEvents.occurredAt))
      .limit(50);
    return rows.map((r) => ({
      at: r.at.toISOString(),
      actorName: r.actorName ?? '',
      reason: String((r.params as { reason?: unknown } | null)?.reason ?? ''),
    }));
  }

  async function clientOf(tx: Transaction, actor: Actor, row: CaseRow, relation: Relation) {
    if (relation === 'officer') {
      const names = await clients.maskedNamesOf(tx, [row.clientId]);
      return {
        id: row.clientId,
        name: names.get(row.clientId) ?? '—',
        sex: null,
        age: null,
        minor: null,
        regionCode: null,
        regionName: null,
      };
    }
    const client = await clients.loadServed(tx, actor, row.clientId);
    const regions = await divisions.describeRegions([client.regionCode], actor.request.language);
    const now = today();
    const band = clientAgeBands.find((b) => b.code === client.ageBand);
    return {
      id: client.id,
      name: client.name,
      sex: client.sex as 'male' | 'female',
      age: client.birthDate ? ageOn(client.birthDate, now) : null,
      minor: client.birthDate
        ? ageOn(client.birthDate, now) < guardianConsentAge
        : band
          ? band.to < guardianConsentAge
          : false,
      regionCode: client.regionCode,
      regionName: regions.get(client.regionCode) ?? client.regionCode,
    };
  }

  async function contentOf(
    tx: Transaction,
    actor: Actor,
    row: CaseRow,
    relation: Relation,
  ): Promise<NonNullable<CaseFile['content']>> {
    const caseId = row.id;
    const [client, assessments, goals, tasks, contacts, evaluations, closures, events] =
      await Promise.all([
        clientOf(tx, actor, row, relation),
        tx
          .select()
          .from(caseAssessments)
          .where(eq(caseAssessments.caseId, caseId))
          .orderBy(desc(caseAssessments.assessedOn), desc(caseAssessments.id)),
        tx.select().from(caseGoals).where(eq(caseGoals.caseId, caseId)).orderBy(asc(caseGoals.id)),
        tx
          .select()
          .from(caseTasks)
          .where(eq(caseTasks.caseId, caseId))
          .orderBy(asc(caseTasks.dueOn), asc(caseTasks.id)),
        tx
          .select()
          .from(caseContacts)
          .where(eq(caseContacts.caseId, caseId))
          .orderBy(desc(caseContacts.occurredAt), desc(caseContacts.id))
          .limit(500),
        tx
          .select()
          .from(caseEvaluations)
          .where(eq(caseEvaluations.caseId, caseId))
          .orderBy(desc(caseEvaluations.evaluatedOn), desc(caseEvaluations.id)),
        tx
          .select()
          .from(caseClosures)
          .where(eq(caseClosures.caseId, caseId))
          .orderBy(desc(caseClosures.requestedAt)),
        tx
          .select()
          .from(caseEvents)
          .where(eq(caseEvents.caseId, caseId))
          .orderBy(asc(caseEvents.occurredAt), asc(caseEvents.id)),
      ]);
    const now = today();
    return {
      client,
      intake:
        row.intakeDecision && row.intakeOn && row.intakeSource
          ? {
              decision: row.intakeDecision as 'accepted' | 'declined',
              intakeOn: row.intakeOn,
              source: row.intakeSource as never,
              presentingProblem: row.presentingProblem ?? '',
              declineReason: row.declineReason,
              disposition: row.declineDisposition as never,
              referredTo: row.declineReferredTo,
            }
          : null,
      assessments: assessments.map((a) => ({
        id: a.id,
        formCode: a.formCode,
        assessedOn: a.assessedOn,
        riskLevel: a.riskLevel as never,
        scores: a.domainScores,
        summary: a.assessmentSummary,
        recordedByName: a.recordedByName,
      })),
      goals: goals.map((g) => ({
        id: g.id,
        title: g.goalTitle,
        domain: g.domain,
        tasks: tasks
          .filter((t) => t.goalId === g.id)
          .map((t) => ({
            id: t.id,
            goalId: t.goalId,
            title: t.taskTitle,
            dueOn: t.dueOn,
            doneOn: t.doneOn,
            overdue: t.doneOn === null && t.dueOn < now,
            version: t.version,
          })),
      })),
      contacts: contacts.map((c) => ({
        id: c.id,
        occurredAt: c.occurredAt.toISOString(),
        durationMinutes: c.durationMinutes,
        medium: c.medium as never,
        attempted: c.attempted,
        content: c.contactNotes,
        recordedByName: c.recordedByName,
      })),
      evaluations: evaluations.map((e) => ({
        id: e.id,
        evaluatedOn: e.evaluatedOn,
        goals: e.goalResults as never,
        summary: e.evaluationSummary,
        recordedByName: e.recordedByName,
      })),
      closures: closures.map((c) => ({
        id: c.id,
        reasons: c.closureReasons as never,
        summary: c.closureSummary,
        requestedByName: c.requestedByName,
        requestedAt: c.requestedAt.toISOString(),
        decision: c.decision as never,
        decidedByName: c.decidedByName,
        decidedAt: c.decidedAt?.toISOString() ?? null,
        decisionNote: c.decisionNote,
      })),
      timeline: events.map((e) => ({
        id: e.id,
        kind: e.kind as never,
        stage: e.stage as CaseWorkStage | null,
        at: e.occurredAt.toISOString(),
        actorName: e.actorName,
        note: e.eventNote,
        referralId: e.referralId,
      })),
    };
  }

  /** The file as the reader may see it: content for the team, the administrator and an officer. */
  async function fileOf(tx: Transaction, actor: Actor, loaded: LoadedCase): Promise<CaseFile> {
    const { row, relation } = loaded;
    const [[summary], content, fileOpenings, pending] = await Promise.all([
      summaries(tx, actor, [loaded]),
      readsContent(relation) ? contentOf(tx, actor, row, relation) : Promise.resolve(null),
      fileOpeningsOf(tx, row.id),
      tx
        .select({ requestedBy: caseClosures.requestedBy })
        .from(caseClosures)
        .where(and(eq(caseClosures.caseId, row.id), eq(caseClosures.decision, 'pending'))),
    ]);
    const stage = row.stage as CaseWorkStage;
    const works = relation === 'worker' && row.status === 'open';
    const next = nextStage(stage);
    const onTeam = relation === 'worker' || relation === 'supervisor';
    return {
      ...summary!,
      content,
      fileOpenings,
      can: {
        work: works,
        advanceTo: works && next && next !== 'closure' ? next : null,
        requestClosure: works && stage === 'evaluation',
        decideClosure:
          row.supervisorId === actor.accountId &&
          row.status === 'closure_requested' &&
          pending.every((p) => p.requestedBy !== actor.accountId),
        reopen: onTeam && row.status === 'closed',
        changeTeam: onTeam && ['open', 'closure_requested'].includes(row.status),
      },
    };
  }

  return { load, loadInScope, workersOf, summaries, fileOf, stationNamesOf, today };
}

export type CaseFiles = ReturnType<typeof createCaseFiles>;
