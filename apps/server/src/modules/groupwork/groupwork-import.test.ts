import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/connection';
import { rowsOf, uploadForm, xlsxOf } from '../../../test/sheets';
import type { TestApp, TestClient } from '../../../test/test-app';
import {
  clientOf,
  paths,
  startGroupwork,
  type GroupworkWorld,
} from '../../../test/groupwork-world';

let t: TestApp;
let w: GroupworkWorld;
let worker: TestClient;
beforeAll(async () => void ({ t, w, worker } = await startGroupwork()));
afterAll(() => t.close());

async function upload(base: string, rows: unknown[][], textColumns: number[] = []) {
  const response = await worker.request({
    method: 'POST',
    url: `/api/v1/${base}/imports`,
    payload: uploadForm(await xlsxOf(rows, { textColumns })),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
const commit = async (base: string, id: string) =>
  (await worker.post(`/api/v1/${base}/imports/${id}/commit`)).json();
const problemsOf = (report: { problems: { row: number; column: string; message: string }[] }) =>
  report.problems.map((p) => [p.row, p.column, p.message]);

const personTimesHeader = [
  '站点名称',
  '活动名称',
  '活动类型',
  '服务领域',
  '活动日期',
  '地点',
  '时长（分钟）',
  '参与人次',
  '统计方式',
  '志愿者人数',
];

describe('community-activity person-times from Excel', () => {
  it('reports bad rows by row and column, commits the good ones, and adds nothing the second time', async () => {
    const station = w.station.name;
    const named = (
      await worker.strict().post('/api/v1/activities', {
        stationId: w.station.id,
        activityType: 'talk',
        title: '实名讲座',
        serviceField: 'community_building',
        participation: 'named',
      })
    ).json();
    const rows = [
      personTimesHeader,
      [
        station,
        '社区义诊',
        '便民服务',
        '社区建设',
        '2026-10-10',
        '文化广场',
        180,
        85,
        '签到表计数',
        6,
      ],
      [
        station,
        '社区义诊',
        '便民服务',
        '社区建设',
        '2026-11-07',
        '文化广场',
        180,
        60,
        '现场清点',
        '',
      ],
      ['没有这个站', '社区义诊', '便民服务', '社区建设', '2026-10-11', '广场', 60, 10, '清点', ''],
      [station, named.title, '讲座培训', '社区建设', '2026-10-12', '活动室', 60, 10, '清点', ''],
      [station, '社区义诊', '便民服务', '社区建设', '2026-12-24', '广场', 60, 10, '清点', ''],
      [
        station,
        '社区义诊',
        '便民服务',
        '社区建设',
        '2026-10-10',
        '文化广场',
        180,
        85,
        '签到表计数',
        6,
      ],
      [station, '中秋游园', '节日活动', '不是领域', '2026-09-17', '广场', 120, 200, '估算', ''],
    ];
    const report = await upload('activity-person-times', rows);
    expect(report).toMatchObject({ totalRows: 7, validRows: 2, errorRows: 5 });
    expect(problemsOf(report)).toEqual([
      [4, '站点名称', '没有该名称的站点（或不在您的管辖范围内）'],
      [5, '活动名称', '该活动为实名签到，人次由签到计算，请导入活动签到'],
      [6, '参与人次', '未来日期的场次不能登记参与人次'],
      [7, '活动日期', '与第 2 行重复'],
      [8, '服务领域', '“不是领域”不是可选值'],
    ]);
    const before = await personTimes();
    expect(await commit('activity-person-times', report.id)).toMatchObject({
      created: 2,
      updated: 0,
      unchanged: 0,
    });
    expect(await personTimes()).toBe(before + 145);
    const activities = (await worker.get('/api/v1/activities?q=社区义诊')).json().items;
    expect(activities).toMatchObject([
      { participation: 'counted', sessionsTotal: 2, personTimes: 145 },
    ]);

    const again = await upload('activity-person-times', rows.slice(0, 3));
    expect(await commit('activity-person-times', again.id)).toMatchObject({
      created: 0,
      unchanged: 2,
    });
    const corrected = await upload('activity-person-times', [
      personTimesHeader,
      [
        station,
        '社区义诊',
        '便民服务',
        '社区建设',
        '2026-11-07',
        '文化广场',
        180,
        64,
        '现场清点',
        '',
      ],
    ]);
    expect(await commit('activity-person-times', corrected.id)).toMatchObject({ updated: 1 });
    expect(await personTimes()).toBe(before + 149);
    expect(
      (await worker.post(`/api/v1/activity-person-times/imports/${again.id}/commit`)).statusCode,
    ).toBe(409);
  });

  it('serves its template and the problems sheet naming row and field', async () => {
    const template = await worker.get('/api/v1/activity-person-times/import-template');
    expect(template.statusCode).toBe(200);
    expect((await rowsOf(template.rawPayload))[0]).toEqual(
      expect.arrayContaining(['*站点名称', '*活动名称', '*参与人次', '*统计方式', '志愿者人数']),
    );
    const report = await upload('activity-person-times', [
      personTimesHeader,
      ['没有这个站', '错站活动', '便民服务', '社区建设', '2026-10-11', '广场', 60, 10, '清点', ''],
    ]);
    const sheet = await worker.get(`/api/v1/activity-person-times/imports/${report.id}/problems`);
    const [header, first] = await rowsOf(sheet.rawPayload);
    expect(header).toEqual(['行号', '活动名称', '列', '类型', '原因']);
    expect(first).toEqual([
      2,
      '错站活动',
      '站点名称',
      '错误',
      '没有该名称的站点（或不在您的管辖范围内）',
    ]);
  });
});

async function personTimes() {
  const report = (
    await worker.get(`/api/v1/person-times?from=2026-01&to=2026-12&stationId=${w.station.id}`)
  ).json();
  return report.total as number;
}

describe('activity attendance from Excel', () => {
  it('marks registered participants at existing sessions; refuses others by row; idempotent; person-times rise', async () => {
    const activity = (
      await worker.strict().post('/api/v1/activities', {
        stationId: w.station.id,
        activityType: 'festival',
        title: '重阳游园',
        serviceField: 'community_building',
        participation: 'named',
      })
    ).json();
    const [a, b, twinA, twinB, outsider] = [
      await clientOf(w, 401),
      await clientOf(w, 403),
      await clientOf(w, 405),
      await clientOf(w, 407),
      await clientOf(w, 409),
    ];
    // Two participants share a name: the phone tells them apart.
    await t.database.drizzle.execute(
      sql`update client set name = '李同名' where id in (${twinA}, ${twinB})`,
    );
    for (const clientId of [a, b, twinA, twinB])
      await worker.strict().post(paths.participants(activity.id), { clientId });
    const base = { place: '社区广场', durationMinutes: 120 };
    await worker
      .strict()
      .post(paths.activitySessions(activity.id), { heldOn: '2026-10-29', ...base });
    await worker
      .strict()
      .post(paths.activitySessions(activity.id), { heldOn: '2026-12-20', ...base });
    const header = ['活动名称', '活动日期', '姓名', '手机号', '出勤'];
    const rows = [
      header,
      ['重阳游园', '2026-10-29', '组员401', '', '出席'],
      ['重阳游园', '2026-10-29', '组员403', '', '缺席'],
      ['重阳游园', '2026-10-29', '李同名', '13900000405', '出席'],
      ['重阳游园', '2026-10-29', '李同名', '', '出席'],
      ['重阳游园', '2026-10-29', '组员409', '', '出席'],
      ['重阳游园', '2026-10-30', '组员401', '', '出席'],
      ['重阳游园', '2026-12-20', '组员401', '', '出席'],
      ['没有的活动', '2026-10-29', '组员401', '', '出席'],
      ['重阳游园', '2026-10-29', '组员401', '', '请假'],
    ];
    expect(outsider).toBeTruthy();
    const report = await upload('activity-attendance', rows, [4]);
    expect(problemsOf(report)).toEqual([
      [5, '姓名', '有同名的参与者，请填写手机号或身份证号区分'],
      [6, '姓名', '不是该活动登记的参与者'],
      [7, '活动日期', '该活动在此日期没有场次，请先在活动页添加场次'],
      [8, '活动日期', '该场次日期（2026-12-20）晚于今天，不能登记签到'],
      [9, '活动名称', '本机构没有该名称的社区活动（或不在您的管辖范围内）'],
      [10, '姓名', '与第 2 行重复'],
    ]);
    const before = await personTimes();
    expect(await commit('activity-attendance', report.id)).toMatchObject({ created: 3 });
    expect(await personTimes()).toBe(before + 2);
    const detail = (await worker.get(`/api/v1/activities/${activity.id}`)).json();
    expect(detail.sessions[0]).toMatchObject({ personTimes: 2, marked: 3 });

    const again = await upload('activity-attendance', rows.slice(0, 4), [4]);
    expect(await commit('activity-attendance', again.id)).toMatchObject({
      created: 0,
      unchanged: 3,
    });
    const corrected = await upload('activity-attendance', [
      header,
      ['重阳游园', '2026-10-29', '组员403', '', '出席'],
    ]);
    expect(await commit('activity-attendance', corrected.id)).toMatchObject({ updated: 1 });
    expect(await personTimes()).toBe(before + 3);
    const [events] = await queryRows<{ n: number }>(
      t.database.drizzle,
      sql`select count(*)::int as n from audit_event where entity_type = 'service_session'
          and detail_code = 'import_row'`,
    );
    expect(events!.n).toBeGreaterThanOrEqual(2);
  });

  it('keeps another organisation’s activities out of its sheets', async () => {
    await worker.strict().post('/api/v1/activities', {
      stationId: w.station.id,
      activityType: 'festival',
      title: '本机构独有活动',
      serviceField: 'community_building',
      participation: 'named',
    });
    const response = await w.otherWorker.request({
      method: 'POST',
      url: '/api/v1/activity-attendance/imports',
      payload: uploadForm(
        await xlsxOf([
          ['活动名称', '活动日期', '姓名', '出勤'],
          ['本机构独有活动', '2026-10-29', '组员401', '出席'],
        ]),
      ),
    });
    expect(problemsOf(response.json())).toEqual([
      [2, '活动名称', '本机构没有该名称的社区活动（或不在您的管辖范围内）'],
    ]);
  });
});
