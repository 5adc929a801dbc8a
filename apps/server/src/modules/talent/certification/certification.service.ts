import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import {
  addMonths,
  auditNote,
  ceHoursRequired,
  chinaToday,
  isWithin,
  registrationPeriod,
  registrationWindow,
  type Certificate,
  type CertificateInput,
  type CertificateLevel,
  type ExamLevel,
  type ExamScoreInput,
  type LocalizedText,
  type Registration,
  type RegistrationListQuery,
} from '@shegong/domain';
import type { Database, Transaction } from '../../../db/connection';
import { newId } from '../../../db/ids';
import type { Actor } from '../../../platform/access/actor';
import { startsWith } from '../../../db/text-prefix';
import { inRegionScope, withScope } from '../../../platform/access/region-scope';
import { changedFields, recordAudit } from '../../../platform/audit/audit';
import type { Clock } from '../../../platform/clock';
import { AppError, conflict, notFound } from '../../../platform/errors/app-error';
import { refuseProblems } from '../../../platform/errors/rule-problems';
import {
  certificates,
  examScores,
  registrationReviews,
  registrations,
} from './certification.table';
import { certificateRecordsOf } from './certificate-records';
import { certificateProblems } from './certificate-rules';
import { examScoreProblems, examScoreTakenProblems } from './exam-score-rules';
import { cycleHours } from '../education/credit-ledger';
import { nextReviewOf, withNextReview, type StoredRegistration } from './registration-next-review';
import { admitWorkerSearch } from '../registry/worker-search-guard';
import { workerSearch, type WorkerService } from '../registry/workers.service';
import { workers } from '../registry/workers.table';

function invalid(path: string, message: LocalizedText): AppError {
  return new AppError('VALIDATION_FAILED', { fields: path }, [{ path, message }]);
}

const inProgress = ['pending', 'first_review_passed'];

export const presentExam = (s: typeof examScores.$inferSelect) => ({
  id: s.id,
  level: s.level as ExamLevel,
  subject: s.subject,
  year: s.year,
  score: s.score,
  passMark: s.passMark,
  version: s.version,
});

const presentCertificate = (c: typeof certificates.$inferSelect): Certificate => ({
  id: c.id,
  level: c.level as CertificateLevel,
  certifiedOn: c.certifiedOn,
  year: Number(c.certifiedOn.slice(0, 4)),
  managementNumber: c.managementNumber,
  version: c.version,
});

/**
 * Certification (证书与登记): exam scores and their pass rules, certificates, and registrations
 * through first and final review — first registration within a year of certification, renewal
 * in the last three months with the cycle's continuing-education hours.
 */
export function createCertificationService(deps: {
  database: Database;
  workers: WorkerService;
  clock: Clock;
}) {
  const { database, workers: registry, clock } = deps;
  const today = () => chinaToday(clock());

  async function examsOf(tx: Transaction, workerId: string) {
    return tx
      .select()
      .from(examScores)
      .where(eq(examScores.workerId, workerId))
      .orderBy(asc(examScores.year), asc(examScores.subject));
  }

  async function certificatesOf(tx: Transaction, workerId: string) {
    return (
      await tx
        .select()
        .from(certificates)
        .where(eq(certificates.workerId, workerId))
        .orderBy(asc(certificates.certifiedOn))
    ).map(presentCertificate);
  }

  /** Records an exam score by the rules of `examScoreProblems`, as its correction does. */
  async function addExamScore(actor: Actor, workerId: string, input: ExamScoreInput) {
    refuseProblems(examScoreProblems(input, today()));
    return withScope(database, actor, async (tx) => {
      const worker = await registry.loadRow(tx, actor, workerId);
      refuseProblems(await examScoreTakenProblems(tx, workerId, input));
      const [row] = await tx
        .insert(examScores)
        .values({ id: newId(), workerId, regionCode: worker.regionCode, ...input })
        .returning();
      await recordAudit(tx, actor, {
        action: 'create',
        entityType: 'exam_score',
        entityId: row!.id,
        regionCode: worker.regionCode,
        changes: changedFields(null, row!),
      });
      return presentExam(row!);
    });
  }

  /** Records a certificate by the rules of `certificateProblems`, as the imports do. */
  async function addCertificate(
    actor: Actor,
    workerId: string,
    input: CertificateInput,
  ): Promise<Certificate> {
    return withScope(database, actor, async (tx) => {
      const worker = await registry.loadRow(tx, actor, workerId);
      const records = await certificateRecordsOf(tx, [workerId]);
      refuseProblems(certificateProblems(input, records.contextOf(worker, today())));
      const [row] = await tx
        .insert(certificates)
        .values({ id: newId(), workerId, regionCode: worker.regionCode, ...input })
        .returning();
      await recordAudit(tx, actor, {
        action: 'create',
        entityType: 'certificate',
        entityId: row!.id,
        regionCode: worker.regionCode,
        changes: changedFields(null, row!),
      });
      return presentCertificate(row!);
    });
  }

  async function presentRegistrations(
    tx: Transaction,
    rows: (typeof registrations.$inferSelect & { workerName: string; level: string })[],
  ): Promise<StoredRegistration[]> {
    const ids = rows.map((r) => r.id);
    const reviews = ids.length
      ? await tx
          .select()
          .from(registrationReviews)
          .where(inArray(registrationReviews.registrationId, ids))
          .orderBy(asc(registrationReviews.reviewedAt))
      : [];
    return rows.map((r) => ({
      id: r.id,
      workerId: r.workerId,
      workerName: r.workerName,
      certificateId: r.certificateId,
      level: r.level as CertificateLevel,
      kind: r.kind as Registration['kind'],
      status: r.status as Registration['status'],
      appliedOn: r.appliedOn,
      ceHours: r.ceHours,
      validFrom: r.validFrom,
      validUntil: r.validUntil,
      regionCode: r.regionCode,
      version: r.version,
      reviews: reviews
        .filter((v) => v.registrationId === r.id)
        .map((v) => ({
          stage: v.stage as 'first',
          outcome: v.outcome as 'pass',
          reviewerId: v.reviewerId,
          reviewerName: v.reviewerName,
          comment: v.comment,
          reviewedAt: v.reviewedAt.toISOString(),
        })),
    }));
  }

  const registrationColumns = {
    registration: registrations,
    workerName: workers.name,
    level: certificates.level,
  };
  const joined = (tx: Transaction) =>
    tx
      .select(registrationColumns)
      .from(registrations)
      .innerJoin(workers, eq(workers.id, registrations.workerId))
      .innerJoin(certificates, eq(certificates.id, registrations.certificateId));
  const flatten = (
    rows: { registration: typeof registrations.$inferSelect; workerName: string; level: string }[],
  ) => rows.map((r) => ({ ...r.registration, workerName: r.workerName, level: r.level }));

  async function registrationsOf(tx: Transaction, workerId: string) {
    return presentRegistrations(
      tx,
      flatten(
        await joined(tx)
          .where(eq(registrations.workerId, workerId))
          .orderBy(asc(registrations.appliedOn)),
      ),
    );
  }

  /** Applies for registration of a certificate, first or renewal, inside its window. */
  async function apply(
    actor: Actor,
    workerId: string,
    input: { certificateId: string; appliedOn?: string | undefined },
  ): Promise<Registration> {
    const appliedOn = input.appliedOn ?? today();
    if (appliedOn > today())
      throw invalid('body.appliedOn', {
        'zh-CN': '申请日期不能晚于今天',
        'en-US': 'The date is in the future',
      });
    return withScope(database, actor, async (tx) => {
      const worker = await registry.loadRow(tx, actor, workerId);
      const [certificate] = await tx
        .select()
        .from(certificates)
        .where(and(eq(certificates.id, input.certificateId), eq(certificates.workerId, workerId)));
      if (!certificate)
        throw invalid('body.certificateId', {
          'zh-CN': '证书不存在',
          'en-US': 'No such certificate',
        });
      if (certificate.level === 'social_work_assistant_local') {
        throw invalid('body.certificateId', {
          'zh-CN': '社会工作员证书无需登记',
          'en-US': 'Local certificates are not registered',
        });
      }
      const history = await tx
        .select()
        .from(registrations)
        .where(eq(registrations.certificateId, certificate.id))
        .orderBy(desc(registrations.validUntil));
      if (history.some((r) => inProgress.includes(r.status))) {
        const message = {
          'zh-CN': '该证书已有登记申请在审核中',
          'en-US': 'A registration of this certificate is under review',
        };
        throw conflict(message, [{ path: 'body.certificateId', message }]);
      }
      const previous = history.find((r) => r.status === 'registered');
      const window = previous
        ? registrationWindow({ kind: 'renewal', previousValidUntil: previous.validUntil! })
        : registrationWindow({ kind: 'first', certifiedOn: certificate.certifiedOn });
      if (!isWithin(window, appliedOn)) {
        throw invalid('body.appliedOn', {
          'zh-CN': `不在${previous ? '再登记' : '首次登记'}期内（${window.opensOn} 至 ${window.closesOn}）`,
          'en-US': `Outside the ${previous ? 'renewal' : 'first registration'} window (${window.opensOn} to ${window.closesOn})`,
        });
      }
      let ceHours: number | null = null;
      if (previous) {
        const required = ceHoursRequired(certificate.level as CertificateLevel);
        ceHours = (
          await cycleHours(tx, worker, { from: previous.validFrom!, to: previous.validUntil! })
        ).total;
        if (ceHours < required) {
          throw invalid('body.certificateId', {
            'zh-CN': `继续教育学时不足：本周期已认定 ${ceHours} 学时，需 ${required} 学时`,
            'en-US': `Not enough continuing-education hours: ${ceHours} of ${required} this cycle`,
          });
        }
      }
      const [row] = await tx
        .insert(registrations)
        .values({
          id: newId(),
          workerId,
          certificateId: certificate.id,
          regionCode: worker.regionCode,
          kind: previous ? 'renewal' : 'first',
          status: 'pending',
          appliedOn,
          ceHours,
        })
        .returning();
      await recordAudit(tx, actor, {
        action: 'create',
        entityType: 'registration',
        entityId: row!.id,
        regionCode: worker.regionCode,
        changes: changedFields(null, row!),
      });
      const [presented] = await presentRegistrations(tx, [
        { ...row!, workerName: worker.name, level: certificate.level },
      ]);
      return withNextReview(actor)(presented!);
    });
  }

  /**
   * A review step: first review on a pending application, final review (by someone else) after a
   * passed first review; a passed final review registers the certificate for three years.
   */
  async function review(
    actor: Actor,
    registrationId: string,
    input: { version: number; outcome: 'pass' | 'fail'; comment?: string | null },
  ) {
    return withScope(database, actor, async (tx) => {
      const [found] = flatten(
        await joined(tx).where(
          and(eq(registrations.id, registrationId), inRegionScope(registrations.regionCode, actor)),
        ),
      );
      if (!found) throw notFound({ 'zh-CN': '登记申请', 'en-US': 'Registration' });
      if (found.version !== input.version) throw new AppError('VERSION_CONFLICT');
      const reviews = await tx
        .select()
        .from(registrationReviews)
        .where(eq(registrationReviews.registrationId, registrationId));
      const next = nextReviewOf(actor, { status: found.status as Registration['status'], reviews });
      if (!next)
        throw conflict({
          'zh-CN': '该申请不在待审核状态',
          'en-US': 'This application is not awaiting review',
        });
      const { stage } = next;
      if (!next.may) {
        throw conflict({
          'zh-CN': '终审须由初审以外的人员进行',
          'en-US': 'The final review needs someone other than the first reviewer',
        });
      }

      const pass = input.outcome === 'pass';
      const changes: Partial<typeof registrations.$inferInsert> = {
        status:
          stage === 'first'
            ? pass
              ? 'first_review_passed'
              : 'first_review_failed'
            : pass
              ? 'registered'
              : 'final_review_failed',
      };
      if (stage === 'final' && pass) {
        const [previous] = await tx
          .select({ validUntil: registrations.validUntil })
          .from(registrations)
          .where(
            and(
              eq(registrations.certificateId, found.certificateId),
              eq(registrations.status, 'registered'),
            ),
          )
          .orderBy(desc(registrations.validUntil))
          .limit(1);
        Object.assign(
          changes,
          found.kind === 'renewal' && previous?.validUntil
            ? registrationPeriod({ kind: 'renewal', previousValidUntil: previous.validUntil })
            : registrationPeriod({ kind: 'first', approvedOn: today() }),
        );
      }
      const [after] = await tx
        .update(registrations)
        .set({ ...changes, version: sql`${registrations.version} + 1`, updatedAt: clock() })
        .where(and(eq(registrations.id, registrationId), eq(registrations.version, input.version)))
        .returning();
      if (!after) throw new AppError('VERSION_CONFLICT');
      await tx.insert(registrationReviews).values({
        id: newId(),
        registrationId,
        regionCode: found.regionCode,
        stage,
        outcome: input.outcome,
        reviewerId: actor.accountId,
        reviewerName: actor.realName,
        comment: input.comment ?? null,
      });
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: 'registration',
        entityId: registrationId,
        regionCode: found.regionCode,
        changes: changedFields(found, after),
        detail: auditNote('registration_review', { stage, outcome: input.outcome }),
      });
      const [presented] = await presentRegistrations(tx, [
        { ...after, workerName: found.workerName, level: found.level },
      ]);
      return withNextReview(actor)(presented!);
    });
  }

  /** Registrations awaiting review, due for renewal within three months, or overdue. */
  async function listRegistrations(actor: Actor, query: RegistrationListQuery) {
    await admitWorkerSearch(database, actor, query.q, 'registrations');
    const day = today();
    const latestOfCertificate = sql`not exists (select 1 from ${registrations} newer where newer.certificate_id = ${registrations.certificateId} and newer.applied_on > ${registrations.appliedOn})`;
    const where: SQL[] = [inRegionScope(registrations.regionCode, actor)];
    if (query.region) where.push(startsWith(registrations.regionCode, query.region));
    if (query.q) where.push(workerSearch(query.q));
    if (query.view === 'pending') where.push(inArray(registrations.status, inProgress));
    if (query.view === 'due')
      where.push(
        eq(registrations.status, 'registered'),
        sql`${registrations.validUntil} between ${day} and ${addMonths(day, 3)}`,
        latestOfCertificate,
      );
    if (query.view === 'overdue')
      where.push(
        eq(registrations.status, 'registered'),
        sql`${registrations.validUntil} < ${day}`,
        latestOfCertificate,
      );
    const page = await withScope(database, actor, async (tx) => {
      const condition = and(...where);
      // The worker is joined for the count only when the search names them.
      const counting = tx.select({ n: count() }).from(registrations);
      const [counted] = await (
        query.q ? counting.innerJoin(workers, eq(workers.id, registrations.workerId)) : counting
      ).where(condition);
      const rows = await joined(tx)
        .where(condition)
        .orderBy(
          query.view === 'pending' ? asc(registrations.appliedOn) : asc(registrations.validUntil),
          asc(registrations.id),
        )
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize);
      const items = (await presentRegistrations(tx, flatten(rows))).map(withNextReview(actor));
      return { items, total: counted?.n ?? 0 };
    });
    // Named after the transaction: the division index may reload from the database.
    const names = await registry.regionNames(page.items.map((r) => r.regionCode));
    return {
      items: page.items.map((r) => ({ ...r, regionName: names.get(r.regionCode) ?? r.regionCode })),
      total: page.total,
    };
  }

  /** Exams, certificates and registrations of one worker, inside the caller's transaction. */
  async function recordOf(tx: Transaction, workerId: string) {
    const exams = await examsOf(tx, workerId);
    const held = await certificatesOf(tx, workerId);
    const registered = await registrationsOf(tx, workerId);
    return { examScores: exams.map(presentExam), certificates: held, registrations: registered };
  }

  return {
    recordOf,
    examsOf,
    certificatesOf,
    registrationsOf,
    addExamScore,
    addCertificate,
    apply,
    review,
    listRegistrations,
  };
}

export type CertificationService = ReturnType<typeof createCertificationService>;
