import { and, desc, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, sessionOf, type TestClient } from '../../../test/test-app';
import { createTestDatabase } from '../../../test/test-database';
import { buildApp } from '../../app';
import { loadConfig } from '../../config';
import type { Database } from '../../db/connection';
import { demoPassword } from '../../demo/demo-accounts';
import { withSystemScope } from '../access/region-scope';
import { auditEvents } from '../audit/audit.table';
import { defineDeadlinePolicy } from './deadline-policy';

// No module declares a policy yet: the app is built with one of the test's own.
const answer = defineDeadlinePolicy({
  code: 'tests.answer',
  label: { 'zh-CN': '答复转介', 'en-US': 'Answer the referral' },
  description: { 'zh-CN': '自转介发出至接收方答复', 'en-US': 'From sending to the answer' },
  subjectType: 'test_referral',
  amount: 3,
  unit: 'working_days',
});

let database: Database;
let app: FastifyInstance;
let admin: TestClient;
let nanming: TestClient;
let security: TestClient;
let auditor: TestClient;

async function signIn(username: string): Promise<TestClient> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password: demoPassword },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${username}: ${response.body}`);
  return clientFor(app, sessionOf(response));
}

beforeAll(async () => {
  database = await createTestDatabase();
  app = await buildApp({
    config: loadConfig({ LOG_LEVEL: 'silent', WEB_DIST: '/nonexistent' }),
    database,
    loginRateLimit: 1000,
    deadlinePolicies: [answer],
  });
  await app.ready();
  admin = await signIn('admin');
  nanming = await signIn('nanming');
  security = await signIn('security');
  auditor = await signIn('auditor');
});
afterAll(async () => {
  await app.close();
  await database.close();
});

async function lastAuditOf(entityType: string, entityId: string) {
  const [event] = await withSystemScope(database, (tx) =>
    tx
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityType, entityType), eq(auditEvents.entityId, entityId)))
      .orderBy(desc(auditEvents.occurredAt))
      .limit(1),
  );
  return event;
}

const detailsOf = (body: string) =>
  (JSON.parse(body) as { error: { details: { path: string; message: string }[] } }).error.details;

describe('the working calendar', () => {
  it('shows any signed-in user the holidays and make-up working days of a year', async () => {
    const response = await nanming.get('/api/v1/calendar-days?year=2026');
    expect(response.statusCode).toBe(200);
    const { year, days } = response.json();
    expect(year).toBe(2026);
    expect(days).toHaveLength(39);
    expect(days[0]).toEqual({ date: '2026-01-01', kind: 'holiday', name: '元旦' });
    expect(days.find((d: { date: string }) => d.date === '2026-02-28')).toEqual({
      date: '2026-02-28',
      kind: 'workday',
      name: '春节调休',
    });
    expect((await auditor.get('/api/v1/calendar-days?year=2027')).json()).toEqual({
      year: 2027,
      days: [],
    });
  });

  it('lets only an administrator with settings:manage change a day', async () => {
    const body = { kind: 'workday', name: '春节调休' };
    for (const client of [nanming, security, auditor]) {
      expect((await client.put('/api/v1/calendar-days/2027-02-06', body)).statusCode).toBe(403);
      expect((await client.delete('/api/v1/calendar-days/2026-01-01')).statusCode).toBe(403);
    }
    const set = await admin.put('/api/v1/calendar-days/2027-02-06', body);
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ date: '2027-02-06', ...body });
    expect((await nanming.get('/api/v1/calendar-days?year=2027')).json().days).toEqual([
      { date: '2027-02-06', ...body },
    ]);
    expect(await lastAuditOf('calendar_day', '2027-02-06')).toMatchObject({
      action: 'create',
      actorRoles: ['system_admin'],
      changes: { date: [null, '2027-02-06'], kind: [null, 'workday'], name: [null, '春节调休'] },
    });

    const changed = await admin.put('/api/v1/calendar-days/2027-02-06', {
      kind: 'holiday',
      name: '春节',
    });
    expect(changed.json()).toMatchObject({ kind: 'holiday', name: '春节' });
    expect(await lastAuditOf('calendar_day', '2027-02-06')).toMatchObject({
      action: 'update',
      changes: { kind: ['workday', 'holiday'], name: ['春节调休', '春节'] },
    });

    expect((await admin.delete('/api/v1/calendar-days/2027-02-06')).statusCode).toBe(204);
    expect(await lastAuditOf('calendar_day', '2027-02-06')).toMatchObject({
      action: 'delete',
      changes: { kind: ['holiday', null] },
    });
    const again = await admin.delete('/api/v1/calendar-days/2027-02-06');
    expect(again.statusCode).toBe(404);
    expect(again.json().error.message).toBe('该日的放假或调休安排不存在');
  });

  it('refuses bad input with a message naming the field', async () => {
    const notADate = await admin.put('/api/v1/calendar-days/2026-02-30', {
      kind: 'holiday',
      name: '春节',
    });
    expect(notADate.statusCode).toBe(400);
    expect(notADate.json().error.message).toBe('请求内容有误：params.date');
    expect(detailsOf(notADate.body)).toEqual([
      { path: 'params.date', message: '日期无效，应为 YYYY-MM-DD 格式的真实日期' },
    ]);

    const badBody = await admin.put('/api/v1/calendar-days/2026-03-07', { kind: 'weekend' });
    expect(detailsOf(badBody.body)).toEqual([
      { path: 'body.kind', message: '类型须为放假（holiday）或调休上班（workday）' },
      { path: 'body.name', message: '请填写名称（1 至 40 个字），如：春节、国庆节调休' },
    ]);

    const weekday = await admin.put('/api/v1/calendar-days/2026-03-04', {
      kind: 'workday',
      name: '调休',
    });
    expect(weekday.statusCode).toBe(400);
    expect(detailsOf(weekday.body)).toEqual([
      { path: 'body.kind', message: '调休上班日只能是周六或周日（周一至周五本来就是工作日）' },
    ]);

    const year = await nanming.get('/api/v1/calendar-days?year=1999');
    expect(detailsOf(year.body)).toEqual([
      { path: 'query.year', message: '年份须为 2000 至 2100 之间的整数' },
    ]);

    const english = await admin.request({
      method: 'PUT',
      url: '/api/v1/calendar-days/2026-03-04',
      headers: { 'accept-language': 'en-US' },
      payload: { kind: 'workday', name: 'x' },
    });
    expect(detailsOf(english.body)[0]!.message).toMatch(/Saturday or Sunday/);
  });
});

describe('deadline policies', () => {
  it('lists the declared policies with the amount in force, for settings:manage only', async () => {
    expect((await nanming.get('/api/v1/deadline-policies')).statusCode).toBe(403);
    const response = await admin.get('/api/v1/deadline-policies');
    expect(response.statusCode).toBe(200);
    // The modules' own policies (referrals…) are listed beside the test's.
    const items = response.json().items as { code: string }[];
    expect(items.filter((p) => p.code.startsWith('tests.'))).toEqual([
      {
        code: 'tests.answer',
        label: answer.label,
        description: answer.description,
        subjectType: 'test_referral',
        unit: 'working_days',
        defaultAmount: 3,
        amount: 3,
        overridden: false,
        updatedAt: null,
        version: 0,
      },
    ]);
  });

  it('sets and resets an amount, audited, with optimistic versions', async () => {
    expect(
      (await nanming.put('/api/v1/deadline-policies/tests.answer', { amount: 5, version: 0 }))
        .statusCode,
    ).toBe(403);
    const set = await admin.put('/api/v1/deadline-policies/tests.answer', {
      amount: 5,
      version: 0,
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ amount: 5, defaultAmount: 3, overridden: true, version: 1 });
    expect(await lastAuditOf('deadline_policy', 'tests.answer')).toMatchObject({
      action: 'update',
      changes: { amount: [3, 5] },
    });
    const stale = await admin.put('/api/v1/deadline-policies/tests.answer', {
      amount: 6,
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    const again = await admin.put('/api/v1/deadline-policies/tests.answer', {
      amount: 6,
      version: 1,
    });
    expect(again.json()).toMatchObject({ amount: 6, version: 2 });

    expect(
      (await admin.delete('/api/v1/deadline-policies/tests.answer?version=1')).statusCode,
    ).toBe(409);
    const reset = await admin.delete('/api/v1/deadline-policies/tests.answer?version=2');
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toMatchObject({ amount: 3, overridden: false, version: 0 });
    expect(await lastAuditOf('deadline_policy', 'tests.answer')).toMatchObject({
      action: 'delete',
      changes: { amount: [6, 3] },
    });
    expect(
      (await admin.delete('/api/v1/deadline-policies/tests.answer?version=1')).statusCode,
    ).toBe(404);
  });

  it('refuses an amount that is not a whole number from 1 to 999, and an unknown policy', async () => {
    for (const amount of [0, -1, 2.5, 1000, '3']) {
      const response = await admin.put('/api/v1/deadline-policies/tests.answer', {
        amount,
        version: 0,
      });
      expect(response.statusCode, String(amount)).toBe(400);
      expect(detailsOf(response.body)).toEqual([
        { path: 'body.amount', message: '时限须为 1 至 999 之间的整数' },
      ]);
    }
    const unknown = await admin.put('/api/v1/deadline-policies/tests.nothing', {
      amount: 3,
      version: 0,
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.message).toBe('时限规则不存在');
  });
});
