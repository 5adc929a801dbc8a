import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { organisationInput, residentIdFor, workerInput } from '../../../test/fixtures';
import { rowsOf, uploadForm, xlsxOf } from '../../../test/sheets';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

let t: TestApp;
let nanming: TestClient;
let auditor: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  nanming = await t.signIn('nanming');
  auditor = await t.signIn('auditor');
});
afterAll(() => t.close());

type Event = {
  action: string;
  entityType: string | null;
  entityId: string | null;
  subjectName: string | null;
  detail: { code: string; params: Record<string, unknown> } | null;
  importJob: { id: string; fileName: string; status: string; created: number | null } | null;
};

const eventsOf = async (client: TestClient, query: string): Promise<Event[]> =>
  (await client.get(`/api/v1/audit-events?limit=200&${query}`)).json().items;

describe('the audit log names what each event is about', () => {
  it("names workers (masked) and organisations, only while the reader's scope holds them", async () => {
    const worker = (await nanming.strict().post('/api/v1/workers', workerInput(621))).json();
    await nanming.strict().get(`/api/v1/workers/${worker.id}`);
    const organisation = (
      await nanming.strict().post('/api/v1/organisations', organisationInput('520102', 621))
    ).json();

    const workerEvents = await eventsOf(auditor, `entityType=worker&entityId=${worker.id}`);
    expect(workerEvents.map((e) => e.action)).toEqual(['read', 'create']);
    expect(workerEvents.map((e) => e.subjectName)).toEqual(['测******', '测******']);
    const [created] = await eventsOf(
      auditor,
      `entityType=organisation&entityId=${organisation.id}`,
    );
    expect(created).toMatchObject({ action: 'create', subjectName: '测试社会工作服务中心621' });

    // The city moves the worker to 云岩区: a 南明区 auditor still reads the events of 南明区,
    // but no longer the worker's name.
    const nanmingAuditor = await t.accountWith({
      username: 'auditor-nanming',
      roles: ['audit_admin'],
      regionCode: '520102',
    });
    const guiyang = await t.signIn('guiyang');
    await guiyang
      .strict()
      .patch(`/api/v1/workers/${worker.id}`, { version: worker.version, regionCode: '520103' });
    const seenNearby = await eventsOf(nanmingAuditor, `entityType=worker&entityId=${worker.id}`);
    expect(seenNearby.map((e) => e.subjectName)).toEqual([null, null]);
    const seenAbove = await eventsOf(auditor, `entityType=worker&entityId=${worker.id}`);
    expect(seenAbove.map((e) => e.subjectName)).toEqual(['测******', '测******', '测******']);
  });
});

describe('the audit log keeps details as codes with parameters', () => {
  it('keeps an export’s filters and a reveal’s fields, masked', async () => {
    const worker = (await nanming.strict().post('/api/v1/workers', workerInput(641))).json();
    await nanming.strict().get(`/api/v1/workers/export?q=${residentIdFor(641)}`);
    await nanming.strict().post(`/api/v1/workers/${worker.id}/reveal`);
    const [exported] = await eventsOf(auditor, 'entityType=worker&action=export');
    expect(exported!.detail).toEqual({
      code: 'export_filters',
      params: {
        filters: { q: `${residentIdFor(641).slice(0, 6)}********${residentIdFor(641).slice(-4)}` },
      },
    });
    const [revealed] = await eventsOf(
      auditor,
      `entityType=worker&action=reveal&entityId=${worker.id}`,
    );
    expect(revealed!.detail).toEqual({
      code: 'revealed_fields',
      params: { fields: ['idNumber', 'phone'] },
    });
  });

  it("says what an import did, and links each record it wrote to the job's report", async () => {
    const sheet = await xlsxOf(
      [
        ['姓名', '身份证号', '手机号码', '学历', '社会工作专业', '区划代码'],
        ['孙丽', residentIdFor(631, '19930101'), '', '本科', '是', '520102016'],
        ['孙丽', '52010219930230001X', '', '本科', '是', '520102016'],
      ],
      { textColumns: [2, 3] },
    );
    const report = (
      await nanming.request({
        method: 'POST',
        url: '/api/v1/workers/imports',
        payload: uploadForm(sheet, '社工名册.xlsx'),
      })
    ).json();
    await nanming.strict().post(`/api/v1/workers/imports/${report.id}/commit`);

    const jobEvents = await eventsOf(auditor, `entityType=import:workers&entityId=${report.id}`);
    expect(jobEvents.map((e) => e.detail)).toEqual([
      { code: 'import_committed', params: { created: 1, updated: 0, unchanged: 0 } },
      { code: 'import_validated', params: { fileName: '社工名册.xlsx', valid: 1, total: 2 } },
    ]);
    expect(jobEvents[0]!.importJob).toMatchObject({
      id: report.id,
      fileName: '社工名册.xlsx',
      status: 'committed',
      created: 1,
    });

    const [written] = (await eventsOf(auditor, 'entityType=worker&action=create')).filter(
      (e) => e.detail?.code === 'import_row',
    );
    expect(written).toMatchObject({
      detail: { code: 'import_row', params: { jobId: report.id, kind: 'workers' } },
      importJob: { id: report.id, fileName: '社工名册.xlsx' },
      subjectName: '孙*',
    });

    // An event the previous version wrote, its detail free text: read back as the code it meant.
    await t.database.drizzle.execute(sql`
      insert into audit_event (id, action, entity_type, entity_id, region_code, outcome, detail)
      values (gen_random_uuid(), 'update', 'worker', ${written!.entityId}, '520102016',
        'success', ${`import ${report.id}`})`);
    const legacy = (
      await eventsOf(auditor, `entityType=worker&action=update&entityId=${written!.entityId}`)
    )[0];
    expect(legacy).toMatchObject({
      detail: { code: 'import_row', params: { jobId: report.id } },
      importJob: { id: report.id },
    });

    const exported = await auditor.request({
      method: 'GET',
      url: '/api/v1/audit-events/export?entityType=import:workers',
      headers: { 'accept-language': 'en-US' },
    });
    const rows = JSON.stringify(await rowsOf(exported.rawPayload));
    expect(rows).toContain('Committed: 1 created, 0 updated, 0 unchanged');
    expect(rows).toContain('Validated 社工名册.xlsx: 1 of 2 rows valid');
  });
});
