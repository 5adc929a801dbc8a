import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditCodeFor, organisationInput } from '../../../test/fixtures';
import { rowsOf, uploadForm, xlsxOf } from '../../../test/sheets';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

let t: TestApp;
let nanming: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  nanming = await t.signIn('nanming');
});
afterAll(() => t.close());

const headers = [
  '统一社会信用代码',
  '名称',
  '类型',
  '背景',
  '登记日期',
  '法定代表人',
  '联系人',
  '联系电话',
  '地址',
  '区划代码',
  '服务领域',
];

function goodRow(n: number): unknown[] {
  return [
    creditCodeFor('520102', 500_000 + n),
    `导入测试社工服务中心${n}`,
    '社会服务机构',
    '企业背景',
    '2020-06-01',
    '王芳',
    '',
    '',
    '',
    '520102016',
    '社会救助、社区建设',
  ];
}

/** Every tenth row is broken in one of seven ways; returns the sheet and what each bad row should say. */
function sheetWithProblems(size: number) {
  const expected = new Map<number, string>();
  const rows: unknown[][] = [headers];
  for (let n = 1; n <= size; n++) {
    const row = goodRow(n);
    const sheetRow = n + 1;
    if (n % 10 === 0) {
      switch ((n / 10) % 7) {
        case 0:
          row[0] = String(row[0]).slice(0, 17) + (String(row[0]).endsWith('1') ? '2' : '1');
          expected.set(sheetRow, '统一社会信用代码');
          break;
        case 1:
          row[1] = '';
          expected.set(sheetRow, '名称');
          break;
        case 2:
          row[4] = '2023-02-30';
          expected.set(sheetRow, '登记日期');
          break;
        case 3:
          row[2] = '合作社';
          expected.set(sheetRow, '类型');
          break;
        case 4:
          row[9] = '520103';
          expected.set(sheetRow, '区划代码');
          break;
        case 5:
          row[0] = creditCodeFor('520102', 500_001);
          expected.set(sheetRow, '统一社会信用代码');
          break;
        case 6:
          row[10] = '社会救助、跳广场舞';
          expected.set(sheetRow, '服务领域');
          break;
      }
    }
    rows.push(row);
  }
  return { rows, expected };
}

const upload = (file: Buffer, name = 'orgs.xlsx') =>
  nanming.request({
    method: 'POST',
    url: '/api/v1/organisations/imports',
    payload: uploadForm(file, name),
  });

describe('importing the organisation registry from Excel', () => {
  it('reports every bad row of a 5,000-row sheet with its reason, and commits only the good ones', async () => {
    const { rows, expected } = sheetWithProblems(5000);
    const response = await upload(await xlsxOf(rows, { textColumns: [1, 10] }));
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({
      status: 'validated',
      totalRows: 5000,
      validRows: 4500,
      errorRows: 500,
    });

    const problems = await rowsOf(
      (await nanming.get(`/api/v1/organisations/imports/${report.id}/problems`)).rawPayload,
    );
    // Columns found by their headers: the sheet repeats the row's name and credit code too.
    const [headers, ...lines] = problems;
    const at = (header: string) => headers!.indexOf(header);
    expect(headers!.slice(0, 3)).toEqual(['行号', '名称', '统一社会信用代码']);
    const byRow = new Map(lines.map((p) => [p[0] as number, p[at('列')] as string]));
    expect(byRow.size).toBe(500);
    for (const [row, column] of expected) expect(byRow.get(row), `row ${row}`).toBe(column);
    expect(lines.find((p) => p[0] === 21)?.[at('原因')]).toBe(
      '日期无效，应为 YYYY-MM-DD 格式的真实日期',
    );

    const before = (await nanming.get('/api/v1/organisations?pageSize=1')).json().total;
    const committed = await nanming.post(`/api/v1/organisations/imports/${report.id}/commit`);
    expect(committed.json()).toMatchObject({
      status: 'committed',
      created: 4500,
      updated: 0,
      unchanged: 0,
    });
    expect((await nanming.get('/api/v1/organisations?pageSize=1')).json().total).toBe(
      before + 4500,
    );
    expect(
      (await nanming.post(`/api/v1/organisations/imports/${report.id}/commit`)).statusCode,
    ).toBe(409);
  }, 120_000);

  it('creates no duplicates when the same file is imported again, and updates what changed', async () => {
    const rows = [headers, goodRow(9001), goodRow(9002)];
    const first = (await upload(await xlsxOf(rows))).json();
    expect(
      (await nanming.post(`/api/v1/organisations/imports/${first.id}/commit`)).json(),
    ).toMatchObject({ created: 2 });
    rows[2]![1] = '改过名字的服务中心';
    const second = (await upload(await xlsxOf(rows))).json();
    expect(
      (await nanming.post(`/api/v1/organisations/imports/${second.id}/commit`)).json(),
    ).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const found = (
      await nanming.get(`/api/v1/organisations?q=${encodeURIComponent('改过名字')}`)
    ).json();
    expect(found.total).toBe(1);
  });

  it('refuses a commit whose credit code was registered elsewhere after the upload, and keeps nothing', async () => {
    const rows = [headers, goodRow(9101), goodRow(9102)];
    const report = (await upload(await xlsxOf(rows))).json();
    expect(report).toMatchObject({ validRows: 2, errorRows: 0 });
    const yunyan = await t.accountWith({
      username: 'yunyan-org-registrar',
      roles: ['civil_affairs_county'],
      regionCode: '520103',
    });
    const registered = await yunyan.post(
      '/api/v1/organisations',
      organisationInput('520103', 1, { creditCode: rows[2]![0], regionCode: '520103' }),
    );
    expect(registered.statusCode, registered.body).toBe(201);

    const refused = await nanming.post(`/api/v1/organisations/imports/${report.id}/commit`);
    expect(refused.json().error).toMatchObject({
      code: 'CONFLICT',
      message:
        '表中有统一社会信用代码在上传之后已被登记（可能在其他辖区）。本次导入未写入任何记录，请重新上传校验',
    });
    const kept = await nanming.get(`/api/v1/organisations?q=${encodeURIComponent('服务中心9101')}`);
    expect(kept.json().total).toBe(0);
    // Uploaded again, the file names the row.
    const again = (await upload(await xlsxOf(rows))).json();
    expect(again.problems).toEqual([
      { row: 3, column: '统一社会信用代码', message: '该组织已在其他辖区登记' },
    ]);
  });

  it('refuses a sheet with wrong headers and one with a credit code typed as a number', async () => {
    const wrong = await upload(
      await xlsxOf([
        ['名字', '代码'],
        ['x', 'y'],
      ]),
    );
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.details[0].message).toContain('统一社会信用代码');
    const numeric = await upload(await xlsxOf([headers, [52520102000000, ...goodRow(1).slice(1)]]));
    expect(numeric.json().problems[0]).toMatchObject({
      row: 2,
      column: '统一社会信用代码',
      message: expect.stringContaining('文本格式'),
    });
  });

  it('serves a template that reads back as an empty import with the right headers', async () => {
    const template = await nanming.get('/api/v1/organisations/import-template');
    expect(template.statusCode).toBe(200);
    const [headerRow] = await rowsOf(template.rawPayload);
    expect(headerRow).toContain('*统一社会信用代码');
    const uploaded = await upload(template.rawPayload);
    expect(uploaded.statusCode).toBe(400);
    expect(uploaded.json().error.details[0].message).toBe('文件中没有数据');
  });

  it('keeps a township officer, who may not register organisations, out of imports', async () => {
    const xinhua = await t.signIn('xinhua');
    expect((await xinhua.get('/api/v1/organisations/import-template')).statusCode).toBe(403);
  });
});
