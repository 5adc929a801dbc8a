import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/connection';
import { uploadForm, xlsxOf } from '../../../test/sheets';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

let t: TestApp;
let nanming: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  nanming = await t.signIn('nanming');
});
afterAll(() => t.close());

const upload = async (rows: unknown[][]) =>
  (
    await nanming.request({
      method: 'POST',
      url: '/api/v1/stations/imports',
      payload: uploadForm(await xlsxOf(rows, { textColumns: [3] })),
    })
  ).json();

describe('importing stations from Excel', () => {
  it('checks tier against division, links parents in sheet order, and is idempotent', async () => {
    const [free] = await queryRows<{ code: string }>(
      t.database.drizzle,
      sql`select d.code from division d where d.code like '520102%' and length(d.code) = 9
          and not exists (select 1 from station s where s.region_code like d.code || '%') order by d.code limit 1`,
    );
    const township = free!.code;
    const village = `${township}001`;
    const rows = [
      ['站点名称', '层级', '区划代码', '状态', '服务人口'],
      ['导入乡镇站', '乡镇(街道)社会工作服务站', township, '', 42000],
      ['导入村站', '村(社区)社会工作服务站', village, '运营中', ''],
      ['层级不符', '县级社会工作站', township, '', ''],
      ['越界站', '村(社区)社会工作室', '520103001001', '', ''],
    ];
    const report = await upload(rows);
    expect(report).toMatchObject({ totalRows: 4, validRows: 2, errorRows: 2 });
    expect(report.problems.map((p: { row: number; column: string }) => [p.row, p.column])).toEqual([
      [4, '区划代码'],
      [5, '区划代码'],
    ]);
    expect(
      (await nanming.post(`/api/v1/stations/imports/${report.id}/commit`)).json(),
    ).toMatchObject({ created: 2 });
    const villageStation = (await nanming.get(`/api/v1/stations?region=${village}`)).json()
      .items[0];
    expect(villageStation).toMatchObject({ name: '导入村站', parentStationName: '导入乡镇站' });

    const again = await upload(rows.slice(0, 3));
    expect(
      (await nanming.post(`/api/v1/stations/imports/${again.id}/commit`)).json(),
    ).toMatchObject({ created: 0, unchanged: 2 });
  });

  it('keeps closed stations as history: importing the same sheets again adds no copies and reopens nothing', async () => {
    const [free] = await queryRows<{ code: string }>(
      t.database.drizzle,
      sql`select d.code from division d where d.code like '520102%' and length(d.code) = 12
          and not exists (select 1 from station s where s.region_code = d.code) order by d.code limit 1`,
    );
    const village = free!.code;
    const header = ['站点名称', '层级', '区划代码', '状态'];
    const commit = async (rows: unknown[][]) => {
      const report = await upload([header, ...rows]);
      expect(report.errorRows, JSON.stringify(report.problems)).toBe(0);
      return (await nanming.post(`/api/v1/stations/imports/${report.id}/commit`)).json();
    };
    const closedRow = ['已关的社工室', '村(社区)社会工作室', village, '已关闭'];
    expect(await commit([closedRow])).toMatchObject({ created: 1 });
    expect(await commit([closedRow])).toMatchObject({ created: 0, unchanged: 1 });
    expect(await commit([['重建的社工室', '村(社区)社会工作室', village, '运营中']])).toMatchObject(
      { created: 1 },
    );
    expect(await commit([closedRow])).toMatchObject({ created: 0, unchanged: 1 });
    expect(await commit([['重建的社工室', '村(社区)社会工作室', village, '运营中']])).toMatchObject(
      { created: 0, unchanged: 1 },
    );
    const { items } = (await nanming.get(`/api/v1/stations?region=${village}`)).json();
    expect(items.map((s: { name: string; status: string }) => [s.name, s.status]).sort()).toEqual([
      ['已关的社工室', 'closed'],
      ['重建的社工室', 'operating'],
    ]);
  });

  it('closes a station through the sheet as the form does: the assignments still open there end', async () => {
    const [free] = await queryRows<{ code: string }>(
      t.database.drizzle,
      sql`select d.code from division d where d.code like '520102%' and length(d.code) = 12
          and not exists (select 1 from station s where s.region_code = d.code) order by d.code limit 1`,
    );
    const village = free!.code;
    const station = (
      await nanming.strict().post('/api/v1/stations', {
        name: '导入关闭的社工室',
        tier: 'village_studio',
        regionCode: village,
      })
    ).json();
    await nanming.strict().post(`/api/v1/stations/${station.id}/staff`, {
      workerName: '李社工',
      role: 'full_time',
      startedOn: '2024-03-01',
    });
    const report = await upload([
      ['站点名称', '层级', '区划代码', '状态'],
      ['导入关闭的社工室', '村(社区)社会工作室', village, '已关闭'],
    ]);
    expect(
      (await nanming.post(`/api/v1/stations/imports/${report.id}/commit`)).json(),
    ).toMatchObject({ updated: 1 });
    const closed = (await nanming.get(`/api/v1/stations/${station.id}`)).json();
    expect(closed.status).toBe('closed');
    // Ended on the day of closing, as closing by the form does.
    expect(closed.staff[0].endedOn).not.toBeNull();
  });
});
