import { eq, sql } from 'drizzle-orm';
import { queryRows } from '../../../db/connection';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSystemScope } from '../../../platform/access/region-scope';
import { accounts } from '../../../platform/auth/accounts.table';
import { organisationInput, residentIdFor, workerInput } from '../../../../test/fixtures';
import { createTestApp, type TestApp, type TestClient } from '../../../../test/test-app';

const now = new Date('2026-11-22T10:00:00+08:00');
let t: TestApp;
let nanming: TestClient;

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  nanming = await t.signIn('nanming');
});
afterAll(() => t.close());

describe('the registrations list', () => {
  it('finds registrations by name prefix or by the whole ID number, and names the region', async () => {
    const idNumber = residentIdFor(811, '19931212');
    const worker = (
      await nanming.post(
        '/api/v1/workers',
        workerInput(811, { idNumber, name: '檀登记', regionCode: '520102016' }),
      )
    ).json();
    const certificate = (
      await nanming.post(`/api/v1/workers/${worker.id}/certificates`, {
        level: 'assistant_social_worker',
        certifiedOn: '2026-06-30',
      })
    ).json();
    await nanming.post(`/api/v1/workers/${worker.id}/registrations`, {
      certificateId: certificate.id,
    });
    const search = async (q: string) =>
      (await nanming.get(`/api/v1/registrations?q=${encodeURIComponent(q)}`)).json();

    const byName = await search('檀');
    expect(byName.total).toBe(1);
    expect(byName.items[0]).toMatchObject({ workerId: worker.id });
    expect(byName.items[0].regionName).toMatch(/南明区 \/ .+/);
    // Written with full-width digits it is the same ID number.
    const fullWidth = idNumber.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    expect((await search(fullWidth)).items.map((r: { workerId: string }) => r.workerId)).toEqual([
      worker.id,
    ]);
    // Part of an ID number is not a search for it.
    expect((await search(idNumber.slice(0, 10))).total).toBe(0);
  });
});

describe('an organisation administrator', () => {
  it('sees the workers their organisation employs today, read-only, and nobody else', async () => {
    const organisation = (
      await nanming.post('/api/v1/organisations', organisationInput('520102', 880001))
    ).json();
    const other = (
      await nanming.post('/api/v1/organisations', organisationInput('520102', 880002))
    ).json();
    const job = (organisationId: string, startedOn: string) => ({
      employerKind: 'organisation',
      organisationId,
      postType: 'organisation',
      startedOn,
    });
    const staff = (await nanming.post('/api/v1/workers', workerInput(821))).json();
    const leaver = (await nanming.post('/api/v1/workers', workerInput(822))).json();
    const outsider = (await nanming.post('/api/v1/workers', workerInput(823))).json();
    await nanming.post(
      `/api/v1/workers/${staff.id}/employments`,
      job(organisation.id, '2024-01-01'),
    );
    const left = (
      await nanming.post(
        `/api/v1/workers/${leaver.id}/employments`,
        job(organisation.id, '2023-01-01'),
      )
    ).json();
    await nanming.post(`/api/v1/employments/${left.id}/end`, {
      version: 1,
      endedOn: '2026-05-01',
      leavingReason: '跳槽',
    });
    await nanming.post(`/api/v1/workers/${outsider.id}/employments`, job(other.id, '2024-01-01'));

    const orgAdmin = await t.accountWith({
      username: 'talent.org.admin',
      roles: ['org_admin'],
      regionCode: '520102',
    });
    await withSystemScope(t.database, (tx) =>
      tx
        .update(accounts)
        .set({ organisationId: organisation.id })
        .where(eq(accounts.username, 'talent.org.admin')),
    );
    const list = (await orgAdmin.get('/api/v1/workers')).json();
    expect(list.items.map((w: { id: string }) => w.id)).toEqual([staff.id]);
    expect(list.total).toBe(1);
    const detail = await orgAdmin.get(`/api/v1/workers/${staff.id}`);
    expect(detail.statusCode).toBe(200);
    expect(detail.json().idNumber).not.toBe(residentIdFor(821));
    expect((await orgAdmin.get(`/api/v1/workers/${leaver.id}`)).statusCode).toBe(404);
    expect((await orgAdmin.get(`/api/v1/workers/${outsider.id}`)).statusCode).toBe(404);
    expect((await orgAdmin.post(`/api/v1/workers/${staff.id}/reveal`)).statusCode).toBe(403);
    expect(
      (await orgAdmin.patch(`/api/v1/workers/${staff.id}`, { version: 1, name: '改名' }))
        .statusCode,
    ).toBe(403);
    const sheet = await orgAdmin.get('/api/v1/workers/export');
    expect(sheet.statusCode).toBe(200);

    // An officer follows the organisation's headcount to the same workers.
    const byEmployer = (
      await nanming.get(`/api/v1/workers?organisation=${organisation.id}`)
    ).json();
    expect(byEmployer.items.map((w: { id: string }) => w.id)).toEqual([staff.id]);
    const listed = (await nanming.get(`/api/v1/organisations/${organisation.id}`)).json();
    expect(listed.headcount).toBe(byEmployer.total);
    const bad = await nanming.get('/api/v1/workers?organisation=x');
    expect(bad.json().error.details[0].path).toBe('query.organisation');
  });

  it('comes with the demo: jigou manages the organisation running most demo stations and sees its staff', async () => {
    const jigou = await t.signIn('jigou');
    const session = (await jigou.get('/api/v1/auth/session')).json();
    expect(session.account.roles).toEqual(['org_admin']);
    const staff = await withSystemScope(t.database, (tx) =>
      queryRows<{ id: string }>(
        tx,
        sql`select distinct e.worker_id as id from employment e
            join account a on a.organisation_id = e.organisation_id and a.username = 'jigou'
            where e.ended_on is null or e.ended_on >= current_date`,
      ),
    );
    expect(staff.length).toBeGreaterThan(3);
    const list = (await jigou.get('/api/v1/workers?limit=100')).json();
    expect(list.total).toBe(staff.length);
    expect(list.items.map((w: { id: string }) => w.id).sort()).toEqual(
      staff.map((w) => w.id).sort(),
    );
  });
});
