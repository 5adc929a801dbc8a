import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/connection';
import { expectOutsideScope } from '../../../test/expect-outside-scope';
import ExcelJS from '../../platform/export/exceljs';
import type { TestApp, TestClient } from '../../../test/test-app';
import {
  clientOf,
  detailsOf,
  groupInput,
  paths,
  startGroupwork,
  type GroupworkWorld,
} from '../../../test/groupwork-world';

let t: TestApp;
let w: GroupworkWorld;
let worker: TestClient;
beforeAll(async () => void ({ t, w, worker } = await startGroupwork()));
afterAll(() => t.close());

const activityInput = (title: string, participation: 'named' | 'counted') => ({
  stationId: w.station.id,
  activityType: 'festival',
  title,
  serviceField: 'community_building',
  populationGroups: ['elderly'],
  participation,
});

describe('community activities', () => {
  it('takes named attendance of registered participants and a counted number with its note', async () => {
    const named = (
      await worker.strict().post('/api/v1/activities', activityInput('重阳敬老', 'named'))
    ).json();
    const [a, b, stranger] = [
      await clientOf(w, 201),
      await clientOf(w, 203),
      await clientOf(w, 205),
    ];
    for (const clientId of [a, b])
      await worker.strict().post(paths.participants(named.id), { clientId });
    const session = await worker.post(paths.activitySessions(named.id), {
      heldOn: '2026-10-29',
      place: '社区活动室',
      durationMinutes: 120,
      volunteerNames: ['李志愿', '张志愿'],
    });
    expect(session.statusCode, session.body).toBe(201);
    expect(session.json()).toMatchObject({ volunteerCount: 2, personTimes: 0 });
    const refused = await worker.put(paths.attendance(session.json().id), {
      entries: [
        { clientId: a, status: 'present' },
        { clientId: stranger, status: 'present' },
      ],
    });
    expect(detailsOf(refused)).toEqual([
      { path: 'body.entries.1.clientId', message: '第 2 行：不是该活动登记的参与者' },
    ]);
    const saved = await worker.put(paths.attendance(session.json().id), {
      entries: [
        { clientId: a, status: 'present' },
        { clientId: b, status: 'absent' },
      ],
    });
    expect(saved.json().session.personTimes).toBe(1);
    const counted = await worker.post(paths.activitySessions(named.id), {
      heldOn: '2026-10-30',
      place: '社区活动室',
      durationMinutes: 60,
      countedParticipants: 30,
      countNote: '现场清点',
    });
    expect(detailsOf(counted)[0]!.path).toBe('body.countedParticipants');
    await worker.strict().post(paths.participants(named.id), { clientId: stranger });
    const registered = (await worker.get(`/api/v1/activities/${named.id}`)).json().participantList;
    const idOf = (clientId: string) =>
      registered.find((p: { clientId: string }) => p.clientId === clientId).id;
    const remove = (clientId: string) =>
      worker.post(`/api/v1/activities/${named.id}/participants/${idOf(clientId)}/remove`, {
        reason: '登记有误',
      });
    expect((await remove(b)).statusCode).toBe(409); // marked absent: stays on the list
    const removed = await remove(stranger);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().participants).toBe(2);

    const fair = (
      await worker.strict().post('/api/v1/activities', activityInput('社区义诊', 'counted'))
    ).json();
    const noNote = await worker.post(paths.activitySessions(fair.id), {
      heldOn: '2026-11-01',
      place: '文化广场',
      durationMinutes: 180,
      countedParticipants: 85,
    });
    expect(detailsOf(noNote)[0]!.path).toBe('body.countNote');
    const future = await worker.post(paths.activitySessions(fair.id), {
      heldOn: '2026-12-01',
      place: '文化广场',
      durationMinutes: 180,
      countedParticipants: 85,
      countNote: '签到表计数',
    });
    expect(detailsOf(future)[0]).toEqual({
      path: 'body.countedParticipants',
      message: '未来日期的场次不能登记参与人次',
    });
    const fewVolunteers = await worker.post(paths.activitySessions(fair.id), {
      heldOn: '2026-11-01',
      place: '文化广场',
      durationMinutes: 180,
      volunteerNames: ['甲', '乙', '丙'],
      volunteerCount: 2,
    });
    expect(detailsOf(fewVolunteers)[0]!.path).toBe('body.volunteerCount');
    const held = await worker.post(paths.activitySessions(fair.id), {
      heldOn: '2026-11-01',
      place: '文化广场',
      durationMinutes: 180,
      countedParticipants: 85,
      countNote: '签到表计数',
      volunteerCount: 6,
    });
    expect(held.json()).toMatchObject({ personTimes: 85, volunteerCount: 6 });
    const noSheet = await worker.put(paths.attendance(held.json().id), {
      entries: [{ clientId: a, status: 'present' }],
    });
    expect(detailsOf(noSheet)[0]!.message).toBe('计数登记的活动不登记实名签到，请填写参与人次');
  });
});

describe('person-times (人次) count attendance only', () => {
  it('sums each station and month in one query, equal to an independent count of present marks and numbers', async () => {
    const group = (await worker.strict().post('/api/v1/groups', groupInput(w, '人次小组'))).json();
    const members = [await clientOf(w, 301), await clientOf(w, 303), await clientOf(w, 305)];
    for (const clientId of members)
      await worker.strict().post(paths.members(group.id), { clientId, joinedOn: '2026-09-01' });
    for (const heldOn of ['2026-09-10', '2026-10-08', '2026-10-22']) {
      const session = (
        await worker.strict().post(paths.groupSessions(group.id), {
          heldOn,
          durationMinutes: 90,
          topic: '分享',
        })
      ).json();
      await worker.strict().put(paths.attendance(session.id), {
        entries: members.map((clientId, i) => ({
          clientId,
          status: i === 0 && heldOn === '2026-10-22' ? 'absent' : i === 2 ? 'excused' : 'present',
        })),
      });
    }
    const report = (
      await worker.get(`/api/v1/person-times?from=2026-09&to=2026-11&stationId=${w.station.id}`)
    ).json();
    const [expected] = await queryRows<{ n: number }>(
      t.database.drizzle,
      sql`select (
            (select count(*) from session_attendance a join service_session s on s.id = a.session_id
              where a.status = 'present' and s.station_id = ${w.station.id}
              and s.held_on between '2026-09-01' and '2026-11-20')
          + (select coalesce(sum(counted_participants), 0) from service_session
              where activity_id is not null and station_id = ${w.station.id}
              and held_on between '2026-09-01' and '2026-11-20'))::int as n`,
    );
    expect(report.total).toBe(expected!.n);
    const october = report.rows.find((r: { month: string }) => r.month === '2026-10');
    expect(october.groupPersonTimes).toBeGreaterThanOrEqual(3); // 2 + 1 present in October
    const groupDetail = (await worker.get(`/api/v1/groups/${group.id}`)).json();
    expect(groupDetail.personTimes).toBe(5);

    const officer = (
      await w.nanming.get(`/api/v1/person-times?from=2026-09&to=2026-11&region=520102`)
    ).json();
    expect(officer.total).toBeGreaterThanOrEqual(report.total);
    // The county's townships by month: the same person-times as the station rows, a row each.
    const byDivision = await w.nanming.get(
      '/api/v1/person-times/by-division?from=2026-09&to=2026-11&region=520102',
    );
    expect(byDivision.statusCode, byDivision.body).toBe(200);
    const divisions = byDivision.json();
    expect(divisions).toMatchObject({ regionCode: '520102', total: officer.total });
    expect(
      divisions.rows.every((r: { regionCode: string }) => /^520102\d{3}$/.test(r.regionCode)),
    ).toBe(true);
    const inTownship = (rows: { regionCode: string; month: string; personTimes: number }[]) =>
      rows
        .filter((r) => r.month === '2026-10' && r.regionCode.startsWith(w.station.regionCode))
        .reduce((n, r) => n + r.personTimes, 0);
    expect(inTownship(divisions.rows)).toBe(inTownship(officer.rows));
    expect(inTownship(divisions.rows)).toBeGreaterThan(0);
    expectOutsideScope(
      await w.yunyan.get('/api/v1/person-times/by-division?from=2026-09&to=2026-11&region=520102'),
      'query.region',
    );
    const sibling = (await w.yunyan.get('/api/v1/person-times?from=2026-09&to=2026-11')).json();
    expect(sibling.rows.some((r: { stationId: string }) => r.stationId === w.station.id)).toBe(
      false,
    );
    const others = (await w.otherWorker.get('/api/v1/person-times?from=2026-09&to=2026-11')).json();
    expect(others.total).toBe(0);

    const month = (
      await worker.get(`/api/v1/person-times/station-month?stationId=${w.station.id}&month=2026-10`)
    ).json();
    expect(month.groupPersonTimes).toBe(3);
    expect(month.sessions.filter((s: { kind: string }) => s.kind === 'group')).toHaveLength(2);
    const badRange = await worker.get('/api/v1/person-times?from=2026-11&to=2026-09');
    expect(badRange.json().error.details[0]).toEqual({
      path: 'query.to',
      message: '结束月份不能早于开始月份',
    });
  });

  it('writes the 服务台账 of a station and month: groups, sessions, activities, totals; notes for the organisation only', async () => {
    const load = async (client: TestClient) => {
      const response = await client.get(
        `/api/v1/service-ledger?stationId=${w.station.id}&month=2026-10`,
      );
      expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
      return workbook;
    };
    const group = (await worker.strict().post('/api/v1/groups', groupInput(w, '台账小组'))).json();
    await worker.strict().post(paths.groupSessions(group.id), {
      heldOn: '2026-10-15',
      durationMinutes: 60,
      topic: '台账主题',
      summary: '仅机构可见的摘要',
    });
    const own = await load(worker);
    expect(own.worksheets.map((s) => s.name)).toEqual(['汇总', '小组', '社区活动', '节次与场次']);
    const sessionsSheet = own.getWorksheet('节次与场次')!;
    const values = sessionsSheet.getSheetValues().flat().map(String);
    expect(values).toContain('台账主题');
    expect(values).toContain('仅机构可见的摘要');
    const officerValues = (await load(w.nanming))
      .getWorksheet('节次与场次')!
      .getSheetValues()
      .flat()
      .map(String);
    expect(officerValues).toContain('台账主题');
    expect(officerValues).not.toContain('仅机构可见的摘要');
    const [exports] = await queryRows<{ n: number }>(
      t.database.drizzle,
      sql`select count(*)::int as n from audit_event where action = 'export'
          and entity_type = 'service_ledger' and entity_id = ${w.station.id}`,
    );
    expect(exports!.n).toBe(2);
  });
});
