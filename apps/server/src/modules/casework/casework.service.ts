import {
  and,
  asc,
  count,
  desc,
  eq,
  inArray,
  isNull,
  lt,
  lte,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import {
  addDays,
  assessmentForms,
  auditNote,
  type AssessmentInput,
  type CaseDesk,
  type CaseFile,
  type CaseListQuery,
  type CaseTeam,
  type CaseWorkStage,
  type ClosureRequest,
  type ContactInput,
  type EvaluationInput,
  type GoalInput,
  type IntakeInput,
  type OpenCase,
  type PendingClosure,
  type StationOption,
  type TaskInput,
  type LocalizedText,
  type AuditDetail,
} from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import { newId } from '../../db/ids';
import { organisationOf, type Actor } from '../../platform/access/actor';
import { inRegionScope, withScope } from '../../platform/access/region-scope';
import { recordAudit } from '../../platform/audit/audit';
import { writeVersioned } from '../../platform/audit/versioned-write';
import { conflict, invalidField, notFound } from '../../platform/errors/app-error';
import { refuseProblems, type RuleProblem } from '../../platform/errors/rule-problems';
import { idCursor } from '../../platform/http/keyset-cursor';
import type { ModuleServices } from '../../platform/modules/define-module';
import { stationInScope } from '../stations';
import {
  caseEntity,
  caseEntityType,
  createCaseFiles,
  mustBeVersion,
  mustReach,
  mustWork,
  onlyFor,
  type CaseFileDeps,
  type CaseRow,
  type LoadedCase,
} from './case-file';
import { checkedTeam, colleaguesOf, type Team } from './case-team';
import {
  assessmentProblems,
  contactProblems,
  evaluationProblems,
  gateProblem,
  notYetMessage,
  workDayProblems,
} from './casework-rules';
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

interface Deps extends CaseFileDeps {
  database: Database;
  stations: Pick<ModuleServices['stations'], 'list'>;
}

/** What the referral module learns of a case its actor works on. */
export interface WorkableCase {
  id: string;
  clientId: string;
  organisationId: string;
  stationId: string;
  regionCode: string;
  stage: CaseWorkStage;
}

export interface ReferralEvent {
  kind: 'referral_sent' | 'referral_returned';
  referralId: string;
  /** What the timeline says: the referral's purpose, or the result that came back (回转). */
  note: string;
}

const domainCodes = new Set<string>(assessmentForms.flatMap((f) => f.domains.map((d) => d.code)));

const teamOnly = {
  'zh-CN': '只有本个案的负责社工或督导可以进行此操作',
  'en-US': 'Only the case’s workers or its supervisor may do this',
};

/** 个案工作: a case through its six stages, the stage gates, the supervisor's approval. */
export function createCaseworkService(deps: Deps) {
  const { database, clock, stations } = deps;
  const files = createCaseFiles(deps);
  const { load, today } = files;

  /** Appends a move to the case timeline. */
  async function event(
    tx: Transaction,
    actor: Actor,
    row: Pick<CaseRow, 'id' | 'regionCode'>,
    kind: string,
    more: { stage?: string | null; note?: string | null; referralId?: string | null } = {},
  ) {
    await tx.insert(caseEvents).values({
      id: newId(),
      caseId: row.id,
      regionCode: row.regionCode,
      kind,
      stage: more.stage ?? null,
      occurredAt: clock(),
      actorId: actor.accountId,
      actorName: actor.realName,
      eventNote: more.note ?? null,
      referralId: more.referralId ?? null,
    });
  }

  /** A record added to the case, audited on the case without its content. */
  function auditAdded(tx: Transaction, actor: Actor, row: CaseRow, detail: AuditDetail) {
    return recordAudit(tx, actor, {
      action: 'create',
      entityType: caseEntityType,
      entityId: row.id,
      regionCode: row.regionCode,
      detail,
    });
  }

  function save(
    tx: Transaction,
    actor: Actor,
    row: CaseRow,
    fields: Partial<typeof cases.$inferInsert>,
    detail: AuditDetail,
  ) {
    return writeVersioned(tx, actor, { table: cases, entityType: caseEntityType }, row, fields, {
      now: clock(),
      detail,
    });
  }

  /** A write on a case the actor carries, in one transaction, answering the file as it now is. */
  function working(
    actor: Actor,
    id: string,
    work: (tx: Transaction, loaded: LoadedCase) => Promise<unknown>,
  ): Promise<CaseFile> {
    return withScope(database, actor, async (tx) => {
      const loaded = await load(tx, actor, id, true);
      mustWork(loaded);
      await work(tx, loaded);
      return files.fileOf(tx, actor, await load(tx, actor, id));
    });
  }

  async function writeTeam(
    tx: Transaction,
    actor: Actor,
    caseId: string,
    regionCode: string,
    team: Team,
  ) {
    await tx.delete(caseWorkers).where(eq(caseWorkers.caseId, caseId));
    await tx.insert(caseWorkers).values(
      team.workers.map((w) => ({
        caseId,
        accountId: w.id,
        regionCode,
        workerName: w.name,
        assignedAt: clock(),
      })),
    );
  }

  const teamNote = (team: Team) =>
    `${team.workers.map((w) => w.name).join('、')}；督导：${team.supervisor.name}`;

  async function gateFacts(tx: Transaction, row: CaseRow) {
    const counted = (
      table: typeof caseAssessments | typeof caseContacts | typeof caseEvaluations,
      extra?: SQL,
    ) =>
      tx
        .select({ n: count() })
        .from(table)
        .where(and(eq(table.caseId, row.id), extra))
        .then(([r]) => r?.n ?? 0);
    const [assessments, contacts, evaluations, goalsWithTasks] = await Promise.all([
      counted(caseAssessments),
      counted(caseContacts, eq(caseContacts.attempted, false)),
      counted(caseEvaluations),
      tx
        .select({ n: sql<number>`count(distinct ${caseTasks.goalId})::int` })
        .from(caseTasks)
        .where(eq(caseTasks.caseId, row.id))
        .then(([r]) => r?.n ?? 0),
    ]);
    return {
      stage: row.stage as CaseWorkStage,
      intakeAccepted: row.intakeDecision === 'accepted',
      assessments,
      goalsWithTasks,
      contacts,
      evaluations,
    };
  }

  async function goalIdsOf(tx: Transaction, caseId: string) {
    return (
      await tx.select({ id: caseGoals.id }).from(caseGoals).where(eq(caseGoals.caseId, caseId))
    ).map((g) => g.id);
  }

  function taskProblems(
    tasks: readonly { dueOn: string }[],
    intakeOn: string | null,
    prefix: string,
  ) {
    return tasks.flatMap((task, i): RuleProblem[] =>
      intakeOn && task.dueOn < intakeOn
        ? [
            {
              field: `${prefix}${i}.dueOn`,
              message: {
                'zh-CN': '完成期限不能早于接案日期',
                'en-US': 'The due date cannot be before the intake',
              },
            },
          ]
        : [],
    );
  }

  /** The team's cases the actor stands in, as a worker or supervisor (an administrator: all). */
  function membership(actor: Actor, role: CaseListQuery['role']): SQL | undefined {
    if (!actor.permissions.has('cases:work')) return undefined;
    const asWorker = sql`exists (select 1 from ${caseWorkers} w where w.case_id = ${cases.id}
      and w.account_id = ${actor.accountId})`;
    const asSupervisor = eq(cases.supervisorId, actor.accountId);
    return role === 'worker'
      ? asWorker
      : role === 'supervisor'
        ? asSupervisor
        : or(asWorker, asSupervisor);
  }

  async function loadMany(tx: Transaction, actor: Actor, rows: CaseRow[]): Promise<LoadedCase[]> {
    const workers = await files.workersOf(
      tx,
      rows.map((r) => r.id),
    );
    return rows.map((row) => {
      const team = workers.get(row.id) ?? [];
      const relation = team.some((w) => w.id === actor.accountId)
        ? 'worker'
        : row.supervisorId === actor.accountId
          ? 'supervisor'
          : actor.permissions.has('cases:read_org')
            ? 'org_admin'
            : 'colleague';
      return { row, workers: team, relation };
    });
  }

  async function pendingClosuresOf(tx: Transaction, actor: Actor): Promise<PendingClosure[]> {
    const rows = await tx
      .select({ row: cases, closure: caseClosures })
      .from(caseClosures)
      .innerJoin(cases, eq(cases.id, caseClosures.caseId))
      .where(
        and(
          eq(caseClosures.decision, 'pending'),
          eq(cases.supervisorId, actor.accountId),
          eq(cases.organisationId, organisationOf(actor)),
          inRegionScope(cases.regionCode, actor),
        ),
      )
      .orderBy(asc(caseClosures.requestedAt))
      .limit(100);
    const presented = await files.summaries(
      tx,
      actor,
      await loadMany(
        tx,
        actor,
        rows.map((r) => r.row),
      ),
    );
    return rows.map(({ closure }, i) => ({
      caseId: closure.caseId,
      closureId: closure.id,
      clientName: presented[i]!.clientName,
      stationName: presented[i]!.stationName,
      reasons: closure.closureReasons as PendingClosure['reasons'],
      requestedByName: closure.requestedByName,
      requestedAt: closure.requestedAt.toISOString(),
    }));
  }

  return {
    /** Opens a case at 接案 for a client the organisation serves, with its team. */
    async open(actor: Actor, input: OpenCase): Promise<CaseFile> {
      const organisationId = organisationOf(actor);
      if (!input.workerIds.includes(actor.accountId))
        throw invalidField('body.workerIds', {
          'zh-CN': '开案社工须为个案的负责社工之一',
          'en-US': 'You must be one of the case’s workers',
        });
      const station = await withScope(database, actor, (tx) =>
        stationInScope(tx, actor, input.stationId),
      );
      if (!station)
        throw invalidField('body.stationId', {
          'zh-CN': '站点不存在或不在您的工作范围内',
          'en-US': 'No such station in your scope',
        });
      if (station.status !== 'operating')
        throw invalidField('body.stationId', {
          'zh-CN': '该站点未在运营，不能开案',
          'en-US': 'The station is not operating',
        });
      const team = await checkedTeam(database, actor, input, station.regionCode);
      return withScope(database, actor, async (tx) => {
        const client = await deps.clients.loadServed(tx, actor, input.clientId, true).catch(() => {
          throw invalidField('body.clientId', {
            'zh-CN': '服务对象不存在，或本机构未获其接受服务的同意',
            'en-US': 'No such client consenting to your organisation’s service',
          });
        });
        if (client.mergedInto)
          throw invalidField('body.clientId', {
            'zh-CN': '该档案已合并到另一份档案，请在合并后的档案中开案',
            'en-US': 'This record was merged into another: open the case there',
          });
        // Two workers opening a case for the same client at once: the second waits and finds the first.
        await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${client.id}))`);
        const [already] = await tx
          .select({ id: cases.id })
          .from(cases)
          .where(
            and(
              eq(cases.clientId, client.id),
              eq(cases.organisationId, organisationId),
              inArray(cases.status, ['open', 'closure_requested']),
            ),
          );
        if (already) {
          const message = {
            'zh-CN': '该服务对象在本机构已有进行中的个案',
            'en-US': 'The client has an open case with your organisation already',
          };
          throw conflict(message, [{ path: 'body.clientId', message }]);
        }
        const id = newId();
        const [row] = await tx
          .insert(cases)
          .values({
            id,
            regionCode: station.regionCode,
            clientId: client.id,
            organisationId,
            stationId: station.id,
            supervisorId: team.supervisor.id,
            supervisorName: team.supervisor.name,
            riskLevel: client.riskLevel,
            populationGroups: client.populationGroups,
            openedOn: today(),
            createdBy: actor.accountId,
          })
          .returning();
        await writeTeam(tx, actor, id, station.regionCode, team);
        await recordAudit(tx, actor, {
          action: 'create',
          entityType: caseEntityType,
          entityId: id,
          regionCode: station.regionCode,
        });
        await event(tx, actor, row!, 'opened', { stage: 'intake', note: teamNote(team) });
        return files.fileOf(tx, actor, await load(tx, actor, id));
      });
    },

    /** 接案记录: taken in, or not taken (which closes the case as not taken). */
    recordIntake(actor: Actor, id: string, input: IntakeInput) {
      return working(actor, id, async (tx, { row }) => {
        mustBeVersion(row, input.version);
        if (row.stage !== 'intake') {
          const message = {
            'zh-CN': '接案记录只能在接案阶段填写',
            'en-US': 'The intake is recorded at the intake stage',
          };
          throw conflict(message, [{ path: 'stage', message }]);
        }
        const problems = workDayProblems('intakeOn', '接案日期', input.intakeOn, null, today());
        if (input.decision === 'declined' && input.disposition === 'referred' && !input.referredTo)
          problems.push({
            field: 'referredTo',
            message: {
              'zh-CN': '转介时请填写转介至何处',
              'en-US': 'Say where the client was referred',
            },
          });
        refuseProblems(problems);
        const declined = input.decision === 'declined';
        await save(
          tx,
          actor,
          row,
          {
            intakeOn: input.intakeOn,
            intakeSource: input.source,
            presentingProblem: input.presentingProblem,
            intakeDecision: input.decision,
            declineReason: declined ? input.declineReason : null,
            declineDisposition: declined ? input.disposition : null,
            declineReferredTo: declined ? (input.referredTo ?? null) : null,
            ...(declined ? { status: 'not_taken', closedOn: input.intakeOn } : {}),
          },
          auditNote('case_intake_recorded', { decision: input.decision }),
        );
        if (row.intakeDecision !== input.decision)
          await event(tx, actor, row, declined ? 'intake_declined' : 'intake_accepted', {
            stage: 'intake',
            note: declined ? input.declineReason : null,
          });
      });
    },

    /** Opens the next stage: refused when a stage is skipped or the current one lacks its record. */
    advance(actor: Actor, id: string, input: { to: CaseWorkStage; version: number }) {
      return working(actor, id, async (tx, { row }) => {
        mustBeVersion(row, input.version);
        const problem = gateProblem(await gateFacts(tx, row), input.to);
        if (problem) refuseProblems([{ ...problem, conflict: true }]);
        await save(
          tx,
          actor,
          row,
          { stage: input.to },
          auditNote('case_stage_opened', { stage: input.to }),
        );
        await event(tx, actor, row, 'stage_opened', { stage: input.to });
      });
    },

    /** 预估 on a form of the code; its risk becomes the case's. */
    addAssessment(actor: Actor, id: string, input: AssessmentInput) {
      return working(actor, id, async (tx, loaded) => {
        const { row } = loaded;
        mustReach(loaded, 'assessment', notYetMessage('assessment'));
        refuseProblems(assessmentProblems(input, row.intakeOn, today()));
        const form = assessmentForms.find((f) => f.code === input.formCode)!;
        const byDomain = new Map(input.scores.map((s) => [s.domain, s]));
        const assessmentId = newId();
        await tx.insert(caseAssessments).values({
          id: assessmentId,
          caseId: row.id,
          regionCode: row.regionCode,
          formCode: form.code,
          assessedOn: input.assessedOn,
          riskLevel: input.riskLevel,
          domainScores: form.domains.map((d) => byDomain.get(d.code)!),
          assessmentSummary: input.summary ?? null,
          recordedBy: actor.accountId,
          recordedByName: actor.realName,
        });
        await auditAdded(
          tx,
          actor,
          row,
          auditNote('case_assessment_recorded', { assessment: assessmentId, form: form.code }),
        );
        if (row.riskLevel !== input.riskLevel)
          await save(
            tx,
            actor,
            row,
            { riskLevel: input.riskLevel },
            auditNote('case_assessment_recorded', { assessment: assessmentId, form: form.code }),
          );
      });
    },

    /** A goal of the plan (计划) with its first tasks. */
    addGoal(actor: Actor, id: string, input: GoalInput) {
      return working(actor, id, async (tx, loaded) => {
        const { row } = loaded;
        mustReach(loaded, 'planning', notYetMessage('planning'));
        const problems = taskProblems(input.tasks, row.intakeOn, 'tasks.');
        if (input.domain && !domainCodes.has(input.domain))
          problems.push({
            field: 'domain',
            message: { 'zh-CN': '预估表中没有该项', 'en-US': 'Not a domain of any form' },
          });
        refuseProblems(problems);
        const goalId = newId();
        await tx.insert(caseGoals).values({
          id: goalId,
          caseId: row.id,
          regionCode: row.regionCode,
          goalTitle: input.title,
          domain: input.domain ?? null,
          createdBy: actor.accountId,
        });
        if (input.tasks.length > 0)
          await tx.insert(caseTasks).values(
            input.tasks.map((task) => ({
              id: newId(),
              goalId,
              caseId: row.id,
              regionCode: row.regionCode,
              taskTitle: task.title,
              dueOn: task.dueOn,
            })),
          );
        await auditAdded(tx, actor, row, auditNote('case_goal_added', { goal: goalId }));
      });
    },

    addTask(actor: Actor, id: string, input: TaskInput) {
      return working(actor, id, async (tx, loaded) => {
        const { row } = loaded;
        mustReach(loaded, 'planning', notYetMessage('planning'));
        if (!(await goalIdsOf(tx, row.id)).includes(input.goalId))
          throw invalidField('body.goalId', {
            'zh-CN': '该目标不属于本个案的服务计划',
            'en-US': 'Not a goal of this case’s plan',
          });
        refuseProblems(
          taskProblems([input], row.intakeOn, '').map((p) => ({ ...p, field: 'dueOn' })),
        );
        const taskId = newId();
        await tx.insert(caseTasks).values({
          id: taskId,
          goalId: input.goalId,
          caseId: row.id,
          regionCode: row.regionCode,
          taskTitle: input.title,
          dueOn: input.dueOn,
        });
        await auditAdded(tx, actor, row, auditNote('case_task_added', { task: taskId }));
      });
    },

    /** A task done, or undone again. */
    markTask(actor: Actor, id: string, taskId: string, input: { done: boolean; version: number }) {
      return working(actor, id, async (tx, { row }) => {
        const updated = await tx
          .update(caseTasks)
          .set({
            doneOn: input.done ? today() : null,
            version: sql`${caseTasks.version} + 1`,
            updatedAt: clock(),
          })
          .where(
            and(
              eq(caseTasks.id, taskId),
              eq(caseTasks.caseId, row.id),
              eq(caseTasks.version, input.version),
            ),
          )
          .returning({ id: caseTasks.id });
        if (updated.length === 0) {
          const [exists] = await tx
            .select({ id: caseTasks.id })
            .from(caseTasks)
            .where(and(eq(caseTasks.id, taskId), eq(caseTasks.caseId, row.id)));
          if (!exists) throw notFound({ 'zh-CN': '服务任务', 'en-US': 'Task' });
          mustBeVersion({ version: -1 }, input.version);
        }
        await recordAudit(tx, actor, {
          action: 'update',
          entityType: caseEntityType,
          entityId: row.id,
          regionCode: row.regionCode,
          detail: auditNote('case_task_marked', { task: taskId, done: input.done }),
        });
      });
    },

    /** 服务记录: a contact, never in the future, never longer than a day. */
    addContact(actor: Actor, id: string, input: ContactInput) {
      return working(actor, id, async (tx, loaded) => {
        const { row } = loaded;
        mustReach(loaded, 'intervention', notYetMessage('intervention'));
        refuseProblems(contactProblems(input, clock(), row.intakeOn));
        const contactId = newId();
        await tx.insert(caseContacts).values({
          id: contactId,
          caseId: row.id,
          regionCode: row.regionCode,
          occurredAt: new Date(input.occurredAt),
          durationMinutes: input.durationMinutes,
          medium: input.medium,
          attempted: input.attempted,
          contactNotes: input.content,
          recordedBy: actor.accountId,
          recordedByName: actor.realName,
        });
        await auditAdded(
          tx,
          actor,
          row,
          auditNote('case_contact_recorded', { contact: contactId }),
        );
      });
    },

    /** 评估: every goal of the plan, how far it was reached. */
    addEvaluation(actor: Actor, id: string, input: EvaluationInput) {
      return working(actor, id, async (tx, loaded) => {
        const { row } = loaded;
        mustReach(loaded, 'evaluation', notYetMessage('evaluation'));
        refuseProblems(
          evaluationProblems(input, await goalIdsOf(tx, row.id), row.intakeOn, today()),
        );
        const evaluationId = newId();
        await tx.insert(caseEvaluations).values({
          id: evaluationId,
          caseId: row.id,
          regionCode: row.regionCode,
          evaluatedOn: input.evaluatedOn,
          goalResults: input.goals.map((g) => ({ ...g, note: g.note ?? null })),
          evaluationSummary: input.summary,
          recordedBy: actor.accountId,
          recordedByName: actor.realName,
        });
        await auditAdded(
          tx,
          actor,
          row,
          auditNote('case_evaluation_recorded', { evaluation: evaluationId }),
        );
      });
    },

    /** 结案 requested by a worker after the evaluation; the supervisor answers it. */
    requestClosure(actor: Actor, id: string, input: ClosureRequest) {
      return working(actor, id, async (tx, loaded) => {
        const { row } = loaded;
        mustBeVersion(row, input.version);
        mustReach(loaded, 'evaluation', {
          'zh-CN': '结案前须完成评估阶段',
          'en-US': 'A case closes after its evaluation',
        });
        if ((await gateFacts(tx, row)).evaluations === 0) {
          const message = {
            'zh-CN': '结案前须记录对服务目标的评估',
            'en-US': 'Record the evaluation of the goals before closing',
          };
          throw conflict(message, [{ path: 'evaluation', message }]);
        }
        const closureId = newId();
        await tx.insert(caseClosures).values({
          id: closureId,
          caseId: row.id,
          regionCode: row.regionCode,
          closureReasons: [...new Set(input.reasons)],
          closureSummary: input.summary,
          requestedBy: actor.accountId,
          requestedByName: actor.realName,
          requestedAt: clock(),
        });
        await save(
          tx,
          actor,
          row,
          { stage: 'closure', status: 'closure_requested' },
          auditNote('case_closure_requested', { closure: closureId }),
        );
        await event(tx, actor, row, 'closure_requested', { stage: 'closure' });
      });
    },

    /** The supervisor's answer to a closure request: approved (the case closes) or sent back. */
    async decideClosure(
      actor: Actor,
      id: string,
      input: { version: number } & (
        { approve: true; note?: string | null } | { approve: false; reason: string }
      ),
    ): Promise<CaseFile> {
      return withScope(database, actor, async (tx) => {
        const { row } = await load(tx, actor, id, true);
        if (row.supervisorId !== actor.accountId)
          throw onlyFor({
            'zh-CN': '只有本个案的督导可以审批结案',
            'en-US': 'Only the case’s supervisor answers a closure request',
          });
        const [pending] = await tx
          .select()
          .from(caseClosures)
          .where(and(eq(caseClosures.caseId, row.id), eq(caseClosures.decision, 'pending')));
        if (row.status !== 'closure_requested' || !pending) {
          const message = {
            'zh-CN': '没有待审批的结案申请',
            'en-US': 'No closure awaits approval',
          };
          throw conflict(message, [{ path: 'status', message }]);
        }
        if (pending.requestedBy === actor.accountId)
          throw onlyFor({
            'zh-CN': '不能审批自己提交的结案申请',
            'en-US': 'A closure is approved by someone else than who requested it',
          });
        mustBeVersion(row, input.version);
        const note = input.approve ? (input.note ?? null) : input.reason;
        await tx
          .update(caseClosures)
          .set({
            decision: input.approve ? 'approved' : 'rejected',
            decidedBy: actor.accountId,
            decidedByName: actor.realName,
            decidedAt: clock(),
            decisionNote: note,
          })
          .where(eq(caseClosures.id, pending.id));
        if (input.approve) {
          await save(
            tx,
            actor,
            row,
            { status: 'closed', closedOn: today() },
            auditNote('case_closure_approved', { closure: pending.id }),
          );
          await event(tx, actor, row, 'closure_approved', { stage: 'closure', note });
        } else {
          await save(
            tx,
            actor,
            row,
            { status: 'open', stage: 'evaluation' },
            auditNote('case_closure_rejected', { closure: pending.id }),
          );
          await event(tx, actor, row, 'closure_rejected', { stage: 'evaluation', note });
        }
        return files.fileOf(tx, actor, await load(tx, actor, id));
      });
    },

    /** A closed case opened again, with a reason, back at 介入. */
    async reopen(actor: Actor, id: string, input: { version: number; reason: string }) {
      return withScope(database, actor, async (tx) => {
        const loaded = await load(tx, actor, id, true);
        const { row } = loaded;
        if (loaded.relation !== 'worker' && loaded.relation !== 'supervisor')
          throw onlyFor(teamOnly);
        if (row.status !== 'closed') {
          const message: LocalizedText =
            row.status === 'not_taken'
              ? {
                  'zh-CN': '未予接案的个案不能重新开案，请另行开案',
                  'en-US': 'A case not taken is not reopened: open a new one',
                }
              : { 'zh-CN': '个案尚未结案', 'en-US': 'The case is not closed' };
          throw conflict(message, [{ path: 'status', message }]);
        }
        mustBeVersion(row, input.version);
        await save(
          tx,
          actor,
          row,
          { status: 'open', stage: 'intervention', closedOn: null },
          auditNote('case_reopened'),
        );
        await event(tx, actor, row, 'reopened', { stage: 'intervention', note: input.reason });
        return files.fileOf(tx, actor, await load(tx, actor, id));
      });
    },

    /** A new team: by a worker of the case or its supervisor, while it is not closed. */
    async changeTeam(actor: Actor, id: string, input: CaseTeam): Promise<CaseFile> {
      const mayChange = (loaded: LoadedCase) => {
        if (loaded.relation !== 'worker' && loaded.relation !== 'supervisor')
          throw onlyFor(teamOnly);
        if (!['open', 'closure_requested'].includes(loaded.row.status)) {
          const message = {
            'zh-CN': '已结案或未予接案的个案不能调整团队',
            'en-US': 'The team of a closed case stays as it was',
          };
          throw conflict(message, [{ path: 'status', message }]);
        }
      };
      const region = await withScope(database, actor, async (tx) => {
        const loaded = await load(tx, actor, id);
        mayChange(loaded);
        return loaded.row.regionCode;
      });
      const team = await checkedTeam(database, actor, input, region);
      return withScope(database, actor, async (tx) => {
        const loaded = await load(tx, actor, id, true);
        mayChange(loaded);
        mustBeVersion(loaded.row, input.version);
        await writeTeam(tx, actor, id, loaded.row.regionCode, team);
        await save(
          tx,
          actor,
          loaded.row,
          { supervisorId: team.supervisor.id, supervisorName: team.supervisor.name },
          auditNote('case_team_changed'),
        );
        await event(tx, actor, loaded.row, 'team_changed', { note: teamNote(team) });
        return files.fileOf(tx, actor, await load(tx, actor, id));
      });
    },

    /** The case file; every read is audited. A colleague outside the team sees the summary alone. */
    async get(actor: Actor, id: string): Promise<CaseFile> {
      return withScope(database, actor, async (tx) => {
        const loaded = await load(tx, actor, id);
        await recordAudit(tx, actor, {
          action: 'read',
          entityType: caseEntityType,
          entityId: id,
          regionCode: loaded.row.regionCode,
        });
        return files.fileOf(tx, actor, loaded);
      });
    },

    /**
     * An officer opens a case file their work does not give them: the reason goes into the audit
     * trail of the case and of the client, whose records show it.
     */
    async openFile(actor: Actor, id: string, reason: string): Promise<CaseFile> {
      return withScope(database, actor, async (tx) => {
        const loaded = await files.loadInScope(tx, actor, id);
        for (const [entityType, entityId] of [
          [caseEntityType, id],
          ['client', loaded.row.clientId],
        ] as const)
          await recordAudit(tx, actor, {
            action: 'read',
            entityType,
            entityId,
            regionCode: loaded.row.regionCode,
            detail: auditNote('file_opened', { reason }),
          });
        return files.fileOf(tx, actor, loaded);
      });
    },

    /** The cases the actor works on or supervises (an administrator: the organisation's), newest first. */
    async list(actor: Actor, query: CaseListQuery) {
      const organisationId = organisationOf(actor);
      const after = query.cursor ? idCursor.decode(query.cursor) : null;
      return withScope(database, actor, async (tx) => {
        const rows = await tx
          .select()
          .from(cases)
          .where(
            and(
              inRegionScope(cases.regionCode, actor),
              eq(cases.organisationId, organisationId),
              membership(actor, query.role),
              query.stage ? eq(cases.stage, query.stage) : undefined,
              query.status ? eq(cases.status, query.status) : undefined,
              query.stationId ? eq(cases.stationId, query.stationId) : undefined,
              query.clientId ? eq(cases.clientId, query.clientId) : undefined,
              after ? lt(cases.id, after) : undefined,
            ),
          )
          .orderBy(desc(cases.id))
          .limit(query.limit + 1);
        const page = rows.slice(0, query.limit);
        return {
          items: await files.summaries(tx, actor, await loadMany(tx, actor, page)),
          nextCursor:
            rows.length > query.limit && page.length > 0 ? idCursor.encode(page.at(-1)!.id) : null,
        };
      });
    },

    /** The social worker's desk: caseload, tasks due, re-assessments due, closures to approve. */
    async desk(actor: Actor): Promise<CaseDesk> {
      const organisationId = organisationOf(actor);
      const now = today();
      return withScope(database, actor, async (tx) => {
        const mine = and(
          inRegionScope(cases.regionCode, actor),
          eq(cases.organisationId, organisationId),
          membership(actor, 'worker'),
        );
        const [rows, tasks, approvals] = await Promise.all([
          // The caseload: open cases and those whose closure awaits the supervisor.
          tx
            .select()
            .from(cases)
            .where(and(mine, inArray(cases.status, ['open', 'closure_requested'])))
            .orderBy(desc(cases.id))
            .limit(200),
          tx
            .select({
              caseId: caseTasks.caseId,
              clientId: cases.clientId,
              taskId: caseTasks.id,
              title: caseTasks.taskTitle,
              dueOn: caseTasks.dueOn,
            })
            .from(caseTasks)
            .innerJoin(cases, eq(cases.id, caseTasks.caseId))
            .where(
              and(
                mine,
                eq(cases.status, 'open'),
                isNull(caseTasks.doneOn),
                lte(caseTasks.dueOn, addDays(now, 7)),
              ),
            )
            .orderBy(asc(caseTasks.dueOn), asc(caseTasks.id))
            .limit(100),
          pendingClosuresOf(tx, actor),
        ]);
        const caseload = await files.summaries(tx, actor, await loadMany(tx, actor, rows));
        const nameOf = new Map(caseload.map((c) => [c.id, c.clientName]));
        const reassessments = caseload
          .filter((c) => c.reassessment && c.reassessment.dueOn <= addDays(now, 30))
          .map((c) => ({
            caseId: c.id,
            clientName: c.clientName,
            dueOn: c.reassessment!.dueOn,
            overdue: c.reassessment!.overdue,
          }))
          .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
        return {
          counts: {
            open: caseload.filter((c) => c.status === 'open').length,
            closureRequested: caseload.filter((c) => c.status === 'closure_requested').length,
            awaitingMyApproval: approvals.length,
            tasksDue: tasks.length,
            overdueReassessments: reassessments.filter((r) => r.overdue).length,
          },
          caseload,
          tasksDue: tasks.map((t) => ({
            caseId: t.caseId,
            clientName: nameOf.get(t.caseId) ?? '—',
            taskId: t.taskId,
            title: t.title,
            dueOn: t.dueOn,
            overdue: t.dueOn < now,
          })),
          reassessments,
          approvals,
        };
      });
    },

    /** Closure requests waiting for the actor's approval as supervisor. */
    pendingClosures(actor: Actor) {
      return withScope(database, actor, (tx) => pendingClosuresOf(tx, actor));
    },

    /** Social workers of the actor's organisation, to pick a team from. */
    colleagues(actor: Actor) {
      return colleaguesOf(database, actor);
    },

    /** Operating stations in scope, to open a case at. */
    async stationOptions(actor: Actor, q?: string): Promise<StationOption[]> {
      const { items } = await stations.list(actor, {
        page: 1,
        pageSize: 20,
        status: 'operating',
        ...(q ? { q } : {}),
      });
      return items.map((s) => ({
        id: s.id,
        name: s.name,
        regionCode: s.regionCode,
        regionName: s.regionName,
      }));
    },

    /** For the referral module: a case the actor carries and may work on now; 404 otherwise. */
    async loadWorkable(tx: Transaction, actor: Actor, caseId: string): Promise<WorkableCase> {
      const loaded = await load(tx, actor, caseId).catch(() => null);
      if (!loaded || loaded.relation !== 'worker' || loaded.row.status !== 'open')
        throw notFound(caseEntity);
      const { row } = loaded;
      return {
        id: row.id,
        clientId: row.clientId,
        organisationId: row.organisationId,
        stationId: row.stationId,
        regionCode: row.regionCode,
        stage: row.stage as CaseWorkStage,
      };
    },

    /**
     * For the referral module: a referral sent from the case (by a worker who may work on it: 404
     * otherwise) or returned to it with its result (回转, reported by the receiver, whom the
     * referral module vouches for). A receiver whose scope does not reach the case's station (an
     * organisation of another county) cannot write to the case under row-level security: the
     * return is then not put on the timeline (false) rather than refusing the receiver's report —
     * the referral itself keeps the result, and the case file's referrals section shows it.
     */
    async recordReferralEvent(
      tx: Transaction,
      actor: Actor,
      caseId: string,
      input: ReferralEvent,
    ): Promise<boolean> {
      const row =
        input.kind === 'referral_sent'
          ? await load(tx, actor, caseId, true).then(
              (loaded) =>
                loaded.relation === 'worker' && loaded.row.status === 'open' ? loaded.row : null,
              () => null,
            )
          : (
              await tx
                .select()
                .from(cases)
                .where(and(eq(cases.id, caseId), inRegionScope(cases.regionCode, actor)))
            )[0];
      if (!row) {
        if (input.kind === 'referral_returned') return false;
        throw notFound(caseEntity);
      }
      await event(tx, actor, row, input.kind, {
        stage: row.stage,
        note: input.note,
        referralId: input.referralId,
      });
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: caseEntityType,
        entityId: row.id,
        regionCode: row.regionCode,
        detail: auditNote('case_referral_event', { kind: input.kind, referral: input.referralId }),
      });
      return true;
    },
  };
}

export type CaseworkService = ReturnType<typeof createCaseworkService>;
