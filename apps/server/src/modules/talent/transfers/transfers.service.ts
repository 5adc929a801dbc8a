import { and, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import {
  addDays,
  auditNote,
  chinaToday,
  regionAncestors,
  regionContains,
  transferRequestDays,
  type LocalizedText,
  type TransferSide,
  type TransferStatus,
  type WorkerTransfer,
  type WorkerTransferInput,
  type WorkerTransferListQuery,
} from '@shegong/domain';
import type { Database, Transaction } from '../../../db/connection';
import { newId } from '../../../db/ids';
import type { Actor } from '../../../platform/access/actor';
import { inRegionScope, withScope, withSystemScope } from '../../../platform/access/region-scope';
import { changedFields, recordAudit } from '../../../platform/audit/audit';
import { writeVersioned } from '../../../platform/audit/versioned-write';
import type { Clock } from '../../../platform/clock';
import { AppError, conflict, notFound } from '../../../platform/errors/app-error';
import type { DivisionService } from '../../divisions';
import type { CareerService } from '../careers/careers.service';
import { idNumberShownTo } from '../registry/worker-search-guard';
import type { WorkerService } from '../registry/workers.service';
import { workers } from '../registry/workers.table';
import { workerTransfers } from './transfers.table';

const entityType = 'worker_transfer';
const transferEntity = { 'zh-CN': '调动申请', 'en-US': 'Transfer request' } as const;

type TransferRow = typeof workerTransfers.$inferSelect;

/** The nearest region holding both codes: the scope a move between them is written in. */
export function commonRegion(a: string, b: string): string {
  return ['', ...regionAncestors(a), a].reverse().find((c) => regionContains(c, b)) ?? '';
}

/** A name as people type it: spaces (half or full width) do not count. */
const sameName = (a: string, b: string) => a.replace(/\s/g, '') === b.replace(/\s/g, '');

const refusedStatus: Record<Exclude<TransferStatus, 'pending'>, LocalizedText> = {
  approved: { 'zh-CN': '该申请已批准', 'en-US': 'The request was approved already' },
  refused: { 'zh-CN': '该申请已不予批准', 'en-US': 'The request was refused already' },
  withdrawn: { 'zh-CN': '该申请已撤回', 'en-US': 'The request was withdrawn' },
  expired: {
    'zh-CN': `该申请已过期（提交后 ${transferRequestDays} 天内未审批），请重新申请`,
    'en-US': `The request lapsed (not decided within ${transferRequestDays} days); file it again`,
  },
};

/**
 * 人才流动: moves of a worker between counties. The receiving side files a request with the ID
 * number and name it knows; whether they match a registered worker is never told to it — every
 * request is filed and answered alike, and only a match is shown to the releasing side (the
 * worker's region and the regions above it), which approves or refuses it. An approval moves the
 * worker through the registry's one save (their certificates, registration and hours go along),
 * ends their jobs on the day and starts the new one; every step is audited.
 */
export function createTransferService(deps: {
  database: Database;
  workers: Pick<WorkerService, 'loadRow' | 'saveProfile' | 'assertRegion'>;
  careers: Pick<
    CareerService,
    'organisationOf' | 'employerOf' | 'insertEmployment' | 'closeEmployment' | 'openEmployments'
  >;
  divisions: Pick<DivisionService, 'describeRegions'>;
  clock: Clock;
}) {
  const { database, workers: registry, careers, divisions, clock } = deps;
  const today = () => chinaToday(clock());

  const statusOf = (row: TransferRow, day: string): TransferStatus =>
    row.status === 'pending' && row.expiresOn < day ? 'expired' : (row.status as TransferStatus);

  /** Which sides of the transfer the actor's scope holds. */
  function sideOf(actor: Actor, row: TransferRow): TransferSide | null {
    const receiving = regionContains(actor.regionCode, row.regionCode);
    const releasing =
      row.fromRegionCode !== null && regionContains(actor.regionCode, row.fromRegionCode);
    if (receiving && releasing) return 'both';
    return receiving ? 'receiving' : releasing ? 'releasing' : null;
  }

  /** Transfers the actor may see: filed in their scope, or for a worker of their scope. */
  function visible(actor: Actor, side?: 'receiving' | 'releasing'): SQL {
    const receiving = inRegionScope(workerTransfers.regionCode, actor);
    const releasing = and(
      sql`${workerTransfers.fromRegionCode} is not null`,
      inRegionScope(workerTransfers.fromRegionCode, actor),
    )!;
    if (side === 'receiving') return receiving;
    if (side === 'releasing') return releasing;
    return or(receiving, releasing)!;
  }

  function statusFilter(status: TransferStatus, day: string): SQL {
    if (status === 'expired')
      return sql`${workerTransfers.status} = 'pending' and ${workerTransfers.expiresOn} < ${day}`;
    if (status === 'pending')
      return sql`${workerTransfers.status} = 'pending' and ${workerTransfers.expiresOn} >= ${day}`;
    return eq(workerTransfers.status, status);
  }

  async function present(actor: Actor, rows: TransferRow[]): Promise<WorkerTransfer[]> {
    const day = today();
    const codes = rows.flatMap((r) => [
      r.regionCode,
      ...(r.fromRegionCode ? [r.fromRegionCode] : []),
    ]);
    const names = await divisions.describeRegions(codes, actor.request.language);
    return rows.map((row) => {
      const side = sideOf(actor, row)!;
      const status = statusOf(row, day);
      // Before an approval the receiving side learns nothing of the person it asked for.
      const tellsWorker = side !== 'receiving' || status === 'approved';
      const from = tellsWorker ? row.fromRegionCode : null;
      return {
        id: row.id,
        status,
        side,
        idNumber: idNumberShownTo(actor, row.idNumber),
        name: row.name,
        regionCode: row.regionCode,
        regionName: names.get(row.regionCode) ?? row.regionCode,
        workerId: tellsWorker ? row.workerId : null,
        fromRegionCode: from,
        fromRegionName: from ? (names.get(from) ?? from) : null,
        employerKind: row.employerKind as WorkerTransfer['employerKind'],
        organisationId: row.organisationId,
        stationId: row.stationId,
        employerName: row.employerName,
        postType: row.postType as WorkerTransfer['postType'],
        fullTime: row.fullTime,
        note: row.note,
        requestedByName: row.requestedByName,
        requestedOn: row.requestedOn,
        expiresOn: row.expiresOn,
        decidedByName: row.decidedByName,
        decidedOn: row.decidedOn,
        decisionReason: row.decisionReason,
        version: row.version,
      };
    });
  }

  /**
   * Files a request for the worker with this ID number and name to be recorded on `regionCode`
   * with the new job. The answer is the same whether or not they match a registered worker
   * outside the scope: the request, pending. Only a worker inside the scope is named (the actor
   * sees them anyway): there is nothing to transfer.
   */
  async function request(actor: Actor, input: WorkerTransferInput): Promise<WorkerTransfer> {
    await registry.assertRegion(actor, input.regionCode);
    const organisation = await careers.organisationOf(actor, input);
    const [registered] = await withSystemScope(database, (tx) =>
      tx
        .select({ id: workers.id, name: workers.name, regionCode: workers.regionCode })
        .from(workers)
        .where(eq(workers.idNumber, input.idNumber)),
    );
    if (registered && regionContains(actor.regionCode, registered.regionCode)) {
      const message: LocalizedText = {
        'zh-CN': `该社工已在本辖区登记：${registered.name}（编号 ${registered.id}），无需调动`,
        'en-US': `Already registered in your jurisdiction: ${registered.name} (id ${registered.id})`,
      };
      throw conflict(message, [{ path: 'body.idNumber', message }]);
    }
    const match = registered && sameName(registered.name, input.name) ? registered : null;
    const day = today();
    const row = await withScope(database, actor, async (tx) => {
      const [pending] = await tx
        .select({ id: workerTransfers.id })
        .from(workerTransfers)
        .where(
          and(
            visible(actor, 'receiving'),
            eq(workerTransfers.idNumber, input.idNumber),
            statusFilter('pending', day),
          ),
        );
      if (pending) {
        const message: LocalizedText = {
          'zh-CN': '本辖区已有该身份证号的待审批调动申请',
          'en-US': 'A request for this ID number is already pending in your jurisdiction',
        };
        throw conflict(message, [{ path: 'body.idNumber', message }]);
      }
      const employer = await careers.employerOf(tx, actor, input, organisation, input.regionCode);
      const [created] = await tx
        .insert(workerTransfers)
        .values({
          id: newId(),
          regionCode: input.regionCode,
          idNumber: input.idNumber,
          name: input.name,
          workerId: match?.id ?? null,
          fromRegionCode: match?.regionCode ?? null,
          employerKind: input.employerKind,
          ...employer,
          postType: input.postType,
          fullTime: input.fullTime,
          note: input.note ?? null,
          requestedBy: actor.accountId,
          requestedByName: actor.realName,
          requestedOn: day,
          expiresOn: addDays(day, transferRequestDays),
        })
        .returning();
      // The receiving region's trail must not tell either whether someone matched.
      await recordAudit(tx, actor, {
        action: 'create',
        entityType,
        entityId: created!.id,
        regionCode: created!.regionCode,
        changes: changedFields(null, created!, [
          'version',
          'updatedAt',
          'createdAt',
          'workerId',
          'fromRegionCode',
        ]),
      });
      return created!;
    });
    return (await present(actor, [row]))[0]!;
  }

  async function list(actor: Actor, query: WorkerTransferListQuery) {
    const day = today();
    const where = and(
      visible(actor, query.side),
      query.status ? statusFilter(query.status, day) : undefined,
    );
    const { rows, total } = await withScope(database, actor, async (tx) => {
      const rows = await tx
        .select()
        .from(workerTransfers)
        .where(where)
        .orderBy(desc(workerTransfers.id))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize);
      const [counted] = await tx.select({ n: count() }).from(workerTransfers).where(where);
      return { rows, total: counted?.n ?? 0 };
    });
    return { items: await present(actor, rows), total };
  }

  async function loadRow(tx: Transaction, actor: Actor, id: string): Promise<TransferRow> {
    const [row] = await tx
      .select()
      .from(workerTransfers)
      .where(and(eq(workerTransfers.id, id), visible(actor)));
    if (!row) throw notFound(transferEntity);
    return row;
  }

  async function get(actor: Actor, id: string): Promise<WorkerTransfer> {
    const row = await withScope(database, actor, (tx) => loadRow(tx, actor, id));
    return (await present(actor, [row]))[0]!;
  }

  /** The pending request as read, if the actor is on `side` of it and the version is current. */
  async function pendingFor(
    tx: Transaction,
    actor: Actor,
    id: string,
    version: number,
    side: 'receiving' | 'releasing',
  ): Promise<TransferRow> {
    const row = await loadRow(tx, actor, id);
    const on = sideOf(actor, row);
    if (on !== side && on !== 'both')
      throw new AppError('FORBIDDEN', {}, [
        {
          path: 'id',
          message:
            side === 'releasing'
              ? {
                  'zh-CN': '只有该社工所在辖区（或其上级）可以审批调动申请',
                  'en-US': 'Only the worker’s jurisdiction (or one above it) decides the request',
                }
              : {
                  'zh-CN': '只有提出申请的辖区可以撤回',
                  'en-US': 'Only the requesting jurisdiction may withdraw it',
                },
        },
      ]);
    const status = statusOf(row, today());
    if (status !== 'pending') throw conflict(refusedStatus[status]);
    if (row.version !== version) throw new AppError('VERSION_CONFLICT');
    return row;
  }

  /** Writes a decision over the request as read, audited in the region of `auditRegionCode`. */
  function decide(
    tx: Transaction,
    actor: Actor,
    before: TransferRow,
    fields: Partial<typeof workerTransfers.$inferInsert>,
    detail: Parameters<typeof writeVersioned>[5]['detail'],
    auditRegionCode: string,
  ) {
    return writeVersioned(tx, actor, { table: workerTransfers, entityType }, before, fields, {
      now: clock(),
      detail,
      auditRegionCode,
    });
  }

  const decidedBy = (actor: Actor, day: string) => ({
    decidedBy: actor.accountId,
    decidedByName: actor.realName,
    decidedOn: day,
  });

  /**
   * The releasing side approves: on the day, the worker's jobs end, the worker (with every record)
   * moves to the receiving region through the registry's one save, and the new job starts. The
   * move is written in the scope of the nearest region holding both sides — the one write that
   * crosses them, allowed by the request of one and the approval of the other.
   */
  async function approve(actor: Actor, id: string, version: number): Promise<WorkerTransfer> {
    const day = today();
    const { before, worker } = await withScope(database, actor, async (tx) => {
      const before = await pendingFor(tx, actor, id, version, 'releasing');
      const worker = await registry.loadRow(tx, actor, before.workerId!).catch((error: unknown) => {
        if (error instanceof AppError && error.code === 'NOT_FOUND')
          throw conflict({
            'zh-CN': '该社工已不在本辖区，无法批准；请不予批准并说明原因',
            'en-US': 'The worker is no longer in your jurisdiction; refuse the request instead',
          });
        throw error;
      });
      return { before, worker };
    });
    const detail = auditNote('transfer_moved', { transferId: id });
    const after = await withScope(
      database,
      { regionCode: commonRegion(worker.regionCode, before.regionCode) },
      async (tx) => {
        const toName = (await divisions.describeRegions([before.regionCode], 'zh-CN')).get(
          before.regionCode,
        );
        for (const job of await careers.openEmployments(tx, worker.id, day))
          await careers.closeEmployment(
            tx,
            actor,
            job,
            { endedOn: day, leavingReason: `人才流动：调往${toName ?? before.regionCode}` },
            detail,
          );
        const moved = await registry.saveProfile(
          tx,
          actor,
          worker,
          { regionCode: before.regionCode },
          detail,
        );
        await careers.insertEmployment(
          tx,
          actor,
          moved,
          {
            organisationId: before.organisationId,
            stationId: before.stationId,
            employerName: before.employerName,
            employerRegionCode: before.employerRegionCode,
          },
          {
            employerKind: before.employerKind as WorkerTransfer['employerKind'],
            postType: before.postType as WorkerTransfer['postType'],
            fullTime: before.fullTime,
            startedOn: day,
          },
          detail,
        );
        return decide(
          tx,
          actor,
          before,
          { status: 'approved', fromRegionCode: worker.regionCode, ...decidedBy(actor, day) },
          auditNote('transfer_approved'),
          worker.regionCode,
        );
      },
    );
    return (await present(actor, [after]))[0]!;
  }

  /** The releasing side refuses, saying why; the requester sees the reason. */
  async function refuse(
    actor: Actor,
    id: string,
    input: { version: number; reason: string },
  ): Promise<WorkerTransfer> {
    const after = await withScope(database, actor, async (tx) => {
      const before = await pendingFor(tx, actor, id, input.version, 'releasing');
      return decide(
        tx,
        actor,
        before,
        { status: 'refused', decisionReason: input.reason, ...decidedBy(actor, today()) },
        auditNote('transfer_refused', { reason: input.reason }),
        before.fromRegionCode!,
      );
    });
    return (await present(actor, [after]))[0]!;
  }

  /** The receiving side takes its pending request back. */
  async function withdraw(actor: Actor, id: string, version: number): Promise<WorkerTransfer> {
    const after = await withScope(database, actor, async (tx) => {
      const before = await pendingFor(tx, actor, id, version, 'receiving');
      return decide(
        tx,
        actor,
        before,
        { status: 'withdrawn', ...decidedBy(actor, today()) },
        auditNote('transfer_withdrawn'),
        before.regionCode,
      );
    });
    return (await present(actor, [after]))[0]!;
  }

  return { request, list, get, approve, refuse, withdraw };
}

export type TransferService = ReturnType<typeof createTransferService>;
