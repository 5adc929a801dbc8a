import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indicatorTreeProblems, type IndicatorItemInput } from '@shegong/domain';
import { queryRows } from '../../db/connection';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';
import { generalIndicators, stationIndicators } from './demo-indicators';

let t: TestApp;
let nanming: TestClient;
let yunyan: TestClient;
let guiyang: TestClient;
let guizhou: TestClient;

const detailsOf = (response: {
  json(): { error: { details: { path: string; message: string }[] } };
}) => response.json().error.details;

type Template = {
  id: string;
  name: string;
  regionCode: string;
  projectType: string | null;
  versions: { id: string; number: number; state: string; used: boolean }[];
  canConfigure: boolean;
};

async function templates(by: TestClient, query = '') {
  const response = await by.get(`/api/v1/indicator-templates${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Template[];
}

async function provinceGeneral() {
  const list = await templates(guizhou);
  const general = list.find((x) => x.regionCode === '52' && x.projectType === null)!;
  return general.versions.find((v) => v.state === 'published')!.id;
}

/** A small whole tree: two dimensions of 60 and 40 points. */
const smallTree = (): IndicatorItemInput[] => [
  { key: 'A', level: 1, name: '项目管理', points: 60 },
  {
    key: 'A.1',
    parentKey: 'A',
    level: 2,
    name: '制度',
    points: 60,
    scoringType: 'combined',
    scoringParty: 'third_party',
    parts: [
      { text: '有制度', points: 30 },
      { text: '有记录', points: 30 },
    ],
  },
  { key: 'B', level: 1, name: '服务成效', points: 40 },
  {
    key: 'B.1',
    parentKey: 'B',
    level: 2,
    name: '满意度',
    points: 40,
    scoringType: 'graded',
    scoringParty: 'community',
    evidence: '满意度问卷',
    levels: [
      { label: '优', sharePercent: 100 },
      { label: '良', sharePercent: 80 },
      { label: '差', sharePercent: 0 },
    ],
  },
];

beforeAll(async () => {
  t = await createTestApp({ clock: () => new Date('2026-03-02T09:00:00+08:00') });
  nanming = await t.signIn('nanming');
  yunyan = await t.signIn('yunyan');
  guiyang = await t.signIn('guiyang');
  guizhou = await t.signIn('guizhou');
});
afterAll(() => t.close());

describe('the demo templates', () => {
  it('are whole trees of 100 points', () => {
    expect(indicatorTreeProblems(generalIndicators, { complete: true })).toEqual([]);
    expect(indicatorTreeProblems(stationIndicators, { complete: true })).toEqual([]);
    expect(generalIndicators.filter((i) => i.level === 1).map((i) => i.name)).toEqual([
      '项目管理',
      '专业服务',
      '服务成效',
      '财务管理',
      '创新特色',
    ]);
  });

  it('are published by the province and read by a county and the evaluator role, not changed by a county', async () => {
    const list = await templates(nanming);
    expect(list.map((x) => x.name)).toEqual(
      expect.arrayContaining([
        '贵州省社会工作服务项目评估指标（通用）',
        '贵州省乡镇（街道）社工站运营评估指标',
      ]),
    );
    expect(list.every((x) => !x.canConfigure)).toBe(true);
    const id = await provinceGeneral();
    const version = (await nanming.get(`/api/v1/indicator-versions/${id}`)).json();
    expect(version).toMatchObject({ state: 'published', number: 1, regionName: '贵州省' });
    expect(version.items.length).toBe(generalIndicators.length);
    const evaluator = await t.accountWith({
      username: 'indicators.evaluator',
      roles: ['evaluator'],
      regionCode: '520102',
    });
    expect((await evaluator.get(`/api/v1/indicator-versions/${id}`)).statusCode).toBe(200);
    expect((await nanming.post(`/api/v1/indicator-versions/${id}/next`)).statusCode).toBe(403);
    expect(
      (
        await nanming.post('/api/v1/indicator-templates', {
          regionCode: '520102',
          name: '南明区自定指标',
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('a city extending the province template', () => {
  let draft: { id: string; version: number; items: IndicatorItemInput[] };

  it('copies the province items, which may not be changed or dropped', async () => {
    const response = await guiyang.post('/api/v1/indicator-templates', {
      regionCode: '5201',
      name: '贵阳市社会工作服务项目评估指标',
      extendsVersionId: await provinceGeneral(),
    });
    expect(response.statusCode, response.body).toBe(201);
    draft = response.json();
    expect(draft).toMatchObject({ state: 'draft', number: 1, canConfigure: true });
    expect(response.json().inheritedKeys).toHaveLength(generalIndicators.length);
    expect(response.json().extendsLabel).toBe('贵州省社会工作服务项目评估指标（通用）（第 1 版）');

    const changed = draft.items.map((item) =>
      item.key === '1.1.1' ? { ...item, name: '团队（改）' } : item,
    );
    const refused = await guiyang.put(`/api/v1/indicator-versions/${draft.id}`, {
      items: changed,
      version: draft.version,
    });
    expect(refused.statusCode).toBe(400);
    expect(detailsOf(refused)[0]!.message).toContain('来自上级模板，不能修改');

    const dropped = await guiyang.put(`/api/v1/indicator-versions/${draft.id}`, {
      items: draft.items.filter((item) => item.key !== '5.1.2'),
      version: draft.version,
    });
    expect(dropped.statusCode).toBe(400);
    expect(detailsOf(dropped)[0]!.message).toContain('不能删除上级模板的指标「宣传与影响」');
  });

  it('adds items below the province dimensions and publishes', async () => {
    const at = draft.items.findIndex((item) => item.key === '2.2.3') + 1;
    const items = [
      ...draft.items.slice(0, at),
      {
        key: 'GY.1',
        parentKey: '2.2',
        level: 3,
        name: '“筑城社工”品牌活动',
        points: 3,
        scoringType: 'combined',
        scoringParty: 'purchaser',
        evidence: '活动方案与照片',
        parts: [{ text: '每季度一次', points: 3 }],
      },
      ...draft.items.slice(at),
    ];
    const saved = await guiyang.put(`/api/v1/indicator-versions/${draft.id}`, {
      items,
      version: draft.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const published = await guiyang.post(`/api/v1/indicator-versions/${draft.id}/publish`, {
      version: saved.json().version,
    });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ state: 'published', publishedByName: '筑城民政' });

    const again = await guiyang.put(`/api/v1/indicator-versions/${draft.id}`, {
      items,
      version: published.json().version,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('已发布的版本不能修改');

    // The city's template is now the one in force for the city's counties; the province's elsewhere.
    const current = await nanming.get(
      '/api/v1/indicator-templates/current?region=520102&projectType=project',
    );
    expect(current.json()).toMatchObject({
      id: draft.id,
      templateName: '贵阳市社会工作服务项目评估指标',
    });
    const station = await nanming.get(
      '/api/v1/indicator-templates/current?region=520102&projectType=station_operation',
    );
    expect(station.json().templateName).toBe('贵州省乡镇（街道）社工站运营评估指标');
    const elsewhere = await guizhou.get(
      '/api/v1/indicator-templates/current?region=5202&projectType=project',
    );
    expect(elsewhere.json().templateName).toBe('贵州省社会工作服务项目评估指标（通用）');
  });

  it('makes a change a new version, one draft at a time', async () => {
    const next = await guiyang.post(`/api/v1/indicator-versions/${draft.id}/next`);
    expect(next.statusCode, next.body).toBe(201);
    expect(next.json()).toMatchObject({ number: 2, state: 'draft' });
    expect(next.json().inheritedKeys).toHaveLength(generalIndicators.length);
    const twice = await guiyang.post(`/api/v1/indicator-versions/${draft.id}/next`);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toContain('已有一个草稿版本');
    const list = await templates(guiyang, '?region=5201');
    const city = list.find((x) => x.id === next.json().templateId)!;
    expect(city.versions.map((v) => [v.number, v.state])).toEqual([
      [2, 'draft'],
      [1, 'published'],
    ]);
  });

  it('is seen by the city and its counties, not by another city', async () => {
    const other = await t.accountWith({
      username: 'indicators.zunyi',
      roles: ['civil_affairs_city'],
      regionCode: '5203',
    });
    expect((await other.get(`/api/v1/indicator-versions/${draft.id}`)).statusCode).toBe(404);
    expect((await yunyan.get(`/api/v1/indicator-versions/${draft.id}`)).statusCode).toBe(200);
    expect((await templates(other)).some((x) => x.regionCode === '5201')).toBe(false);
  });
});

describe('bad trees', () => {
  let draft: { id: string; version: number };

  beforeAll(async () => {
    const response = await guiyang.post('/api/v1/indicator-templates', {
      regionCode: '5201',
      projectType: 'post',
      name: '贵阳市岗位购买评估指标',
    });
    expect(response.statusCode, response.body).toBe(201);
    draft = response.json();
  });

  it('refuses a second template for the same region and type', async () => {
    const twice = await guiyang.post('/api/v1/indicator-templates', {
      regionCode: '5201',
      projectType: 'post',
      name: '又一个',
    });
    expect(twice.statusCode).toBe(409);
  });

  it('names the row of a checklist whose parts do not sum to its points, and of a bad grade scale', async () => {
    const items = smallTree();
    items[1] = { ...items[1]!, parts: [{ text: '有制度', points: 30 }] };
    items[3] = {
      ...items[3]!,
      levels: [
        { label: '优', sharePercent: 90 },
        { label: '差', sharePercent: 0 },
      ],
    };
    const refused = await guiyang.put(`/api/v1/indicator-versions/${draft.id}`, {
      items,
      version: draft.version,
    });
    expect(refused.statusCode).toBe(400);
    expect(detailsOf(refused)).toEqual([
      {
        path: 'body.items.1.parts',
        message: '第 2 行「制度」各计分项合计 30 分，应等于该指标的 60 分',
      },
      {
        path: 'body.items.3.levels',
        message: '第 4 行「满意度」的等级须从 100% 起依次递减（如 100%、80%、60%、0%）',
      },
    ]);
  });

  it('saves a draft that does not sum to 100 yet, and refuses to publish it', async () => {
    const items = smallTree();
    items[0] = { ...items[0]!, points: 50 };
    const saved = await guiyang.put(`/api/v1/indicator-versions/${draft.id}`, {
      items,
      version: draft.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const refused = await guiyang.post(`/api/v1/indicator-versions/${draft.id}/publish`, {
      version: saved.json().version,
    });
    expect(refused.statusCode).toBe(400);
    expect(detailsOf(refused)).toEqual([
      {
        path: 'body.items',
        message: '一级指标分值合计须为 100 分（现为 90 分：项目管理 50、服务成效 40）',
      },
    ]);
    const fixed = await guiyang.put(`/api/v1/indicator-versions/${draft.id}`, {
      items: smallTree(),
      version: saved.json().version,
    });
    expect(fixed.statusCode).toBe(200);
    draft = fixed.json();
  });

  it('refuses an item without a parent of the level above, and the stale version', async () => {
    const items = smallTree();
    items.push({ key: 'C.1.1', parentKey: 'A', level: 3, name: '孤儿', points: 1 });
    const refused = await guiyang.put(`/api/v1/indicator-versions/${draft.id}`, {
      items,
      version: draft.version,
    });
    expect(detailsOf(refused)[0]).toMatchObject({ path: 'body.items.4.parentKey' });
    const stale = await guiyang.put(`/api/v1/indicator-versions/${draft.id}`, {
      items: smallTree(),
      version: draft.version - 1,
    });
    expect(stale.statusCode).toBe(409);
  });
});

describe('freezing', () => {
  it('marks a version used from a county, and the database refuses to change a published version', async () => {
    const id = await provinceGeneral();
    await t.database.drizzle.transaction(async (tx) => {
      await tx.execute(sql`set local role shegong_app`);
      await tx.execute(sql`select set_config('shegong.scope', 'scope:520102', true)`);
      await tx.execute(
        sql`select shegong_indicator_version_used(${id}::uuid, '2026-03-02T01:00:00Z'::timestamptz)`,
      );
    });
    const list = await templates(nanming);
    const general = list.find((x) => x.versions.some((v) => v.id === id))!;
    expect(general.versions.find((v) => v.id === id)!.used).toBe(true);

    const direct = (statement: ReturnType<typeof sql>) =>
      t.database.drizzle.execute(statement).then(
        () => 'written',
        (error: Error & { cause?: Error }) => String(error.cause?.message ?? error.message),
      );
    expect(
      await direct(sql`update indicator_version set items = '[]'::jsonb where id = ${id}`),
    ).toMatch(/indicator_version_frozen/);
    expect(await direct(sql`delete from indicator_version where id = ${id}`)).toMatch(
      /indicator_version_frozen/,
    );
    const [row] = await queryRows<{ n: number }>(
      t.database.drizzle,
      sql`select jsonb_array_length(items) as n from indicator_version where id = ${id}`,
    );
    expect(Number(row!.n)).toBe(generalIndicators.length);
  });
});

describe('evaluators (评估人员)', () => {
  it('sign in bound to two different evaluation agencies and read the indicator system', async () => {
    const admin = await t.signIn('admin');
    const listed = (await admin.get('/api/v1/accounts?role=evaluator&pageSize=50')).json() as {
      items: { username: string; organisationId: string | null; organisationName: string | null }[];
    };
    const [a, b] = ['pinggu', 'pinggu2'].map((name) =>
      listed.items.find((x) => x.username === name),
    );
    expect(a?.organisationName).toBeTruthy();
    expect(b?.organisationName).toBeTruthy();
    expect(a!.organisationId).not.toBe(b!.organisationId);
    const pinggu = await t.signIn('pinggu');
    expect((await templates(pinggu)).length).toBeGreaterThanOrEqual(2);
    expect(
      (await pinggu.post(`/api/v1/indicator-versions/${await provinceGeneral()}/next`)).statusCode,
    ).toBe(403);
  });

  it('cannot be created without their agency', async () => {
    const admin = await t.signIn('admin');
    const created = await admin.post('/api/v1/accounts', {
      username: 'indicators.evaluator2',
      realName: '评估人员乙',
      regionCode: '5201',
      password: 'Initial#2026',
    });
    expect(created.statusCode, created.body).toBe(201);
    const security = await t.signIn('security');
    const response = await security.put(`/api/v1/accounts/${created.json().id}/access`, {
      version: created.json().version,
      roles: ['evaluator'],
      regionCode: '5201',
    });
    expect(response.statusCode).toBe(400);
    expect(detailsOf(response)).toEqual([
      { path: 'body.organisationId', message: '评估人员账号须指定所属评估机构' },
    ]);
  });
});
