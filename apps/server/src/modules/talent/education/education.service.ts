import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  addMonths,
  chinaToday,
  regionContains,
  type CeCompliance,
  type Course,
  type CourseInput,
  type CreditRule,
  type CreditSource,
  type Enrolment,
  type LocalizedText,
} from '@shegong/domain';
import type { Database, Transaction } from '../../../db/connection';
import { newId } from '../../../db/ids';
import type { Actor } from '../../../platform/access/actor';
import { startsWith } from '../../../db/text-prefix';
import { inRegionScope, withScope } from '../../../platform/access/region-scope';
import { changedFields, recordAudit } from '../../../platform/audit/audit';
import { AppError, conflict, notFound } from '../../../platform/errors/app-error';
import { refuseProblems } from '../../../platform/errors/rule-problems';
import type { Clock } from '../../../platform/clock';
import { courses, creditEntries, enrolments } from './education.table';
import { registrations } from '../certification/certification.table';
import { ceCompliance, creditRuleFor, presentCreditEntry } from './credit-ledger';
import { creditEntriesAt, creditKeyOf } from './credit-records';
import { creditEntryProblems, entryOnRecordProblem } from './credit-rules';
import { creditRules } from './education.table';
import type { WorkerService } from '../registry/workers.service';
import { workers } from '../registry/workers.table';
import { refuseOutsideScope } from '../../../platform/access/region-in-scope';

function invalid(path: string, message: LocalizedText): AppError {
  return new AppError('VALIDATION_FAILED', { fields: path }, [{ path, message }]);
}

/**
 * Continuing education (继续教育): courses, enrolment and attendance, the hours ledger each
 * completion feeds, and compliance with the hours a registration cycle requires.
 */
export function createEducationService(deps: {
  database: Database;
  workers: WorkerService;
  clock: Clock;
}) {
  const { database, workers: registry, clock } = deps;
  const today = () => chinaToday(clock());

  const courseColumns = {
    course: courses,
    enrolled: sql<number>`(select count(*)::int from ${enrolments} e where e.course_id = "course"."id")`,
    completed: sql<number>`(select count(*)::int from ${enrolments} e where e.course_id = "course"."id" and e.status = 'completed')`,
  };
  const presentCourse = ({
    course,
    enrolled,
    completed,
  }: {
    course: typeof courses.$inferSelect;
    enrolled: number;
    completed: number;
  }): Course => ({
    ...course,
    type: course.type as Course['type'],
    enrolled,
    completed,
  });

  async function listCourses(
    actor: Actor,
    query: { region?: string | undefined; page: number; pageSize: number },
  ) {
    return withScope(database, actor, async (tx) => {
      const where = and(
        inRegionScope(courses.regionCode, actor),
        query.region ? startsWith(courses.regionCode, query.region) : undefined,
      );
      const [counted] = await tx.select({ n: count() }).from(courses).where(where);
      const rows = await tx
        .select(courseColumns)
        .from(courses)
        .where(where)
        .orderBy(desc(courses.startsOn), desc(courses.id))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize);
      return { items: rows.map(presentCourse), total: counted?.n ?? 0 };
    });
  }

  async function createCourse(actor: Actor, input: CourseInput): Promise<Course> {
    refuseOutsideScope(actor, input.regionCode, 'body.regionCode');
    if (input.endsOn < input.startsOn)
      throw invalid('body.endsOn', {
        'zh-CN': '结束日期早于开始日期',
        'en-US': 'The end precedes the start',
      });
    return withScope(database, actor, async (tx) => {
      const [row] = await tx
        .insert(courses)
        .values({ id: newId(), ...input })
        .returning();
      await recordAudit(tx, actor, {
        action: 'create',
        entityType: 'course',
        entityId: row!.id,
        regionCode: row!.regionCode,
        changes: changedFields(null, row!),
      });
      return presentCourse({ course: row!, enrolled: 0, completed: 0 });
    });
  }

  async function loadCourse(actor: Actor, tx: Transaction, id: string) {
    const [course] = await tx
      .select()
      .from(courses)
      .where(and(eq(courses.id, id), inRegionScope(courses.regionCode, actor)));
    if (!course) throw notFound({ 'zh-CN': '课程', 'en-US': 'Course' });
    return course;
  }

  const enrolmentColumns = {
    enrolment: enrolments,
    courseTitle: courses.title,
    workerName: workers.name,
  };
  const presentEnrolment = ({
    enrolment,
    courseTitle,
    workerName,
  }: {
    enrolment: typeof enrolments.$inferSelect;
    courseTitle: string;
    workerName: string;
  }): Enrolment => ({
    id: enrolment.id,
    courseId: enrolment.courseId,
    courseTitle,
    workerId: enrolment.workerId,
    workerName,
    status: enrolment.status as Enrolment['status'],
    completedOn: enrolment.completedOn,
    version: enrolment.version,
  });

  async function listEnrolments(actor: Actor, filter: { courseId?: string; workerId?: string }) {
    return withScope(database, actor, async (tx) => {
      if (filter.courseId) await loadCourse(actor, tx, filter.courseId);
      const rows = await tx
        .select(enrolmentColumns)
        .from(enrolments)
        .innerJoin(courses, eq(courses.id, enrolments.courseId))
        .innerJoin(workers, eq(workers.id, enrolments.workerId))
        .where(
          and(
            inRegionScope(enrolments.regionCode, actor),
            filter.courseId ? eq(enrolments.courseId, filter.courseId) : undefined,
            filter.workerId ? eq(enrolments.workerId, filter.workerId) : undefined,
          ),
        )
        .orderBy(asc(workers.name));
      return rows.map(presentEnrolment);
    });
  }

  /** Enrols workers in a course; those already enrolled are left as they are. */
  async function enrol(actor: Actor, courseId: string, workerIds: string[]) {
    return withScope(database, actor, async (tx) => {
      const course = await loadCourse(actor, tx, courseId);
      const found = await tx
        .select({ id: workers.id, regionCode: workers.regionCode })
        .from(workers)
        .where(and(inArray(workers.id, workerIds), inRegionScope(workers.regionCode, actor)));
      if (found.length !== new Set(workerIds).size)
        throw invalid('body.workerIds', {
          'zh-CN': '部分社工不存在或不在管辖范围内',
          'en-US': 'Some workers are unknown or out of scope',
        });
      const [enrolled] = await tx
        .select({ n: count() })
        .from(enrolments)
        .where(eq(enrolments.courseId, courseId));
      if (course.capacity !== null && (enrolled?.n ?? 0) + found.length > course.capacity) {
        throw invalid('body.workerIds', {
          'zh-CN': `超出课程容量（${course.capacity} 人）`,
          'en-US': `Over the course capacity (${course.capacity})`,
        });
      }
      const inserted = await tx
        .insert(enrolments)
        .values(
          found.map((w) => ({
            id: newId(),
            courseId,
            workerId: w.id,
            regionCode: w.regionCode,
            status: 'enrolled',
          })),
        )
        .onConflictDoNothing()
        .returning();
      for (const row of inserted) {
        await recordAudit(tx, actor, {
          action: 'create',
          entityType: 'enrolment',
          entityId: row.id,
          regionCode: row.regionCode,
          changes: changedFields(null, row),
        });
      }
      return { enrolled: inserted.length };
    });
  }

  /** Records attendance: a completion credits the course's hours to the worker's ledger once. */
  async function recordAttendance(
    actor: Actor,
    enrolmentId: string,
    input: { version: number; status: 'completed' | 'absent'; completedOn?: string | undefined },
  ) {
    return withScope(database, actor, async (tx) => {
      const [found] = await tx
        .select(enrolmentColumns)
        .from(enrolments)
        .innerJoin(courses, eq(courses.id, enrolments.courseId))
        .innerJoin(workers, eq(workers.id, enrolments.workerId))
        .where(and(eq(enrolments.id, enrolmentId), inRegionScope(enrolments.regionCode, actor)));
      if (!found) throw notFound({ 'zh-CN': '报名记录', 'en-US': 'Enrolment' });
      if (found.enrolment.version !== input.version) throw new AppError('VERSION_CONFLICT');
      const [course] = await tx
        .select()
        .from(courses)
        .where(eq(courses.id, found.enrolment.courseId));
      const completedOn =
        input.status === 'completed' ? (input.completedOn ?? course!.endsOn) : null;
      if (completedOn && (completedOn < course!.startsOn || completedOn > today())) {
        throw invalid('body.completedOn', {
          'zh-CN': '结业日期应在开课之后、今天之前',
          'en-US': 'Completion must fall between the start and today',
        });
      }
      const [after] = await tx
        .update(enrolments)
        .set({ status: input.status, completedOn, version: sql`${enrolments.version} + 1` })
        .where(and(eq(enrolments.id, enrolmentId), eq(enrolments.version, input.version)))
        .returning();
      if (!after) throw new AppError('VERSION_CONFLICT');
      await tx.delete(creditEntries).where(eq(creditEntries.enrolmentId, enrolmentId));
      if (completedOn) {
        await tx.insert(creditEntries).values({
          id: newId(),
          workerId: after.workerId,
          regionCode: after.regionCode,
          source: 'course',
          hours: course!.hours,
          earnedOn: completedOn,
          description: course!.title,
          enrolmentId,
        });
      }
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: 'enrolment',
        entityId: enrolmentId,
        regionCode: after.regionCode,
        changes: changedFields(found.enrolment, after),
      });
      return presentEnrolment({ ...found, enrolment: after });
    });
  }

  async function creditsOf(actor: Actor, workerId: string) {
    return withScope(database, actor, async (tx) => {
      const worker = await registry.loadRow(tx, actor, workerId);
      const entries = await tx
        .select()
        .from(creditEntries)
        .where(eq(creditEntries.workerId, workerId))
        .orderBy(desc(creditEntries.earnedOn));
      return {
        entries: entries.map(presentCreditEntry),
        compliance: await ceCompliance(tx, worker),
      };
    });
  }

  /** Hours entered by hand, by the rules the hours import applies to each of its rows. */
  async function addCredit(
    actor: Actor,
    workerId: string,
    input: {
      source: CreditSource;
      hours: number;
      earnedOn: string;
      description: string;
    },
  ) {
    refuseProblems(creditEntryProblems(input, today()));
    return withScope(database, actor, async (tx) => {
      const worker = await registry.loadRow(tx, actor, workerId);
      const onRecord = (await creditEntriesAt(tx, [workerId], [input.earnedOn])).get(
        creditKeyOf(workerId, input),
      );
      if (onRecord) refuseProblems([entryOnRecordProblem(onRecord)]);
      const [row] = await tx
        .insert(creditEntries)
        .values({ id: newId(), workerId, regionCode: worker.regionCode, ...input })
        .returning();
      await recordAudit(tx, actor, {
        action: 'create',
        entityType: 'credit_entry',
        entityId: row!.id,
        regionCode: worker.regionCode,
        changes: changedFields(null, row!),
      });
      return presentCreditEntry(row!);
    });
  }

  /** Registered workers whose registration ends within six months and who lack hours. */
  async function shortOfHours(actor: Actor, query: { region?: string | undefined }) {
    const day = today();
    return withScope(database, actor, async (tx) => {
      const candidates = await tx
        .select({
          id: workers.id,
          name: workers.name,
          regionCode: workers.regionCode,
          validUntil: registrations.validUntil,
        })
        .from(registrations)
        .innerJoin(workers, eq(workers.id, registrations.workerId))
        .where(
          and(
            inRegionScope(registrations.regionCode, actor),
            query.region ? startsWith(registrations.regionCode, query.region) : undefined,
            eq(registrations.status, 'registered'),
            sql`${registrations.validUntil} between ${day} and ${addMonths(day, 6)}`,
          ),
        )
        .orderBy(asc(registrations.validUntil));
      const result: {
        workerId: string;
        workerName: string;
        regionCode: string;
        validUntil: string;
        compliance: CeCompliance;
      }[] = [];
      for (const c of candidates) {
        const compliance = await ceCompliance(tx, c);
        if (compliance.short > 0)
          result.push({
            workerId: c.id,
            workerName: c.name,
            regionCode: c.regionCode,
            validUntil: c.validUntil!,
            compliance,
          });
      }
      return result;
    });
  }

  async function getCreditRule(actor: Actor, provinceCode: string) {
    const rule = await withScope(database, actor, (tx) => creditRuleFor(tx, provinceCode));
    return { countedSources: [...rule.countedSources], capsPerCycle: { ...rule.capsPerCycle } };
  }

  async function setCreditRule(actor: Actor, provinceCode: string, rule: CreditRule) {
    // Inside the scope, or the province around it (whose rule a city then may not set, below).
    if (!regionContains(provinceCode, actor.regionCode))
      refuseOutsideScope(actor, provinceCode, 'params.province');
    if (actor.regionCode.length > 2)
      throw conflict({
        'zh-CN': '学时认定规则由省级民政部门设定',
        'en-US': 'Credit rules are set by the province',
      });
    return withScope(database, actor, async (tx) => {
      const before = await creditRuleFor(tx, provinceCode);
      await tx
        .insert(creditRules)
        .values({
          regionCode: provinceCode,
          countedSources: [...rule.countedSources],
          capsPerCycle: rule.capsPerCycle as Record<string, number>,
        })
        .onConflictDoUpdate({
          target: creditRules.regionCode,
          set: {
            countedSources: [...rule.countedSources],
            capsPerCycle: rule.capsPerCycle as Record<string, number>,
            version: sql`${creditRules.version} + 1`,
            updatedAt: clock(),
          },
        });
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: 'credit_rule',
        entityId: provinceCode,
        regionCode: provinceCode,
        changes: changedFields(before as never, rule as never),
      });
      return { countedSources: [...rule.countedSources], capsPerCycle: { ...rule.capsPerCycle } };
    });
  }

  return {
    listCourses,
    createCourse,
    listEnrolments,
    enrol,
    recordAttendance,
    creditsOf,
    addCredit,
    shortOfHours,
    getCreditRule,
    setCreditRule,
  };
}

export type EducationService = ReturnType<typeof createEducationService>;
