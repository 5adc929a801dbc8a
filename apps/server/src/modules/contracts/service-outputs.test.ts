import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/connection';
import { caseDriver } from '../../../test/case-world';
import {
  clientOf,
  groupInput,
  paths,
  startGroupwork,
  type GroupworkWorld,
} from '../../../test/groupwork-world';
import type { TestApp, TestClient } from '../../../test/test-app';

let t: TestApp;
let w: GroupworkWorld;
let administrator: TestClient;
let organisationId: string;
let otherOrganisationId: string;

const now = new Date('2026-11-20T02:00:00Z');
const today = '2026-11-20';
let team: { workerId: string; supervisorId: string };
const cases = caseDriver(() => ({ worker: w.worker, stationId: w.station.id, ...team }), today, {
  firstClient: 400,
  clock: () => now,
});

const outputs = (client: TestClient, query: Record<string, string>) =>
  client.get(`/api/v1/service-outputs?${new URLSearchParams(query)}`);

beforeAll(async () => {
  ({ t, w } = await startGroupwork());
  administrator = await t.signIn('jigou');
  const rows = await queryRows<{ username: string; id: string; organisation_id: string }>(
    t.database.drizzle,
    sql`select username, id, organisation_id from account where username in ('shegong', 'dudao', 'groupwork.other')`,
  );
  const of = (name: string) => rows.find((r) => r.username === name)!;
  team = { workerId: of('shegong').id, supervisorId: of('dudao').id };
  organisationId = of('shegong').organisation_id;
  otherOrganisationId = of('groupwork.other').organisation_id;

  // Two cases: one still in 介入, one closed with the supervisor's approval; a contact each.
  await cases.driveTo('intervention');
  const { file } = await cases.driveTo('evaluation');
  const requested = (
    await w.worker.strict().post(`/api/v1/cases/${file.id}/closure`, {
      reasons: ['goals_achieved'],
      summary: '服务目标均已达成',
      version: file.version,
    })
  ).json();
  const supervisor = await t.signIn('dudao');
  await supervisor
    .strict()
    .post(`/api/v1/cases/${file.id}/closure/approve`, { version: requested.version });

  // A group session with one present and one absent, and a session still to come.
  const group = (
    await w.worker.strict().post('/api/v1/groups', groupInput(w, '长者互助小组'))
  ).json();
  const [a, b] = [await clientOf(w, 411), await clientOf(w, 413)];
  for (const clientId of [a, b])
    await w.worker.strict().post(paths.members(group.id), { clientId, joinedOn: '2026-11-01' });
  const held = (
    await w.worker.strict().post(paths.groupSessions(group.id), {
      heldOn: '2026-11-08',
      durationMinutes: 90,
      topic: '相识',
    })
  ).json();
  await w.worker.strict().put(paths.attendance(held.id), {
    entries: [
      { clientId: a, status: 'present' },
      { clientId: b, status: 'absent' },
    ],
  });
  await w.worker.strict().post(paths.groupSessions(group.id), {
    heldOn: '2026-12-06',
    durationMinutes: 90,
    topic: '展望',
  });

  // A counted community activity.
  const fair = (
    await w.worker.strict().post('/api/v1/activities', {
      stationId: w.station.id,
      activityType: 'festival',
      title: '社区义诊',
      serviceField: 'community_building',
      populationGroups: ['elderly'],
      participation: 'counted',
    })
  ).json();
  await w.worker.strict().post(paths.activitySessions(fair.id), {
    heldOn: '2026-10-15',
    place: '文化广场',
    durationMinutes: 180,
    countedParticipants: 85,
    countNote: '签到表计数',
  });
});
afterAll(() => t.close());

const term = { from: '2026-10-01', to: '2027-09-30' };

describe('service outputs for contract indicators', () => {
  it('adds up an organisation’s cases, sessions, person-times and hours per period of the term', async () => {
    const answer = await outputs(w.nanming, { organisationId, ...term, period: 'quarter' });
    expect(answer.statusCode, answer.body).toBe(200);
    const { periods, total } = answer.json();
    expect(
      periods.map((p: { key: string; from: string; to: string }) => [p.key, p.from, p.to]),
    ).toEqual([
      ['Y1Q1', '2026-10-01', '2026-12-31'],
      ['Y1Q2', '2027-01-01', '2027-03-31'],
      ['Y1Q3', '2027-04-01', '2027-06-30'],
      ['Y1Q4', '2027-07-01', '2027-09-30'],
    ]);
    const counts = {
      casesOpened: 2,
      casesClosed: 1,
      groupSessions: 1,
      activitySessions: 1,
      groupPersonTimes: 1,
      activityPersonTimes: 85,
      // Attendance only: the absent member and the session to come do not count.
      personTimes: 86,
      workHours: 6.5, // two contacts of 60 minutes, sessions of 90 and 180
    };
    expect(periods[0]).toMatchObject(counts);
    expect(periods[1]).toMatchObject({ casesOpened: 0, personTimes: 0, workHours: 0 });
    expect(total).toEqual(counts);
    const months = (
      await outputs(w.nanming, {
        organisationId,
        from: '2026-10-01',
        to: '2026-11-30',
        period: 'month',
      })
    ).json();
    expect(months.periods.map((p: { personTimes: number }) => p.personTimes)).toEqual([85, 1]);
  });

  it('counts only the area asked for: its divisions or its stations', async () => {
    const inTownship = await outputs(w.nanming, { organisationId, ...term, regions: '520102016' });
    expect(inTownship.json().total.personTimes).toBe(86);
    const atStation = await outputs(w.nanming, {
      organisationId,
      ...term,
      stationIds: w.station.id,
    });
    expect(atStation.json().total.casesOpened).toBe(2);
    const elsewhere = await outputs(w.nanming, { organisationId, ...term, regions: '520102017' });
    expect(elsewhere.json().total).toMatchObject({ casesOpened: 0, personTimes: 0, workHours: 0 });
  });

  it('counts another organisation’s records only for it, and nothing outside the reader’s scope', async () => {
    const other = await outputs(w.nanming, { organisationId: otherOrganisationId, ...term });
    expect(other.statusCode).toBe(200);
    expect(other.json().total).toMatchObject({ casesOpened: 0, personTimes: 0 });
    const sibling = await outputs(w.yunyan, { organisationId, ...term });
    if (sibling.statusCode === 200)
      expect(sibling.json().total).toMatchObject({ casesOpened: 0, personTimes: 0 });
    else expect(sibling.statusCode).toBe(404);
  });

  it('lets the provider’s administrator count its own organisation only; a social worker not at all', async () => {
    const own = await outputs(administrator, { organisationId, ...term });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().total).toMatchObject({ casesOpened: 2, personTimes: 86 });
    expect(
      (await outputs(administrator, { organisationId: otherOrganisationId, ...term })).statusCode,
    ).toBe(404);
    expect((await outputs(w.worker, { organisationId, ...term })).statusCode).toBe(403);
  });

  it('refuses a period that ends before it starts, naming the field', async () => {
    const refused = await outputs(w.nanming, {
      organisationId,
      from: '2026-10-01',
      to: '2026-09-30',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toMatchObject([
      { path: 'query.to', message: '结束日期不能早于开始日期' },
    ]);
  });
});
