import { refuseOutsideScope } from '../../platform/access/region-in-scope';
import { and, eq, inArray, or, sql } from 'drizzle-orm';
import {
  effectiveNorm,
  regionAncestors,
  type StaffingNorm,
  type StaffingNormResponse,
} from '@shegong/domain';
import type { Database, Executor } from '../../db/connection';
import type { Actor } from '../../platform/access/actor';
import { startsWith } from '../../db/text-prefix';
import { withScope } from '../../platform/access/region-scope';
import { changedFields, recordAudit } from '../../platform/audit/audit';
import type { Clock } from '../../platform/clock';
import { AppError, notFound } from '../../platform/errors/app-error';
import { staffingNorms } from './stations.table';

const normFields = (row: typeof staffingNorms.$inferSelect): StaffingNorm => ({
  urbanVillageMinWorkers: row.urbanVillageMinWorkers,
  ruralVillageMinWorkers: row.ruralVillageMinWorkers,
  townshipStationMinStaff: row.townshipStationMinStaff,
  countyStationMinStaff: row.countyStationMinStaff,
  villageStudioMinStaff: row.villageStudioMinStaff,
});

const ownNormEntity = {
  'zh-CN': '本区划设定的配备标准',
  'en-US': 'The region’s own staffing norm',
};

/** The norms set by `regionCode`, its ancestors and the regions inside it, by region. */
export async function normSettingsAround(
  db: Executor,
  regionCode: string,
): Promise<Map<string, StaffingNorm>> {
  const ancestors = ['', ...regionAncestors(regionCode), regionCode];
  const rows = await db
    .select()
    .from(staffingNorms)
    .where(
      or(
        inArray(staffingNorms.regionCode, ancestors),
        startsWith(staffingNorms.regionCode, regionCode),
      ),
    );
  return new Map(rows.map((row) => [row.regionCode, normFields(row)]));
}

/** Staffing norms (配备标准), set per region by its civil-affairs officers. */
export function createStaffingNormService({
  database,
  clock,
}: {
  database: Database;
  clock: Clock;
}) {
  async function describe(db: Executor, regionCode: string): Promise<StaffingNormResponse> {
    const settings = await normSettingsAround(db, regionCode);
    const ancestors = ['', ...regionAncestors(regionCode), regionCode];
    const setBy = [...ancestors].reverse().find((code) => settings.has(code)) ?? null;
    const [own] = await db
      .select({ version: staffingNorms.version })
      .from(staffingNorms)
      .where(eq(staffingNorms.regionCode, regionCode));
    return {
      ...effectiveNorm(regionCode, settings),
      regionCode,
      setBy,
      version: own?.version ?? 0,
    };
  }

  async function get(actor: Actor, regionCode: string): Promise<StaffingNormResponse> {
    return withScope(database, actor, (tx) => describe(tx, regionCode));
  }

  async function set(
    actor: Actor,
    regionCode: string,
    input: StaffingNorm & { version: number },
  ): Promise<StaffingNormResponse> {
    refuseOutsideScope(actor, regionCode, 'query.region');
    const { version, ...norm } = input;
    return withScope(database, actor, async (tx) => {
      const before = await describe(tx, regionCode);
      if (before.version !== version) throw new AppError('VERSION_CONFLICT');
      const written =
        version === 0
          ? await tx
              .insert(staffingNorms)
              .values({ regionCode, ...norm, updatedBy: actor.accountId })
              .onConflictDoNothing()
              .returning()
          : await tx
              .update(staffingNorms)
              .set({
                ...norm,
                version: sql`${staffingNorms.version} + 1`,
                updatedAt: clock(),
                updatedBy: actor.accountId,
              })
              .where(
                and(eq(staffingNorms.regionCode, regionCode), eq(staffingNorms.version, version)),
              )
              .returning();
      if (written.length === 0) throw new AppError('VERSION_CONFLICT');
      const after = await describe(tx, regionCode);
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: 'staffing_norm',
        entityId: regionCode,
        regionCode,
        changes: changedFields(before, after),
      });
      return after;
    });
  }

  /**
   * Removes the region's own norm, so that the one of the nearest enclosing region (or the
   * defaults) applies again. Answers the norm now in force.
   */
  async function remove(
    actor: Actor,
    regionCode: string,
    version: number,
  ): Promise<StaffingNormResponse> {
    refuseOutsideScope(actor, regionCode, 'query.region');
    return withScope(database, actor, async (tx) => {
      const before = await describe(tx, regionCode);
      if (before.version === 0) throw notFound(ownNormEntity);
      if (before.version !== version) throw new AppError('VERSION_CONFLICT');
      const removed = await tx
        .delete(staffingNorms)
        .where(and(eq(staffingNorms.regionCode, regionCode), eq(staffingNorms.version, version)))
        .returning({ regionCode: staffingNorms.regionCode });
      if (removed.length === 0) throw new AppError('VERSION_CONFLICT');
      const after = await describe(tx, regionCode);
      await recordAudit(tx, actor, {
        action: 'delete',
        entityType: 'staffing_norm',
        entityId: regionCode,
        regionCode,
        changes: changedFields(before, after),
      });
      return after;
    });
  }

  return { get, set, remove };
}

export type StaffingNormService = ReturnType<typeof createStaffingNormService>;
