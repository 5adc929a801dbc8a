import { and, asc, eq, sql } from 'drizzle-orm';
import { regionContains, type StaffAssignment, type StaffAssignmentInput } from '@shegong/domain';
import type { Database } from '../../db/connection';
import { newId } from '../../db/ids';
import type { Actor } from '../../platform/access/actor';
import { inRegionScope, withScope } from '../../platform/access/region-scope';
import { changedFields, recordAudit } from '../../platform/audit/audit';
import type { Clock } from '../../platform/clock';
import { AppError, notFound } from '../../platform/errors/app-error';
import type { StationService } from './stations.service';
import { stationStaff } from './stations.table';

const present = (row: typeof stationStaff.$inferSelect): StaffAssignment => ({
  id: row.id,
  stationId: row.stationId,
  workerId: row.workerId,
  workerName: row.workerName,
  role: row.role as StaffAssignment['role'],
  startedOn: row.startedOn,
  endedOn: row.endedOn,
  version: row.version,
});

/** Who works at a station (专职 / 兼职 / 驻站), from when to when. */
export function createStationStaffService(deps: {
  database: Database;
  stations: StationService;
  clock: Clock;
  /** From the talent registry (built after this module, so called late). */
  talent: { workerName(actor: Actor, workerId: string): Promise<string | null> };
}) {
  const { database, stations, clock, talent } = deps;

  async function list(actor: Actor, stationId: string): Promise<StaffAssignment[]> {
    return withScope(database, actor, async (tx) => {
      await stations.loadRow(tx, actor, stationId);
      const rows = await tx
        .select()
        .from(stationStaff)
        .where(eq(stationStaff.stationId, stationId))
        .orderBy(asc(stationStaff.startedOn));
      return rows.map(present);
    });
  }

  async function assign(
    actor: Actor,
    stationId: string,
    input: StaffAssignmentInput,
  ): Promise<StaffAssignment> {
    // A registry link is checked (and its name taken) before the transaction: PGlite has one connection.
    const workerName = input.workerId ? await talent.workerName(actor, input.workerId) : undefined;
    if (workerName) input = { ...input, workerName };
    return withScope(database, actor, async (tx) => {
      const station = await stations.loadRow(tx, actor, stationId);
      if (!regionContains(actor.regionCode, station.regionCode)) throw new AppError('FORBIDDEN');
      if (input.workerId && workerName === null) {
        throw new AppError('VALIDATION_FAILED', { fields: 'body.workerId' }, [
          {
            path: 'body.workerId',
            message: { 'zh-CN': '人才库中没有该社工', 'en-US': 'No such worker in the registry' },
          },
        ]);
      }
      const [row] = await tx
        .insert(stationStaff)
        .values({ id: newId(), stationId, regionCode: station.regionCode, ...input })
        .returning();
      await recordAudit(tx, actor, {
        action: 'create',
        entityType: 'station_staff',
        entityId: row!.id,
        regionCode: station.regionCode,
        changes: changedFields(null, present(row!)),
      });
      return present(row!);
    });
  }

  async function end(
    actor: Actor,
    assignmentId: string,
    input: { version: number; endedOn: string },
  ): Promise<StaffAssignment> {
    return withScope(database, actor, async (tx) => {
      const [before] = await tx
        .select()
        .from(stationStaff)
        .where(
          and(eq(stationStaff.id, assignmentId), inRegionScope(stationStaff.regionCode, actor)),
        );
      if (!before) throw notFound({ 'zh-CN': '人员配备记录', 'en-US': 'Staff assignment' });
      if (before.version !== input.version) throw new AppError('VERSION_CONFLICT');
      if (input.endedOn < before.startedOn) {
        throw new AppError('VALIDATION_FAILED', { fields: 'body.endedOn' }, [
          {
            path: 'body.endedOn',
            message: { 'zh-CN': '离岗日期早于到岗日期', 'en-US': 'The end precedes the start' },
          },
        ]);
      }
      const [after] = await tx
        .update(stationStaff)
        .set({
          endedOn: input.endedOn,
          version: sql`${stationStaff.version} + 1`,
          updatedAt: clock(),
        })
        .where(and(eq(stationStaff.id, assignmentId), eq(stationStaff.version, input.version)))
        .returning();
      if (!after) throw new AppError('VERSION_CONFLICT');
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: 'station_staff',
        entityId: assignmentId,
        regionCode: after.regionCode,
        changes: changedFields(present(before), present(after)),
      });
      return present(after);
    });
  }

  return { list, assign, end };
}

export type StationStaffService = ReturnType<typeof createStationStaffService>;
