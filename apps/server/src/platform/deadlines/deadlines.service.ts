import { and, asc, eq, gte, inArray, isNotNull, lt, lte, or, type SQL } from 'drizzle-orm';
import type { DeadlineState, DeadlineView, LocalizedText } from '@shegong/domain';
import { isAnyOf } from '../../db/any-of';
import type { Executor, Transaction } from '../../db/connection';
import { newId } from '../../db/ids';
import type { Actor } from '../access/actor';
import { inRegionScope } from '../access/region-scope';
import type { Clock } from '../clock';
import { conflict } from '../errors/app-error';
import { policyRegistry, type DeadlinePolicy } from './deadline-policy';
import { calendarDays, deadlinePolicySettings, deadlines } from './deadlines.table';
import {
  dueAfter,
  pausedTime,
  postponedBy,
  shanghaiDateOf,
  workingCalendar,
  type DeadlineUnit,
  type WorkingCalendar,
} from './working-calendar';

type DeadlineRow = typeof deadlines.$inferSelect;

/** The working calendar from a date on (the days before it are never needed by a computation). */
export async function calendarFrom(db: Executor, from: Date): Promise<WorkingCalendar> {
  const days = await db
    .select({ date: calendarDays.date, kind: calendarDays.kind })
    .from(calendarDays)
    .where(gte(calendarDays.date, shanghaiDateOf(from)));
  return workingCalendar(days as { date: string; kind: 'holiday' | 'workday' }[]);
}

/** The amount in force for a policy: the administrator's, else the declared one. */
export async function amountInForce(db: Executor, policy: DeadlinePolicy): Promise<number> {
  const [setting] = await db
    .select({ amount: deadlinePolicySettings.amount })
    .from(deadlinePolicySettings)
    .where(eq(deadlinePolicySettings.policyCode, policy.code));
  return setting?.amount ?? policy.amount;
}

/**
 * How a deadline reads at `now`. Nothing needs to have run for a deadline to be late: a running
 * one past its due time reads `missed`, as does a paused one whose clock stopped past it.
 */
export function viewOf(row: DeadlineRow, now: Date): DeadlineView {
  const open = row.state === 'running' || row.state === 'paused';
  const stoppedAt = row.pausedAt ?? now;
  const overdue = open && stoppedAt.getTime() > row.dueAt.getTime();
  const state: DeadlineState = overdue ? 'missed' : (row.state as DeadlineState);
  return {
    id: row.id,
    policyCode: row.policyCode,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    amount: row.amount,
    unit: row.unit as DeadlineUnit,
    startedAt: row.startedAt.toISOString(),
    dueAt: row.dueAt.toISOString(),
    pausedAt: row.pausedAt?.toISOString() ?? null,
    state,
    overdue,
    settledAt: row.settledAt?.toISOString() ?? null,
  };
}

const openStates = ['running', 'paused'] as const;

export interface StartDeadline {
  readonly policy: DeadlinePolicy;
  readonly subjectId: string;
  /** The region of the record it belongs to. */
  readonly regionCode: string;
  /** The other party's region, when a second region works on the record (a referral's receiver). */
  readonly counterpartRegionCode?: string | null;
  /** When the clock starts; now by default. */
  readonly at?: Date;
}

export interface DueInScope {
  /** How far ahead "due soon" reaches, counted like a deadline; none: overdue ones only. */
  readonly soon?: { readonly amount: number; readonly unit: DeadlineUnit };
  /** Only deadlines on these kinds of record, or of these policies. */
  readonly subjectTypes?: readonly string[];
  readonly policies?: readonly DeadlinePolicy[];
  /** At most this many, the earliest due first (100 by default). */
  readonly limit?: number;
}

/**
 * The deadline engine (时限), for modules: they start and settle deadlines on their records inside
 * their own transaction (`tx` first), at the moments their policy names, and read them with their
 * lists. The due time is fixed when the clock starts — a later change of the policy's amount or of
 * the calendar leaves running deadlines as they were promised — and moves on only by pauses.
 */
export function createDeadlineService({
  clock,
  policies,
}: {
  clock: Clock;
  policies: readonly DeadlinePolicy[];
}) {
  const registry = policyRegistry(policies);

  function declared(policy: DeadlinePolicy): DeadlinePolicy {
    if (registry.get(policy.code) !== policy)
      throw new Error(
        `deadline policy ${policy.code} is not named in any module's deadlinePolicies`,
      );
    return policy;
  }

  /** The open deadline of a policy on a record, locked for the change about to be made. */
  async function openOne(tx: Transaction, policy: DeadlinePolicy, subjectId: string) {
    declared(policy);
    const [row] = await tx
      .select()
      .from(deadlines)
      .where(
        and(
          eq(deadlines.subjectType, policy.subjectType),
          eq(deadlines.subjectId, subjectId),
          eq(deadlines.policyCode, policy.code),
          inArray(deadlines.state, [...openStates]),
        ),
      )
      .for('update');
    return row;
  }

  async function write(tx: Transaction, id: string, change: Partial<DeadlineRow>) {
    const [row] = await tx.update(deadlines).set(change).where(eq(deadlines.id, id)).returning();
    return viewOf(row!, clock());
  }

  /** What ends a pause that is under way at `at`: the clock held, added to the total. */
  async function endPause(tx: Transaction, row: DeadlineRow, at: Date) {
    if (!row.pausedAt) return { held: 0, pausedMs: row.pausedMs };
    const calendar = await calendarFrom(tx, row.pausedAt);
    const held = pausedTime(calendar, row.pausedAt, at, row.unit as DeadlineUnit);
    return { held, calendar, pausedMs: row.pausedMs + held };
  }

  /**
   * Starts the clock of `policy` on a record, with the amount in force now and the working
   * calendar: a record has one open deadline per policy (409 for a second).
   */
  async function start(tx: Transaction, input: StartDeadline): Promise<DeadlineView> {
    const policy = declared(input.policy);
    const at = input.at ?? clock();
    if (await openOne(tx, policy, input.subjectId))
      throw conflict(alreadyRunning(policy.label), []);
    const amount = await amountInForce(tx, policy);
    const dueAt = dueAfter(await calendarFrom(tx, at), at, amount, policy.unit);
    const [row] = await tx
      .insert(deadlines)
      .values({
        id: newId(),
        regionCode: input.regionCode,
        counterpartRegionCode: input.counterpartRegionCode ?? null,
        subjectType: policy.subjectType,
        subjectId: input.subjectId,
        policyCode: policy.code,
        amount,
        unit: policy.unit,
        startedAt: at,
        dueAt,
      })
      .returning();
    return viewOf(row!, clock());
  }

  /** Stops the clock (the record waits on someone the deadline does not bind); null: none open. */
  async function pause(tx: Transaction, policy: DeadlinePolicy, subjectId: string, at = clock()) {
    const row = await openOne(tx, policy, subjectId);
    if (!row) return null;
    if (row.state === 'paused') return viewOf(row, clock());
    return write(tx, row.id, { state: 'paused', pausedAt: at });
  }

  /**
   * Starts the clock again: the due time moves on by the time it was held (working time for the
   * working units). A deadline already past due when it was paused stays where it was: a pause
   * does not undo a miss.
   */
  async function resume(tx: Transaction, policy: DeadlinePolicy, subjectId: string, at = clock()) {
    const row = await openOne(tx, policy, subjectId);
    if (!row) return null;
    if (row.state !== 'paused' || !row.pausedAt) return viewOf(row, clock());
    const { held, calendar, pausedMs } = await endPause(tx, row, at);
    const unit = row.unit as DeadlineUnit;
    const dueAt =
      calendar && row.pausedAt.getTime() <= row.dueAt.getTime()
        ? postponedBy(calendar, row.dueAt, held, unit)
        : row.dueAt;
    return write(tx, row.id, { state: 'running', pausedAt: null, pausedMs, dueAt });
  }

  /**
   * Settles the deadline: met if the work was done by the due time (for a paused one: if the
   * clock stopped before it), else missed. Null: none open.
   */
  async function meet(tx: Transaction, policy: DeadlinePolicy, subjectId: string, at = clock()) {
    const row = await openOne(tx, policy, subjectId);
    if (!row) return null;
    const stoppedAt = row.pausedAt ?? at;
    const state = stoppedAt.getTime() <= row.dueAt.getTime() ? 'met' : 'missed';
    const { pausedMs } = await endPause(tx, row, at);
    return write(tx, row.id, { state, settledAt: at, pausedAt: null, pausedMs });
  }

  /** Settles the deadline as no longer applying (the record was withdrawn). Null: none open. */
  async function cancel(tx: Transaction, policy: DeadlinePolicy, subjectId: string, at = clock()) {
    const row = await openOne(tx, policy, subjectId);
    if (!row) return null;
    const { pausedMs } = await endPause(tx, row, at);
    return write(tx, row.id, { state: 'cancelled', settledAt: at, pausedAt: null, pausedMs });
  }

  /**
   * The deadlines of many records of one kind, in one query (for a list page), oldest first:
   * every id asked for has an entry, empty if it has none.
   */
  async function ofSubjects(
    tx: Executor,
    subjectType: string,
    subjectIds: readonly string[],
  ): Promise<Map<string, DeadlineView[]>> {
    const bySubject = new Map<string, DeadlineView[]>(subjectIds.map((id) => [id, []]));
    if (subjectIds.length === 0) return bySubject;
    const rows = await tx
      .select()
      .from(deadlines)
      .where(and(eq(deadlines.subjectType, subjectType), isAnyOf(deadlines.subjectId, subjectIds)))
      .orderBy(asc(deadlines.startedAt), asc(deadlines.id));
    const now = clock();
    for (const row of rows) bySubject.get(row.subjectId)?.push(viewOf(row, now));
    return bySubject;
  }

  /**
   * For boards: the open deadlines in the actor's scope (their record's region or the other
   * party's) that are overdue or fall due within `soon`, the earliest due first.
   */
  async function dueInScope(
    tx: Transaction,
    actor: Pick<Actor, 'regionCode'>,
    options: DueInScope = {},
  ): Promise<DeadlineView[]> {
    const now = clock();
    const horizon = options.soon
      ? dueAfter(await calendarFrom(tx, now), now, options.soon.amount, options.soon.unit)
      : now;
    const filters: SQL[] = [
      or(
        inRegionScope(deadlines.regionCode, actor),
        and(
          isNotNull(deadlines.counterpartRegionCode),
          inRegionScope(deadlines.counterpartRegionCode, actor),
        ),
      )!,
      or(
        and(eq(deadlines.state, 'running'), lte(deadlines.dueAt, horizon)),
        and(eq(deadlines.state, 'paused'), lt(deadlines.dueAt, deadlines.pausedAt)),
      )!,
    ];
    if (options.subjectTypes)
      filters.push(inArray(deadlines.subjectType, [...options.subjectTypes]));
    if (options.policies)
      filters.push(
        inArray(
          deadlines.policyCode,
          options.policies.map((policy) => declared(policy).code),
        ),
      );
    const rows = await tx
      .select()
      .from(deadlines)
      .where(and(...filters))
      .orderBy(asc(deadlines.dueAt), asc(deadlines.id))
      .limit(options.limit ?? 100);
    return rows.map((row) => viewOf(row, now));
  }

  return { start, pause, resume, meet, cancel, ofSubjects, dueInScope };
}

export type DeadlineService = ReturnType<typeof createDeadlineService>;

const alreadyRunning = (label: LocalizedText): LocalizedText => ({
  'zh-CN': `该记录已有进行中的“${label['zh-CN']}”时限`,
  'en-US': `The record already has a running deadline: ${label['en-US']}`,
});
