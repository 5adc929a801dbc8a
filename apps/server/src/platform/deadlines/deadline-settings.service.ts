import { and, asc, between, eq, sql } from 'drizzle-orm';
import type {
  CalendarDay,
  CalendarYear,
  DeadlinePolicyView,
  SetCalendarDay,
  SetDeadlinePolicy,
} from '@shegong/domain';
import type { Database, Executor } from '../../db/connection';
import type { Actor } from '../access/actor';
import { withScope } from '../access/region-scope';
import { changedFields, recordAudit } from '../audit/audit';
import type { Clock } from '../clock';
import { AppError, invalidField, notFound } from '../errors/app-error';
import { policyRegistry, type DeadlinePolicy } from './deadline-policy';
import { calendarDays, deadlinePolicySettings } from './deadlines.table';
import { weekdayOfDate } from './working-calendar';

const calendarDayEntity = {
  'zh-CN': '该日的放假或调休安排',
  'en-US': 'An arrangement for that day',
};
const policyEntity = { 'zh-CN': '时限规则', 'en-US': 'The deadline policy' };
const policyOverrideEntity = {
  'zh-CN': '管理员设定的时限',
  'en-US': 'An administrator’s amount for the policy',
};
const weekdayWorkday = {
  'zh-CN': '调休上班日只能是周六或周日（周一至周五本来就是工作日）',
  'en-US': 'A make-up working day must be a Saturday or Sunday (weekdays are worked anyway)',
};

const dayOf = (row: typeof calendarDays.$inferSelect): CalendarDay => ({
  date: row.date,
  kind: row.kind as CalendarDay['kind'],
  name: row.name,
});

/**
 * What an administrator (settings:manage) keeps of the deadline engine: the working calendar's
 * holidays and make-up working days, and the amounts of the policies the modules declare. Every
 * change is audited. A change applies to deadlines started after it; running ones keep their due
 * time (deadlines.service.ts).
 */
export function createDeadlineSettingsService({
  database,
  clock,
  policies,
}: {
  database: Database;
  clock: Clock;
  policies: readonly DeadlinePolicy[];
}) {
  const registry = policyRegistry(policies);

  async function calendarYear(actor: Actor, year: number): Promise<CalendarYear> {
    const rows = await withScope(database, actor, (tx) =>
      tx
        .select()
        .from(calendarDays)
        .where(between(calendarDays.date, `${year}-01-01`, `${year}-12-31`))
        .orderBy(asc(calendarDays.date)),
    );
    return { year, days: rows.map(dayOf) };
  }

  /** Records a holiday or a make-up working day (调休), or changes what the day was. */
  async function setCalendarDay(
    actor: Actor,
    date: string,
    input: SetCalendarDay,
  ): Promise<CalendarDay> {
    const weekday = weekdayOfDate(date);
    if (input.kind === 'workday' && weekday !== 0 && weekday !== 6)
      throw invalidField('body.kind', weekdayWorkday);
    return withScope(database, actor, async (tx) => {
      const [before] = await tx.select().from(calendarDays).where(eq(calendarDays.date, date));
      const values = { ...input, updatedBy: actor.accountId, updatedAt: clock() };
      const [row] = await tx
        .insert(calendarDays)
        .values({ date, ...values })
        .onConflictDoUpdate({ target: calendarDays.date, set: values })
        .returning();
      const after = dayOf(row!);
      await recordAudit(tx, actor, {
        action: before ? 'update' : 'create',
        entityType: 'calendar_day',
        entityId: date,
        regionCode: actor.regionCode,
        changes: changedFields(before ? dayOf(before) : null, after),
      });
      return after;
    });
  }

  /** Removes a day's arrangement: the weekend rule applies to it again. */
  async function removeCalendarDay(actor: Actor, date: string): Promise<void> {
    await withScope(database, actor, async (tx) => {
      const [removed] = await tx
        .delete(calendarDays)
        .where(eq(calendarDays.date, date))
        .returning();
      if (!removed) throw notFound(calendarDayEntity);
      await recordAudit(tx, actor, {
        action: 'delete',
        entityType: 'calendar_day',
        entityId: date,
        regionCode: actor.regionCode,
        changes: changedFields(dayOf(removed), null),
      });
    });
  }

  async function settingOf(db: Executor, code: string) {
    const [row] = await db
      .select()
      .from(deadlinePolicySettings)
      .where(eq(deadlinePolicySettings.policyCode, code));
    return row;
  }

  function policyView(
    policy: DeadlinePolicy,
    setting: typeof deadlinePolicySettings.$inferSelect | undefined,
  ): DeadlinePolicyView {
    return {
      code: policy.code,
      label: policy.label,
      description: policy.description ?? null,
      subjectType: policy.subjectType,
      unit: policy.unit,
      defaultAmount: policy.amount,
      amount: setting?.amount ?? policy.amount,
      overridden: setting !== undefined,
      updatedAt: setting?.updatedAt.toISOString() ?? null,
      version: setting?.version ?? 0,
    };
  }

  const atVersion = (code: string, version: number) =>
    and(eq(deadlinePolicySettings.policyCode, code), eq(deadlinePolicySettings.version, version));

  /** A policy's amount changed (`update`) or its setting removed (`delete`), in `tx`. */
  const auditAmount = (
    tx: Executor,
    actor: Actor,
    action: 'update' | 'delete',
    code: string,
    from: number,
    to: number,
  ) =>
    recordAudit(tx, actor, {
      action,
      entityType: 'deadline_policy',
      entityId: code,
      regionCode: actor.regionCode,
      changes: changedFields({ amount: from }, { amount: to }),
    });

  function policyOf(code: string): DeadlinePolicy {
    const policy = registry.get(code);
    if (!policy) throw notFound(policyEntity);
    return policy;
  }

  /** Every declared policy with the amount in force, by code. */
  async function listPolicies(actor: Actor): Promise<{ items: DeadlinePolicyView[] }> {
    const settings = await withScope(database, actor, (tx) =>
      tx.select().from(deadlinePolicySettings),
    );
    const byCode = new Map(settings.map((s) => [s.policyCode, s]));
    const items = [...registry.values()]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((policy) => policyView(policy, byCode.get(policy.code)));
    return { items };
  }

  /** Sets the amount of a policy for deadlines started from now on (version 0: none set yet). */
  async function setPolicyAmount(
    actor: Actor,
    code: string,
    input: SetDeadlinePolicy,
  ): Promise<DeadlinePolicyView> {
    const policy = policyOf(code);
    return withScope(database, actor, async (tx) => {
      const before = policyView(policy, await settingOf(tx, code));
      if (before.version !== input.version) throw new AppError('VERSION_CONFLICT');
      const written =
        input.version === 0
          ? await tx
              .insert(deadlinePolicySettings)
              .values({ policyCode: code, amount: input.amount, updatedBy: actor.accountId })
              .onConflictDoNothing()
              .returning()
          : await tx
              .update(deadlinePolicySettings)
              .set({
                amount: input.amount,
                updatedBy: actor.accountId,
                updatedAt: clock(),
                version: sql`${deadlinePolicySettings.version} + 1`,
              })
              .where(atVersion(code, input.version))
              .returning();
      if (written.length === 0) throw new AppError('VERSION_CONFLICT');
      const after = policyView(policy, written[0]);
      await auditAmount(tx, actor, 'update', code, before.amount, after.amount);
      return after;
    });
  }

  /** Removes the administrator's amount: the declared default applies again. */
  async function resetPolicy(
    actor: Actor,
    code: string,
    version: number,
  ): Promise<DeadlinePolicyView> {
    const policy = policyOf(code);
    return withScope(database, actor, async (tx) => {
      const setting = await settingOf(tx, code);
      if (!setting) throw notFound(policyOverrideEntity);
      if (setting.version !== version) throw new AppError('VERSION_CONFLICT');
      const removed = await tx
        .delete(deadlinePolicySettings)
        .where(atVersion(code, version))
        .returning({ code: deadlinePolicySettings.policyCode });
      if (removed.length === 0) throw new AppError('VERSION_CONFLICT');
      const after = policyView(policy, undefined);
      await auditAmount(tx, actor, 'delete', code, setting.amount, after.amount);
      return after;
    });
  }

  return {
    calendarYear,
    setCalendarDay,
    removeCalendarDay,
    listPolicies,
    setPolicyAmount,
    resetPolicy,
  };
}

export type DeadlineSettingsService = ReturnType<typeof createDeadlineSettingsService>;
