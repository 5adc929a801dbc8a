import { asc, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../../test/test-database';
import type { Database } from '../../db/connection';
import { newId } from '../../db/ids';
import { serviceScopeFilter, withScope, withSystemScope } from '../access/region-scope';
import { defineDeadlinePolicy, policyRegistry } from './deadline-policy';
import { calendarDays, deadlinePolicySettings, deadlines } from './deadlines.table';
import { createDeadlineService, type DeadlineService } from './deadlines.service';

const answer = defineDeadlinePolicy({
  code: 'tests.answer',
  label: { 'zh-CN': '答复转介', 'en-US': 'Answer the referral' },
  subjectType: 'test_referral',
  amount: 3,
  unit: 'working_days',
});
const report = defineDeadlinePolicy({
  code: 'tests.report',
  label: { 'zh-CN': '反馈结果', 'en-US': 'Report back' },
  subjectType: 'test_referral',
  amount: 10,
  unit: 'working_days',
});
const callback = defineDeadlinePolicy({
  code: 'tests.callback',
  label: { 'zh-CN': '回访', 'en-US': 'Call back' },
  subjectType: 'test_ticket',
  amount: 24,
  unit: 'calendar_hours',
});
const boardCallback = defineDeadlinePolicy({
  ...callback,
  code: 'tests.board',
  subjectType: 'test_board',
});

/** Shanghai wall-clock time. */
const local = (dateTime: string) => new Date(`${dateTime}+08:00`);

let database: Database;
let now = local('2026-02-13T10:00');
let engine: DeadlineService;
const nanming = { regionCode: '520102' };
const yunyan = { regionCode: '520103' };

beforeAll(async () => {
  database = await createTestDatabase();
  engine = createDeadlineService({
    clock: () => now,
    policies: [answer, report, callback, boardCallback],
  });
});
afterAll(() => database.close());
afterEach(() => {
  serviceScopeFilter.enabled = true;
});

const inNanming = <T>(work: Parameters<typeof withScope<T>>[2]) =>
  withScope(database, nanming, work);

describe('the seeded working calendar', () => {
  it('holds the State Council’s 2025 and 2026 arrangements', async () => {
    const days = await withSystemScope(database, (tx) =>
      tx.select().from(calendarDays).orderBy(asc(calendarDays.date)),
    );
    const of = (year: string) => days.filter((d) => d.date.startsWith(year));
    expect(of('2025')).toHaveLength(33);
    expect(of('2026')).toHaveLength(39);
    const day = (date: string) => days.find((d) => d.date === date);
    expect(day('2026-02-14')).toMatchObject({ kind: 'workday', name: '春节调休' });
    expect(day('2026-02-23')).toMatchObject({ kind: 'holiday', name: '春节' });
    expect(day('2026-01-04')).toMatchObject({ kind: 'workday', name: '元旦调休' });
    expect(day('2025-10-08')).toMatchObject({ kind: 'holiday', name: '国庆节、中秋节' });
    expect(day('2025-10-11')).toMatchObject({ kind: 'workday' });
    expect(days.filter((d) => d.kind === 'workday').map((d) => d.date)).toEqual([
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });
});

describe('starting deadlines', () => {
  it('gives a deadline its due time on the working calendar: the make-up Saturday counts, 春节 does not', async () => {
    now = local('2026-02-13T10:00'); // Friday before 春节
    const subjectId = newId();
    const started = await inNanming((tx) =>
      engine.start(tx, { policy: answer, subjectId, regionCode: '520102001' }),
    );
    // 14 Feb (调休 Saturday), 24 Feb, 25 Feb: due at the end of the 25th.
    expect(started).toMatchObject({
      policyCode: 'tests.answer',
      subjectType: 'test_referral',
      subjectId,
      amount: 3,
      unit: 'working_days',
      startedAt: local('2026-02-13T10:00').toISOString(),
      dueAt: local('2026-02-26T00:00').toISOString(),
      state: 'running',
      overdue: false,
      settledAt: null,
    });
  });

  it('keeps several deadlines on one record and reads many records in one query', async () => {
    now = local('2026-03-02T09:00');
    const [a, b, none] = [newId(), newId(), newId()];
    await inNanming(async (tx) => {
      await engine.start(tx, { policy: answer, subjectId: a, regionCode: '520102' });
      await engine.start(tx, { policy: report, subjectId: a, regionCode: '520102' });
      await engine.start(tx, { policy: answer, subjectId: b, regionCode: '520102' });
    });
    const read = await inNanming((tx) => engine.ofSubjects(tx, 'test_referral', [a, b, none]));
    expect(read.get(a)!.map((d) => d.policyCode)).toEqual(['tests.answer', 'tests.report']);
    expect(read.get(b)!.map((d) => d.policyCode)).toEqual(['tests.answer']);
    expect(read.get(none)).toEqual([]);
    expect(await inNanming((tx) => engine.ofSubjects(tx, 'test_referral', []))).toEqual(new Map());
  });

  it('refuses a second open deadline of the same policy on a record', async () => {
    const subjectId = newId();
    await inNanming((tx) => engine.start(tx, { policy: answer, subjectId, regionCode: '520102' }));
    await expect(
      inNanming((tx) => engine.start(tx, { policy: answer, subjectId, regionCode: '520102' })),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses a policy no manifest names, and a malformed or twice-declared one', async () => {
    const stray = defineDeadlinePolicy({ ...answer, code: 'tests.stray' });
    await expect(
      inNanming((tx) =>
        engine.start(tx, { policy: stray, subjectId: newId(), regionCode: '520102' }),
      ),
    ).rejects.toThrow(/not named in any module/);
    expect(() => defineDeadlinePolicy({ ...answer, code: 'Answer' })).toThrow(/code/);
    expect(() => defineDeadlinePolicy({ ...answer, amount: 0 })).toThrow(/amount/);
    expect(() => policyRegistry([answer, { ...answer }])).toThrow(/declared twice/);
  });

  it('takes an administrator’s amount for deadlines started after it; running ones keep theirs', async () => {
    now = local('2026-03-02T09:00'); // Monday
    const before = newId();
    const after = newId();
    await inNanming((tx) =>
      engine.start(tx, { policy: answer, subjectId: before, regionCode: '520102' }),
    );
    await withSystemScope(database, (tx) =>
      tx
        .insert(deadlinePolicySettings)
        .values({ policyCode: answer.code, amount: 5, updatedBy: newId() }),
    );
    try {
      const started = await inNanming((tx) =>
        engine.start(tx, { policy: answer, subjectId: after, regionCode: '520102' }),
      );
      expect(started).toMatchObject({ amount: 5, dueAt: local('2026-03-10T00:00').toISOString() });
      const kept = await inNanming((tx) => engine.ofSubjects(tx, 'test_referral', [before]));
      expect(kept.get(before)![0]).toMatchObject({
        amount: 3,
        dueAt: local('2026-03-06T00:00').toISOString(),
      });
    } finally {
      await withSystemScope(database, (tx) =>
        tx
          .delete(deadlinePolicySettings)
          .where(sql`${deadlinePolicySettings.policyCode} = ${answer.code}`),
      );
    }
  });
});

describe('late without a job', () => {
  it('reads a running deadline past its due time as missed, and settles it missed', async () => {
    now = local('2026-03-02T09:00');
    const subjectId = newId();
    await inNanming((tx) => engine.start(tx, { policy: answer, subjectId, regionCode: '520102' }));
    now = local('2026-03-05T23:59'); // Thursday, before the end of the third working day
    let [read] = (await inNanming((tx) => engine.ofSubjects(tx, 'test_referral', [subjectId]))).get(
      subjectId,
    )!;
    expect(read).toMatchObject({ state: 'running', overdue: false });
    now = local('2026-03-06T00:00:01');
    [read] = (await inNanming((tx) => engine.ofSubjects(tx, 'test_referral', [subjectId]))).get(
      subjectId,
    )!;
    expect(read).toMatchObject({ state: 'missed', overdue: true, settledAt: null });
    const settled = await inNanming((tx) => engine.meet(tx, answer, subjectId));
    expect(settled).toMatchObject({
      state: 'missed',
      overdue: false,
      settledAt: now.toISOString(),
    });
    expect(await inNanming((tx) => engine.meet(tx, answer, subjectId))).toBeNull();
  });

  it('settles met when done by the due time, exactly at it included', async () => {
    now = local('2026-03-02T09:00');
    const subjectId = newId();
    const started = await inNanming((tx) =>
      engine.start(tx, { policy: answer, subjectId, regionCode: '520102' }),
    );
    now = new Date(started.dueAt);
    expect(await inNanming((tx) => engine.meet(tx, answer, subjectId))).toMatchObject({
      state: 'met',
      settledAt: started.dueAt,
    });
  });
});

describe('pauses', () => {
  it('moves the due time on by the working time the clock was held', async () => {
    now = local('2026-03-02T09:00'); // Monday; due at the end of Thursday
    const subjectId = newId();
    await inNanming((tx) => engine.start(tx, { policy: answer, subjectId, regionCode: '520102' }));
    now = local('2026-03-04T12:00'); // Wednesday noon
    expect(await inNanming((tx) => engine.pause(tx, answer, subjectId))).toMatchObject({
      state: 'paused',
      pausedAt: now.toISOString(),
      dueAt: local('2026-03-06T00:00').toISOString(),
    });
    // Paused across the weekend and past the old due time: a paused clock is not late.
    now = local('2026-03-09T06:00'); // Monday 06:00
    let [read] = (await inNanming((tx) => engine.ofSubjects(tx, 'test_referral', [subjectId]))).get(
      subjectId,
    )!;
    expect(read).toMatchObject({ state: 'paused', overdue: false });
    // Held: Wed 12 h + Thu 24 h + Fri 24 h + Mon 6 h = 66 working hours; the end of Thursday
    // + 66 h: Friday, Monday, and 18 h of Tuesday.
    const resumed = await inNanming((tx) => engine.resume(tx, answer, subjectId));
    expect(resumed).toMatchObject({
      state: 'running',
      pausedAt: null,
      dueAt: local('2026-03-10T18:00').toISOString(),
    });
    const [row] = await withSystemScope(database, (tx) =>
      tx
        .select()
        .from(deadlines)
        .where(sql`${deadlines.subjectId} = ${subjectId}`),
    );
    expect(row!.pausedMs).toBe(66 * 3_600_000);
    // Resuming or pausing twice changes nothing.
    expect(await inNanming((tx) => engine.resume(tx, answer, subjectId))).toEqual(resumed);
    [read] = (await inNanming((tx) => engine.ofSubjects(tx, 'test_referral', [subjectId]))).get(
      subjectId,
    )!;
    expect(read).toEqual(resumed);
  });

  it('counts a settled pause as met when the clock stopped before the due time', async () => {
    now = local('2026-03-02T09:00');
    const subjectId = newId();
    await inNanming((tx) => engine.start(tx, { policy: answer, subjectId, regionCode: '520102' }));
    now = local('2026-03-03T09:00');
    await inNanming((tx) => engine.pause(tx, answer, subjectId));
    await inNanming((tx) => engine.pause(tx, answer, subjectId));
    now = local('2026-03-20T09:00');
    expect(await inNanming((tx) => engine.meet(tx, answer, subjectId))).toMatchObject({
      state: 'met',
      pausedAt: null,
    });
  });

  it('does not undo a miss: a deadline paused when already late stays late', async () => {
    now = local('2026-03-02T09:00');
    const subjectId = newId();
    const started = await inNanming((tx) =>
      engine.start(tx, { policy: answer, subjectId, regionCode: '520102' }),
    );
    now = local('2026-03-07T10:00'); // Saturday, past the end of Thursday
    expect(await inNanming((tx) => engine.pause(tx, answer, subjectId))).toMatchObject({
      state: 'missed',
      overdue: true,
    });
    now = local('2026-03-09T10:00');
    expect(await inNanming((tx) => engine.resume(tx, answer, subjectId))).toMatchObject({
      dueAt: started.dueAt,
      state: 'missed',
    });
  });

  it('holds calendar time for a calendar unit', async () => {
    now = local('2026-03-06T20:00'); // Friday evening; due Saturday 20:00
    const subjectId = newId();
    await inNanming((tx) =>
      engine.start(tx, { policy: callback, subjectId, regionCode: '520102' }),
    );
    now = local('2026-03-07T08:00');
    await inNanming((tx) => engine.pause(tx, callback, subjectId));
    now = local('2026-03-07T10:00');
    expect(await inNanming((tx) => engine.resume(tx, callback, subjectId))).toMatchObject({
      dueAt: local('2026-03-07T22:00').toISOString(),
    });
  });

  it('cancels a deadline that no longer applies, paused or not', async () => {
    now = local('2026-03-02T09:00');
    const subjectId = newId();
    await inNanming((tx) => engine.start(tx, { policy: answer, subjectId, regionCode: '520102' }));
    await inNanming((tx) => engine.pause(tx, answer, subjectId));
    expect(await inNanming((tx) => engine.cancel(tx, answer, subjectId))).toMatchObject({
      state: 'cancelled',
      pausedAt: null,
      settledAt: now.toISOString(),
    });
    expect(await inNanming((tx) => engine.pause(tx, answer, subjectId))).toBeNull();
    expect(await inNanming((tx) => engine.resume(tx, answer, subjectId))).toBeNull();
    // The policy may start again on the record once nothing of it is open.
    await inNanming((tx) => engine.start(tx, { policy: answer, subjectId, regionCode: '520102' }));
  });
});

describe('boards: overdue or due soon in the actor’s scope', () => {
  it('lists the late and the soon due of the scope, the earliest first, and nothing else', async () => {
    now = local('2026-04-01T09:00'); // Wednesday
    const ids = { late: newId(), soon: newId(), later: newId(), sibling: newId(), shared: newId() };
    await inNanming(async (tx) => {
      await engine.start(tx, {
        policy: boardCallback,
        subjectId: ids.late,
        regionCode: '520102001',
        at: local('2026-03-30T09:00'),
      });
      await engine.start(tx, { policy: boardCallback, subjectId: ids.soon, regionCode: '520102' });
      await engine.start(tx, { policy: report, subjectId: ids.later, regionCode: '520102' });
    });
    await withScope(database, yunyan, async (tx) => {
      await engine.start(tx, {
        policy: boardCallback,
        subjectId: ids.sibling,
        regionCode: '520103',
      });
      // A 云岩 record that 南明 works on too (a referral to a 南明 organisation).
      await engine.start(tx, {
        policy: boardCallback,
        subjectId: ids.shared,
        regionCode: '520103',
        counterpartRegionCode: '520102',
        at: local('2026-03-31T08:00'),
      });
    });
    const board = await inNanming((tx) =>
      engine.dueInScope(tx, nanming, {
        soon: { amount: 1, unit: 'working_days' },
        subjectTypes: ['test_board'],
      }),
    );
    expect(board.map((d) => d.subjectId)).toEqual([ids.late, ids.shared, ids.soon]);
    expect(board.map((d) => d.overdue)).toEqual([true, true, false]);
    const lateOnly = await inNanming((tx) =>
      engine.dueInScope(tx, nanming, { policies: [boardCallback] }),
    );
    expect(lateOnly.map((d) => d.subjectId)).toEqual([ids.late, ids.shared]);
    const forYunyan = await withScope(database, yunyan, (tx) =>
      engine.dueInScope(tx, yunyan, {
        soon: { amount: 2, unit: 'calendar_days' },
        subjectTypes: ['test_board'],
      }),
    );
    expect(forYunyan.map((d) => d.subjectId)).toEqual([ids.shared, ids.sibling]);
  });

  it('keeps a sibling county out under row-level security alone, and lets the counterpart settle', async () => {
    now = local('2026-04-01T09:00');
    const own = newId();
    const shared = newId();
    await inNanming((tx) =>
      engine.start(tx, { policy: answer, subjectId: own, regionCode: '520102' }),
    );
    await inNanming((tx) =>
      engine.start(tx, {
        policy: answer,
        subjectId: shared,
        regionCode: '520102',
        counterpartRegionCode: '520103',
      }),
    );
    serviceScopeFilter.enabled = false;
    const seen = await withScope(database, yunyan, (tx) =>
      engine.ofSubjects(tx, 'test_referral', [own, shared]),
    );
    expect(seen.get(own)).toEqual([]);
    expect(seen.get(shared)).toHaveLength(1);
    expect(await withScope(database, yunyan, (tx) => engine.meet(tx, answer, own))).toBeNull();
    expect(
      await withScope(database, yunyan, (tx) => engine.meet(tx, answer, shared)),
    ).toMatchObject({ state: 'met' });
    await expect(
      withScope(database, yunyan, (tx) =>
        engine.start(tx, { policy: report, subjectId: own, regionCode: '520102' }),
      ),
    ).rejects.toThrow();
  });
});
