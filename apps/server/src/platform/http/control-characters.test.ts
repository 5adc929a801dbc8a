import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeFor, residentIdFor } from '../../../test/fixtures';
import { uploadForm, xlsxOf } from '../../../test/sheets';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

/** Issue #12, item 3: a NUL (or another control character) never reaches the database. */

const nul = 'a\u0000b';
/** ExcelJS drops a NUL it is given; Excel's own escape of it is read back as one. */
const nulCell = 'a_x0000_b';
let t: TestApp;
let admin: TestClient;
let nanming: TestClient;
let auditor: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.signIn('admin');
  nanming = await t.signIn('nanming');
  auditor = await t.signIn('auditor');
});
afterAll(() => t.close());

function expectRefused(
  response: { statusCode: number; json(): unknown; body: string },
  path: string,
) {
  expect(response.statusCode, response.body).toBe(400);
  const { error } = response.json() as {
    error: { code: string; details: { path: string; message: string }[] };
  };
  expect(error.code).toBe('VALIDATION_FAILED');
  expect(error.details).toContainEqual({ path, message: '不能含有控制字符' });
}

describe('control characters in a request', () => {
  it('refuses a NUL in a body field, naming the field, in the request language', async () => {
    const [account] = (await admin.get('/api/v1/accounts?q=nanming')).json().items;
    const response = await admin.patch(`/api/v1/accounts/${account.id}`, {
      version: account.version,
      realName: nul,
    });
    expectRefused(response, 'body.realName');
    const english = await admin.request({
      method: 'PATCH',
      url: `/api/v1/accounts/${account.id}`,
      payload: { version: account.version, realName: '\u0007' },
      headers: { 'accept-language': 'en-US' },
    });
    expect(english.json().error.details).toEqual([
      { path: 'body.realName', message: 'Must not contain control characters' },
    ]);
  });

  it('accepts tabs and line breaks', async () => {
    const [account] = (await admin.get('/api/v1/accounts?q=nanming')).json().items;
    const response = await admin.patch(`/api/v1/accounts/${account.id}`, {
      version: account.version,
      realName: '南明\t民政\r\n',
    });
    expect(response.statusCode, response.body).toBe(200);
  });

  it.each([
    ['nanming', '/api/v1/workers?q=', 'query.q'],
    ['nanming', '/api/v1/registrations?q=', 'query.q'],
    ['nanming', '/api/v1/stations?q=', 'query.q'],
    ['nanming', '/api/v1/organisations?q=', 'query.q'],
    ['admin', '/api/v1/accounts?q=', 'query.q'],
    ['nanming', '/api/v1/divisions/search?q=', 'query.q'],
    ['auditor', '/api/v1/audit-events?entityId=', 'query.entityId'],
    ['auditor', '/api/v1/audit-events?entityType=', 'query.entityType'],
    ['nanming', '/api/v1/workers/export?q=', 'query.q'],
    ['nanming', '/api/v1/organisations/export?q=', 'query.q'],
    ['auditor', '/api/v1/audit-events/export?entityId=', 'query.entityId'],
  ])('refuses a NUL in the query of %s GET %s', async (who, url, path) => {
    const client = { admin, nanming, auditor }[who]!;
    expectRefused(await client.get(`${url}${encodeURIComponent(nul)}`), path);
  });
});

describe('control characters in an imported sheet', () => {
  const upload = (path: string, rows: unknown[][]) =>
    xlsxOf(rows, { textColumns: [1, 2] }).then((file) =>
      nanming.request({ method: 'POST', url: `/api/v1/${path}`, payload: uploadForm(file) }),
    );

  it.each([
    [
      'workers/imports',
      [
        ['姓名', '身份证号', '学历', '区划代码'],
        [nulCell, residentIdFor(961, '19900101'), '本科', '520102'],
      ],
      '姓名',
    ],
    [
      'continuing-education/credits/imports',
      [
        ['身份证号', '课程或活动名称', '类型', '学时', '日期'],
        [residentIdFor(962, '19900101'), '线上课程', nulCell, 2, '2020-06-30'],
      ],
      '类型',
    ],
    [
      'organisations/imports',
      [
        ['统一社会信用代码', '名称', '类型', '背景', '登记日期', '法定代表人', '区划代码'],
        [
          creditCodeFor('520102', 990961),
          '导入机构',
          '社会服务机构',
          '其他',
          '2020-01-01',
          nulCell,
          '520102',
        ],
      ],
      '法定代表人',
    ],
  ])(
    'reports a NUL in a cell of %s as a problem of its row and column',
    async (path, rows, column) => {
      const response = await upload(path, rows);
      expect(response.statusCode, response.body).toBe(200);
      const report = response.json();
      expect(report).toMatchObject({ totalRows: 1, validRows: 0, errorRows: 1 });
      expect(report.problems).toEqual([
        { row: 2, column, message: expect.stringContaining('控制字符') },
      ]);
    },
  );

  it('refuses an upload whose file name carries a NUL, naming the file', async () => {
    const sheet = await xlsxOf([['姓名'], ['王芳']]);
    const response = await nanming.request({
      method: 'POST',
      url: '/api/v1/workers/imports',
      payload: uploadForm(sheet, `名单${nul}.xlsx`),
    });
    expectRefused(response, 'file');
  });
});
