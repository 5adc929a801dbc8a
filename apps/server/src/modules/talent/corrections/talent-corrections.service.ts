import { and, count, eq, ne, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import {
  auditNote,
  certificateLevels,
  chinaToday,
  type Certificate,
  type DeleteRecord,
  type LocalizedText,
  type UpdateCertificate,
  type UpdateCreditEntry,
  type UpdateExamScore,
} from '@shegong/domain';
import type { Database, Transaction } from '../../../db/connection';
import type { Actor } from '../../../platform/access/actor';
import { inRegionScope, withScope } from '../../../platform/access/region-scope';
import { changedFields, recordAudit } from '../../../platform/audit/audit';
import type { Clock } from '../../../platform/clock';
import { AppError, conflict, notFound } from '../../../platform/errors/app-error';
import { refuseProblems } from '../../../platform/errors/rule-problems';
import {
  certificateProblems,
  type CertificateContext,
  type HeldCertificate,
  type LevelledScore,
} from '../certification/certificate-rules';
import { certificates, examScores, registrations } from '../certification/certification.table';
import { creditEntries } from '../education/education.table';
import { presentExam, type CertificationService } from '../certification/certification.service';
import { presentCreditEntry } from '../education/credit-ledger';
import { examScoreProblems, examScoreTakenProblems } from '../certification/exam-score-rules';
import { creditEntriesAt, creditKeyOf } from '../education/credit-records';
import { creditEntryProblems, entryOnRecordProblem } from '../education/credit-rules';
import { rewardGrants } from '../rewards/rewards.table';
import type { WorkerRow, WorkerService } from '../registry/workers.service';

function invalid(path: string, message: LocalizedText): AppError {
  return new AppError('VALIDATION_FAILED', { fields: path }, [{ path, message }]);
}

const levelName = (level: string) =>
  certificateLevels.find((l) => l.code === level)?.['zh-CN'] ?? level;

/**
 * Corrections of what was entered by hand (更正与删除): exam scores, certificates and the hours
 * ledger. Each change is checked against the same rules as the entry it corrects, applied to the
 * worker's records as they would stand afterwards; each leaves its before and after in the audit log.
 */
export function createTalentCorrectionService(deps: {
  database: Database;
  workers: WorkerService;
  certification: CertificationService;
  clock: Clock;
}) {
  const { database, workers: registry, certification, clock } = deps;
  const today = () => chinaToday(clock());

  /** A row of a worker-owned table inside the caller's scope, with its worker; 404 otherwise. */
  async function loadOwned<T extends { workerId: string; regionCode: string; version: number }>(
    tx: Transaction,
    actor: Actor,
    table: PgTable & { id: PgColumn; regionCode: PgColumn },
    id: string,
    entity: LocalizedText,
    version: number,
  ): Promise<{ row: T; worker: WorkerRow }> {
    const [row] = (await tx
      .select()
      .from(table)
      .where(and(eq(table.id, id), inRegionScope(table.regionCode, actor)))) as T[];
    if (!row) throw notFound(entity);
    const worker = await registry.loadRow(tx, actor, row.workerId);
    if (row.version !== version) throw new AppError('VERSION_CONFLICT');
    return { row, worker };
  }

  const contextOf = (
    worker: WorkerRow,
    held: readonly HeldCertificate[],
    scores: readonly LevelledScore[],
  ): CertificateContext => ({ birthDate: worker.birthDate, held, scores, today: today() });

  /**
   * The first certificate of a set that breaks the rules, checked against the rest of the set: after
   * a correction every certificate must still stand (a senior one keeps its intermediate one, scores
   * still pass the level by the certificate's year).
   */
  function firstBroken(
    set: readonly HeldCertificate[],
    worker: WorkerRow,
    scores: readonly LevelledScore[],
  ) {
    for (const candidate of set) {
      const others = set.filter((c) => c !== candidate);
      const [problem] = certificateProblems(candidate, contextOf(worker, others, scores));
      if (problem) return { certificate: candidate, problem };
    }
    return null;
  }

  // ---- exam scores -------------------------------------------------------------------------

  const examEntity = { 'zh-CN': '考试成绩', 'en-US': 'Exam score' };

  /** Certificates resting on the scores must still be passed by them once the change is made. */
  function assertScoresStillCarry(
    worker: WorkerRow,
    held: readonly Certificate[],
    scores: readonly LevelledScore[],
    path: string,
  ) {
    const broken = firstBroken(held, worker, scores);
    if (broken) {
      const { level, certifiedOn } = broken.certificate;
      const message = {
        'zh-CN': `更改后，已登记的${levelName(level)}证书（${certifiedOn}）将不再满足考试通过条件`,
        'en-US': `The ${level} certificate of ${certifiedOn} would no longer be carried by the scores`,
      };
      throw conflict(message, [{ path, message }]);
    }
  }

  async function updateExamScore(actor: Actor, id: string, input: UpdateExamScore) {
    return withScope(database, actor, async (tx) => {
      const { row: before, worker } = await loadOwned<typeof examScores.$inferSelect>(
        tx,
        actor,
        examScores,
        id,
        examEntity,
        input.version,
      );
      const { version, ...fields } = input;
      const merged = { ...before, ...fields };
      refuseProblems(examScoreProblems(merged, today()));
      refuseProblems(await examScoreTakenProblems(tx, before.workerId, merged, id));
      const scores = (await certification.examsOf(tx, before.workerId)).map((s) =>
        s.id === id ? merged : s,
      );
      assertScoresStillCarry(
        worker,
        await certification.certificatesOf(tx, before.workerId),
        scores,
        'body.score',
      );
      const after = await saveRow(tx, actor, examScores, 'exam_score', before, version, fields);
      return presentExam(after);
    });
  }

  async function deleteExamScore(actor: Actor, id: string, input: DeleteRecord) {
    await withScope(database, actor, async (tx) => {
      const { row: before, worker } = await loadOwned<typeof examScores.$inferSelect>(
        tx,
        actor,
        examScores,
        id,
        examEntity,
        input.version,
      );
      const scores = (await certification.examsOf(tx, before.workerId)).filter((s) => s.id !== id);
      assertScoresStillCarry(
        worker,
        await certification.certificatesOf(tx, before.workerId),
        scores,
        'body.version',
      );
      await removeRow(tx, actor, examScores, 'exam_score', before, input);
    });
  }

  /** Deletes a row read at `input.version` and records it whole, with the reason, in the audit log. */
  async function removeRow(
    tx: Transaction,
    actor: Actor,
    table: typeof examScores | typeof certificates | typeof creditEntries,
    entityType: string,
    before: { id: string; regionCode: string } & Record<string, unknown>,
    input: DeleteRecord,
  ) {
    const removed = await tx
      .delete(table)
      .where(and(eq(table.id, before.id), eq(table.version, input.version)))
      .returning({ id: table.id });
    if (removed.length === 0) throw new AppError('VERSION_CONFLICT');
    await recordAudit(tx, actor, {
      action: 'delete',
      entityType,
      entityId: before.id,
      regionCode: before.regionCode,
      changes: changedFields(before, null),
      detail: auditNote('correction', { reason: input.reason }),
    });
  }

  /** Writes the corrected fields of a row read at `version` and audits the change. */
  async function saveRow<T extends typeof examScores | typeof certificates | typeof creditEntries>(
    tx: Transaction,
    actor: Actor,
    table: T,
    entityType: string,
    before: T['$inferSelect'],
    version: number,
    fields: Partial<T['$inferInsert']>,
  ): Promise<T['$inferSelect']> {
    const [after] = (await tx
      .update(table as typeof examScores)
      .set({ ...fields, version: sql`${table.version} + 1` })
      .where(and(eq(table.id, before.id), eq(table.version, version)))
      .returning()) as T['$inferSelect'][];
    if (!after) throw new AppError('VERSION_CONFLICT');
    await recordAudit(tx, actor, {
      action: 'update',
      entityType,
      entityId: before.id,
      regionCode: after.regionCode,
      changes: changedFields(before, after),
    });
    return after;
  }

  // ---- certificates ------------------------------------------------------------------------

  const certificateEntity = { 'zh-CN': '证书', 'en-US': 'Certificate' };

  /** What rests on a certificate: its registrations, and reward grants for its level not refused. */
  async function dependentsOf(tx: Transaction, certificate: typeof certificates.$inferSelect) {
    const [registered] = await tx
      .select({ n: count() })
      .from(registrations)
      .where(eq(registrations.certificateId, certificate.id));
    const [rewarded] = await tx
      .select({ n: count() })
      .from(rewardGrants)
      .where(
        and(
          eq(rewardGrants.workerId, certificate.workerId),
          eq(rewardGrants.level, certificate.level),
          ne(rewardGrants.status, 'rejected'),
        ),
      );
    return { registrations: registered?.n ?? 0, rewards: rewarded?.n ?? 0 };
  }

  function dependentConflict(
    what: { registrations: number; rewards: number },
    doing: LocalizedText,
    path: string,
  ) {
    const message =
      what.registrations > 0
        ? {
            'zh-CN': `该证书已有 ${what.registrations} 条登记记录，不能${doing['zh-CN']}`,
            'en-US': `${what.registrations} registration(s) rest on this certificate: it cannot be ${doing['en-US']}`,
          }
        : {
            'zh-CN': `该级别已有持证奖励申请，不能${doing['zh-CN']}`,
            'en-US': `A reward for this level rests on this certificate: it cannot be ${doing['en-US']}`,
          };
    return conflict(message, [{ path, message }]);
  }

  async function updateCertificate(
    actor: Actor,
    id: string,
    input: UpdateCertificate,
  ): Promise<Certificate> {
    return withScope(database, actor, async (tx) => {
      const { row: before, worker } = await loadOwned<typeof certificates.$inferSelect>(
        tx,
        actor,
        certificates,
        id,
        certificateEntity,
        input.version,
      );
      const { version, ...fields } = input;
      const merged = { ...before, ...fields };
      if (merged.level !== before.level) {
        const dependents = await dependentsOf(tx, before);
        if (dependents.registrations > 0 || dependents.rewards > 0)
          throw dependentConflict(
            dependents,
            { 'zh-CN': '更改级别', 'en-US': 'given another level' },
            'body.level',
          );
      }
      if (merged.certifiedOn !== before.certifiedOn) {
        // A registration was applied for after the certificate: the date cannot move past it.
        const [first] = await tx
          .select({ appliedOn: sql<string>`min(${registrations.appliedOn})` })
          .from(registrations)
          .where(eq(registrations.certificateId, id));
        if (first?.appliedOn && merged.certifiedOn > first.appliedOn)
          throw invalid('body.certifiedOn', {
            'zh-CN': `发证日期不能晚于该证书的登记申请日期（${first.appliedOn}）`,
            'en-US': `The date cannot follow the certificate's registration application (${first.appliedOn})`,
          });
      }
      const held = await certification.certificatesOf(tx, before.workerId);
      const others = held.filter((c) => c.id !== id);
      const scores = await certification.examsOf(tx, before.workerId);
      refuseProblems(certificateProblems(merged, contextOf(worker, others, scores)));
      const broken = firstBroken([...others, merged], worker, scores);
      if (broken) {
        const message = {
          'zh-CN': `更改后，${levelName(broken.certificate.level)}证书将不符合规则：${broken.problem.message['zh-CN']}`,
          'en-US': `The ${broken.certificate.level} certificate would break the rules: ${broken.problem.message['en-US']}`,
        };
        throw conflict(message, [{ path: 'body.certifiedOn', message }]);
      }
      await saveRow(tx, actor, certificates, 'certificate', before, version, fields);
      return (await certification.certificatesOf(tx, before.workerId)).find((c) => c.id === id)!;
    });
  }

  async function deleteCertificate(actor: Actor, id: string, input: DeleteRecord) {
    await withScope(database, actor, async (tx) => {
      const { row: before, worker } = await loadOwned<typeof certificates.$inferSelect>(
        tx,
        actor,
        certificates,
        id,
        certificateEntity,
        input.version,
      );
      const dependents = await dependentsOf(tx, before);
      if (dependents.registrations > 0 || dependents.rewards > 0)
        throw dependentConflict(
          dependents,
          { 'zh-CN': '删除', 'en-US': 'deleted' },
          'body.version',
        );
      const remaining = (await certification.certificatesOf(tx, before.workerId)).filter(
        (c) => c.id !== id,
      );
      const broken = firstBroken(
        remaining,
        worker,
        await certification.examsOf(tx, before.workerId),
      );
      if (broken) {
        const message = {
          'zh-CN': `删除后，${levelName(broken.certificate.level)}证书将不符合规则：${broken.problem.message['zh-CN']}`,
          'en-US': `The ${broken.certificate.level} certificate would break the rules: ${broken.problem.message['en-US']}`,
        };
        throw conflict(message, [{ path: 'body.version', message }]);
      }
      await removeRow(tx, actor, certificates, 'certificate', before, input);
    });
  }

  // ---- the hours ledger --------------------------------------------------------------------

  const creditEntity = { 'zh-CN': '学时记录', 'en-US': 'Hours entry' };

  /** Hours from a course follow its attendance record; they are corrected there. */
  function assertNotFromCourse(entry: typeof creditEntries.$inferSelect) {
    if (entry.enrolmentId !== null) {
      const message = {
        'zh-CN': '课程学时由课程考勤生成，请在课程考勤中更正',
        'en-US': 'Course hours follow the course attendance: correct them there',
      };
      throw conflict(message, [{ path: 'body.version', message }]);
    }
  }

  /** A corrected entry follows the rules of entering one: the day, and one entry per key. */
  async function updateCredit(actor: Actor, id: string, input: UpdateCreditEntry) {
    return withScope(database, actor, async (tx) => {
      const { row: before } = await loadOwned<typeof creditEntries.$inferSelect>(
        tx,
        actor,
        creditEntries,
        id,
        creditEntity,
        input.version,
      );
      assertNotFromCourse(before);
      const { version, ...fields } = input;
      const merged = { ...before, ...fields };
      refuseProblems(creditEntryProblems(merged, today()));
      const onRecord = (await creditEntriesAt(tx, [before.workerId], [merged.earnedOn])).get(
        creditKeyOf(before.workerId, merged),
      );
      if (onRecord && onRecord.id !== id) refuseProblems([entryOnRecordProblem(onRecord)]);
      const after = await saveRow(
        tx,
        actor,
        creditEntries,
        'credit_entry',
        before,
        version,
        fields,
      );
      return presentCreditEntry(after);
    });
  }

  async function deleteCredit(actor: Actor, id: string, input: DeleteRecord) {
    await withScope(database, actor, async (tx) => {
      const { row: before } = await loadOwned<typeof creditEntries.$inferSelect>(
        tx,
        actor,
        creditEntries,
        id,
        creditEntity,
        input.version,
      );
      assertNotFromCourse(before);
      await removeRow(tx, actor, creditEntries, 'credit_entry', before, input);
    });
  }

  return {
    updateExamScore,
    deleteExamScore,
    updateCertificate,
    deleteCertificate,
    updateCredit,
    deleteCredit,
  };
}

export type TalentCorrectionService = ReturnType<typeof createTalentCorrectionService>;
