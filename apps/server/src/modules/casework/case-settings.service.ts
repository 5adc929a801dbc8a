import { and, eq, inArray, or, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { defaultReassessmentMonths, regionAncestors, type CaseSetting } from '@shegong/domain';
import type { Database, Executor } from '../../db/connection';
import { startsWith } from '../../db/text-prefix';
import type { Actor } from '../../platform/access/actor';
import { regionWithinScope } from '../../platform/access/region-in-scope';
import { withScope } from '../../platform/access/region-scope';
import { recordAudit } from '../../platform/audit/audit';
import type { Clock } from '../../platform/clock';
import { AppError } from '../../platform/errors/app-error';
import { caseSettings } from './casework.table';

/** The re-assessment intervals set around a region: its ancestors' and those inside it. */
export async function reassessmentSettingsAround(
  db: Executor,
  regionCode: string,
): Promise<Map<string, number>> {
  const ancestors = ['', ...regionAncestors(regionCode), regionCode];
  const rows = await db
    .select({ regionCode: caseSettings.regionCode, months: caseSettings.reassessmentMonths })
    .from(caseSettings)
    .where(
      or(
        inArray(caseSettings.regionCode, ancestors),
        startsWith(caseSettings.regionCode, regionCode),
      ),
    );
  return new Map(rows.map((row) => [row.regionCode, row.months]));
}

/** The interval in force at `regionCode` and the region that set it (null: the default). */
export function reassessmentMonthsAt(
  regionCode: string,
  settings: ReadonlyMap<string, number>,
): { months: number; setBy: string | null } {
  for (let length = regionCode.length; length >= 0; length--) {
    const code = regionCode.slice(0, length);
    const months = settings.get(code);
    if (months !== undefined) return { months, setBy: code };
  }
  return { months: defaultReassessmentMonths, setBy: null };
}

/**
 * The interval in force at a row's `regionCode`, as SQL: the nearest setting first, as
 * `reassessmentMonthsAt` picks it, so that a count can filter on it.
 */
export function reassessmentMonthsSql(
  regionCode: AnyColumn,
  settings: ReadonlyMap<string, number>,
): SQL {
  const nearestFirst = [...settings].sort(([a], [b]) => b.length - a.length);
  if (nearestFirst.length === 0) return sql`${defaultReassessmentMonths}::int`;
  const branches = nearestFirst.map(
    ([code, months]) => sql`when ${startsWith(regionCode, code)} then ${months}::int`,
  );
  return sql`(case ${sql.join(branches, sql` `)} else ${defaultReassessmentMonths}::int end)`;
}

/** 复评周期: set per region by its offices (county and above), the nearest setting applying. */
export function createCaseSettingService({
  database,
  clock,
}: {
  database: Database;
  clock: Clock;
}) {
  async function describe(db: Executor, regionCode: string): Promise<CaseSetting> {
    const settings = await reassessmentSettingsAround(db, regionCode);
    const { months, setBy } = reassessmentMonthsAt(regionCode, settings);
    const [own] = await db
      .select({ version: caseSettings.version })
      .from(caseSettings)
      .where(eq(caseSettings.regionCode, regionCode));
    return { regionCode, reassessmentMonths: months, setBy, version: own?.version ?? 0 };
  }

  return {
    get(actor: Actor, region: string | undefined): Promise<CaseSetting> {
      const regionCode = regionWithinScope(actor, region);
      return withScope(database, actor, (tx) => describe(tx, regionCode));
    },

    set(
      actor: Actor,
      input: { region: string; reassessmentMonths: number; version: number },
    ): Promise<CaseSetting> {
      const regionCode = regionWithinScope(actor, input.region, 'body.region');
      return withScope(database, actor, async (tx) => {
        const before = await describe(tx, regionCode);
        if (before.version !== input.version) throw new AppError('VERSION_CONFLICT');
        const values = { reassessmentMonths: input.reassessmentMonths, updatedBy: actor.accountId };
        const written =
          input.version === 0
            ? await tx
                .insert(caseSettings)
                .values({ regionCode, ...values })
                .onConflictDoNothing()
                .returning()
            : await tx
                .update(caseSettings)
                .set({ ...values, version: sql`${caseSettings.version} + 1`, updatedAt: clock() })
                .where(
                  and(
                    eq(caseSettings.regionCode, regionCode),
                    eq(caseSettings.version, input.version),
                  ),
                )
                .returning();
        if (written.length === 0) throw new AppError('VERSION_CONFLICT');
        await recordAudit(tx, actor, {
          action: 'update',
          entityType: 'case_setting',
          entityId: regionCode,
          regionCode,
          changes: { reassessmentMonths: [before.reassessmentMonths, input.reassessmentMonths] },
          detail: { code: 'case_setting_changed', params: { months: input.reassessmentMonths } },
        });
        return describe(tx, regionCode);
      });
    },
  };
}

export type CaseSettingService = ReturnType<typeof createCaseSettingService>;
