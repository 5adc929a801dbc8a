import { aliasedTable, and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import {
  chinaToday,
  type AuditDetail,
  type Employment,
  type EmploymentInput,
  type LocalizedText,
  type Supervision,
} from '@shegong/domain';
import type { Database, Transaction } from '../../../db/connection';
import { newId } from '../../../db/ids';
import type { Actor } from '../../../platform/access/actor';
import { inRegionScope, withScope } from '../../../platform/access/region-scope';
import { changedFields, recordAudit } from '../../../platform/audit/audit';
import type { Clock } from '../../../platform/clock';
import { AppError, notFound } from '../../../platform/errors/app-error';
import type { OrganisationService } from '../../organisations';
import { stationInScope } from '../../stations';
import type { WorkerService } from '../registry/workers.service';
import { employments, supervisions } from './careers.table';
import { workers } from '../registry/workers.table';

function invalid(path: string, message: LocalizedText): AppError {
  return new AppError('VALIDATION_FAILED', { fields: path }, [{ path, message }]);
}

const presentEmployment = (row: typeof employments.$inferSelect): Employment => ({
  id: row.id,
  workerId: row.workerId,
  employerKind: row.employerKind as Employment['employerKind'],
  organisationId: row.organisationId,
  stationId: row.stationId,
  employerName: row.employerName,
  employerRegionCode: row.employerRegionCode,
  postType: row.postType as Employment['postType'],
  fullTime: row.fullTime,
  startedOn: row.startedOn,
  endedOn: row.endedOn,
  leavingReason: row.leavingReason,
  version: row.version,
});

/** Careers (从业): jobs with their start and end and why people leave, and supervision pairs. */
export function createCareerService(deps: {
  database: Database;
  workers: WorkerService;
  organisations: Pick<OrganisationService, 'get'>;
  clock: Clock;
}) {
  const { database, workers: registry, organisations, clock } = deps;
  const today = () => chinaToday(clock());

  async function listEmployments(tx: Transaction, workerId: string): Promise<Employment[]> {
    const rows = await tx
      .select()
      .from(employments)
      .where(eq(employments.workerId, workerId))
      .orderBy(asc(employments.startedOn));
    return rows.map(presentEmployment);
  }

  type EmployerInput = Pick<
    EmploymentInput,
    'organisationId' | 'stationId' | 'employerName' | 'employerRegionCode'
  >;
  type Organisation = Awaited<ReturnType<OrganisationService['get']>>;
  /** The employer of a job as stored: what the employment and a transfer's new job keep. */
  type Employer = Pick<
    typeof employments.$inferInsert,
    'organisationId' | 'stationId' | 'employerName' | 'employerRegionCode'
  >;

  /** The organisation a job names, if the actor may see it (read before the unit's scoped work). */
  async function organisationOf(actor: Actor, input: EmployerInput): Promise<Organisation | null> {
    const organisation = input.organisationId
      ? await organisations.get(actor, input.organisationId).catch(() => null)
      : null;
    if (input.organisationId && !organisation)
      throw invalid('body.organisationId', {
        'zh-CN': '用人机构不存在',
        'en-US': 'No such organisation',
      });
    return organisation;
  }

  /**
   * A job's employer: a station or an organisation the actor may see (its name and region taken
   * from it unless given), or named as given; in `regionCode` (the worker's) when nothing says where.
   */
  async function employerOf(
    tx: Transaction,
    actor: Actor,
    input: EmployerInput,
    organisation: Organisation | null,
    regionCode: string,
  ): Promise<Employer> {
    const station = input.stationId ? await stationInScope(tx, actor, input.stationId) : null;
    if (input.stationId && !station)
      throw invalid('body.stationId', {
        'zh-CN': '服务站点不存在或不在您的管辖范围内',
        'en-US': 'No such station in your scope',
      });
    const employer = station ?? organisation;
    const employerName = input.employerName ?? employer?.name;
    if (!employerName)
      throw invalid('body.employerName', {
        'zh-CN': '请填写用人单位',
        'en-US': 'Name the employer',
      });
    return {
      organisationId: input.organisationId ?? null,
      stationId: input.stationId ?? null,
      employerName,
      employerRegionCode: input.employerRegionCode ?? employer?.regionCode ?? regionCode,
    };
  }

  /** Writes a job of a worker as read, in the worker's region, and audits it. */
  async function insertEmployment(
    tx: Transaction,
    actor: Actor,
    worker: { id: string; regionCode: string },
    employer: Employer,
    job: Pick<EmploymentInput, 'employerKind' | 'postType' | 'fullTime' | 'startedOn'>,
    detail?: AuditDetail,
  ): Promise<Employment> {
    const [row] = await tx
      .insert(employments)
      .values({
        id: newId(),
        workerId: worker.id,
        regionCode: worker.regionCode,
        ...employer,
        employerKind: job.employerKind,
        postType: job.postType,
        fullTime: job.fullTime,
        startedOn: job.startedOn,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: 'employment',
      entityId: row!.id,
      regionCode: worker.regionCode,
      changes: changedFields(null, presentEmployment(row!)),
      ...(detail ? { detail } : {}),
    });
    return presentEmployment(row!);
  }

  /** Adds a job. */
  async function addEmployment(
    actor: Actor,
    workerId: string,
    input: EmploymentInput,
  ): Promise<Employment> {
    const organisation = await organisationOf(actor, input);
    return withScope(database, actor, async (tx) => {
      const worker = await registry.loadRow(tx, actor, workerId);
      const employer = await employerOf(tx, actor, input, organisation, worker.regionCode);
      if (input.startedOn > today())
        throw invalid('body.startedOn', {
          'zh-CN': '入职日期不能晚于今天',
          'en-US': 'The start is in the future',
        });
      return insertEmployment(tx, actor, worker, employer, input);
    });
  }

  /** Records a departure (离职) with its reason; turnover counts it in the year it happened. */
  async function endEmployment(
    actor: Actor,
    employmentId: string,
    input: { version: number; endedOn: string; leavingReason: string },
  ) {
    return withScope(database, actor, async (tx) => {
      const [before] = await tx
        .select()
        .from(employments)
        .where(and(eq(employments.id, employmentId), inRegionScope(employments.regionCode, actor)));
      if (!before) throw notFound({ 'zh-CN': '从业记录', 'en-US': 'Employment' });
      if (before.version !== input.version) throw new AppError('VERSION_CONFLICT');
      return closeEmployment(tx, actor, before, input);
    });
  }

  /** Ends a job as read on a day, with the reason, version-checked and audited. */
  async function closeEmployment(
    tx: Transaction,
    actor: Actor,
    before: typeof employments.$inferSelect,
    input: { endedOn: string; leavingReason: string },
    detail?: AuditDetail,
  ): Promise<Employment> {
    if (input.endedOn < before.startedOn)
      throw invalid('body.endedOn', {
        'zh-CN': '离职日期早于入职日期',
        'en-US': 'The end precedes the start',
      });
    const [after] = await tx
      .update(employments)
      .set({
        endedOn: input.endedOn,
        leavingReason: input.leavingReason,
        version: sql`${employments.version} + 1`,
        updatedAt: clock(),
      })
      .where(and(eq(employments.id, before.id), eq(employments.version, before.version)))
      .returning();
    if (!after) throw new AppError('VERSION_CONFLICT');
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: 'employment',
      entityId: before.id,
      regionCode: after.regionCode,
      changes: changedFields(presentEmployment(before), presentEmployment(after)),
      ...(detail ? { detail } : {}),
    });
    return presentEmployment(after);
  }

  /** The worker's jobs still open on `day` (not ended before it), as read. */
  function openEmployments(tx: Transaction, workerId: string, day: string) {
    return tx
      .select()
      .from(employments)
      .where(
        and(
          eq(employments.workerId, workerId),
          sql`${employments.startedOn} <= ${day}`,
          sql`(${employments.endedOn} is null or ${employments.endedOn} > ${day})`,
        ),
      );
  }

  const supervisor = aliasedTable(workers, 'supervisor');
  const supervisee = aliasedTable(workers, 'supervisee');

  async function listSupervisions(tx: Transaction, workerId: string): Promise<Supervision[]> {
    const rows = await tx
      .select({
        row: supervisions,
        supervisorName: supervisor.name,
        superviseeName: supervisee.name,
      })
      .from(supervisions)
      .innerJoin(supervisor, eq(supervisor.id, supervisions.supervisorId))
      .innerJoin(supervisee, eq(supervisee.id, supervisions.superviseeId))
      .where(or(eq(supervisions.supervisorId, workerId), eq(supervisions.superviseeId, workerId)))
      .orderBy(asc(supervisions.startedOn));
    return rows.map(({ row, supervisorName, superviseeName }) => ({
      ...row,
      supervisorName,
      superviseeName,
    }));
  }

  /** Pairs a worker with a supervisor (督导); the supervisor should be in the expert pool. */
  async function addSupervision(
    actor: Actor,
    superviseeId: string,
    input: { supervisorId: string; startedOn: string; hours: number },
  ) {
    if (input.supervisorId === superviseeId)
      throw invalid('body.supervisorId', {
        'zh-CN': '督导不能是本人',
        'en-US': 'One cannot supervise oneself',
      });
    return withScope(database, actor, async (tx) => {
      const worker = await registry.loadRow(tx, actor, superviseeId);
      const lead = await registry.loadRow(tx, actor, input.supervisorId).catch(() => null);
      if (!lead)
        throw invalid('body.supervisorId', {
          'zh-CN': '督导不存在',
          'en-US': 'No such supervisor',
        });
      const [row] = await tx
        .insert(supervisions)
        .values({ id: newId(), superviseeId, regionCode: worker.regionCode, ...input })
        .returning();
      await recordAudit(tx, actor, {
        action: 'create',
        entityType: 'supervision',
        entityId: row!.id,
        regionCode: worker.regionCode,
        changes: changedFields(null, row!),
      });
      return { ...row!, supervisorName: lead.name, superviseeName: worker.name };
    });
  }

  async function updateSupervision(
    actor: Actor,
    id: string,
    input: { version: number; hours?: number; endedOn?: string | null },
  ) {
    return withScope(database, actor, async (tx) => {
      const [before] = await tx
        .select()
        .from(supervisions)
        .where(and(eq(supervisions.id, id), inRegionScope(supervisions.regionCode, actor)));
      if (!before) throw notFound({ 'zh-CN': '督导关系', 'en-US': 'Supervision' });
      if (before.version !== input.version) throw new AppError('VERSION_CONFLICT');
      if (input.endedOn && input.endedOn < before.startedOn)
        throw invalid('body.endedOn', {
          'zh-CN': '结束日期早于开始日期',
          'en-US': 'The end precedes the start',
        });
      const { version, ...fields } = input;
      const [after] = await tx
        .update(supervisions)
        .set({ ...fields, version: sql`${supervisions.version} + 1` })
        .where(and(eq(supervisions.id, id), eq(supervisions.version, version)))
        .returning();
      if (!after) throw new AppError('VERSION_CONFLICT');
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: 'supervision',
        entityId: id,
        regionCode: after.regionCode,
        changes: changedFields(before, after),
      });
      return (await listSupervisions(tx, after.superviseeId)).find((s) => s.id === id)!;
    });
  }

  /** Workers employed today by each organisation, counting only records in the actor's scope. */
  async function headcountsOf(
    actor: Actor,
    organisationIds: string[],
  ): Promise<Map<string, number>> {
    if (organisationIds.length === 0) return new Map();
    const day = today();
    const rows = await withScope(database, actor, (tx) =>
      tx
        .select({
          organisationId: employments.organisationId,
          n: sql<number>`count(distinct ${employments.workerId})::int`,
        })
        .from(employments)
        .where(
          and(
            inRegionScope(employments.regionCode, actor),
            inArray(employments.organisationId, organisationIds),
            sql`${employments.startedOn} <= ${day}`,
            sql`(${employments.endedOn} is null or ${employments.endedOn} >= ${day})`,
          ),
        )
        .groupBy(employments.organisationId),
    );
    return new Map(rows.map((r) => [r.organisationId!, r.n]));
  }

  return {
    headcountsOf,
    listEmployments,
    addEmployment,
    endEmployment,
    organisationOf,
    employerOf,
    insertEmployment,
    closeEmployment,
    openEmployments,
    listSupervisions,
    addSupervision,
    updateSupervision,
  };
}

export type CareerService = ReturnType<typeof createCareerService>;
