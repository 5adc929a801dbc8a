import { sql } from 'drizzle-orm';
import ExcelJS from '../../../platform/export/exceljs';
import { queryRows } from '../../../db/connection';
import { withSystemScope } from '../../../platform/access/region-scope';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentIdFor, workerInput } from '../../../../test/fixtures';
import { uploadForm, xlsxOf } from '../../../../test/sheets';
import { createTestApp, type TestApp, type TestClient } from '../../../../test/test-app';

let t: TestApp;
let nanming: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  nanming = await t.signIn('nanming');
});
afterAll(() => t.close());

const headers = [
  '姓名',
  '身份证号',
  '手机号码',
  '学历',
  '社会工作专业',
  '区划代码',
  '证书等级',
  '发证日期',
];
const upload = async (file: Buffer) =>
  nanming.request({ method: 'POST', url: '/api/v1/workers/imports', payload: uploadForm(file) });

describe('importing workers from Excel', () => {
  it('imports workers with certificates, refuses bad rows by reason, and is idempotent on the ID number', async () => {
    const rows = [
      headers,
      [
        '王芳',
        residentIdFor(501, '19950101'),
        '13900000501',
        '本科',
        '是',
        '520102016',
        '助理社会工作师',
        '2024-06-30',
      ],
      ['李强', residentIdFor(503, '19900101'), '', '大专', '否', '520102017', '', ''],
      ['张三', residentIdFor(503, '19900101'), '', '大专', '否', '520102017', '', ''],
      ['赵四', '52010219900230001X', '', '本科', '否', '520102016', '', ''],
      ['钱五', residentIdFor(505, '19880101'), '', '本科', '否', '520103001', '', ''],
    ];
    const report = (await upload(await xlsxOf(rows, { textColumns: [2, 3] }))).json();
    expect(report).toMatchObject({ totalRows: 5, validRows: 2, errorRows: 3 });
    expect(
      report.problems.map((p: { row: number; column: string }) => `${p.row}:${p.column}`),
    ).toEqual(['4:身份证号', '5:身份证号', '6:区划代码']);
    expect(
      (await nanming.post(`/api/v1/workers/imports/${report.id}/commit`)).json(),
    ).toMatchObject({ created: 2 });
    const found = (await nanming.get(`/api/v1/workers?q=${residentIdFor(501, '19950101')}`)).json()
      .items[0];
    expect(found).toMatchObject({
      name: '王芳',
      highestLevel: 'assistant_social_worker',
      socialWorkMajor: true,
    });
    // Each created worker is audited as created by the importer through this job: its values are
    // the job's stored row, not copied into the trail.
    const auditor = await t.signIn('auditor');
    const [created] = (
      await auditor.get(`/api/v1/audit-events?entityType=worker&entityId=${found.id}`)
    ).json().items;
    expect(created).toMatchObject({
      action: 'create',
      actorName: '南明民政',
      actorRoles: ['civil_affairs_county'],
      regionCode: '520102016',
      outcome: 'success',
      detail: { code: 'import_row', params: { jobId: report.id, kind: 'workers' } },
      changes: null,
    });
    expect(created.requestId).toBeTruthy();

    const again = (await upload(await xlsxOf(rows.slice(0, 3), { textColumns: [2, 3] }))).json();
    expect((await nanming.post(`/api/v1/workers/imports/${again.id}/commit`)).json()).toMatchObject(
      { created: 0, unchanged: 2 },
    );
  });

  it('commits a sheet of several batches whole, or nothing of it when a later batch fails', async () => {
    // 2,500 rows: three batches, written while the next ones are read.
    const idOf = (n: number, decade: number) =>
      residentIdFor(n % 1000, `19${decade}${Math.floor(n / 1000)}0101`);
    const sheetOf = (decade: number) =>
      xlsxOf(
        [
          headers,
          ...Array.from({ length: 2500 }, (_, n) => [
            `孙${n}`,
            idOf(n, decade),
            '',
            '本科',
            '否',
            '520102',
            n % 2 ? '助理社会工作师' : '',
            n % 2 ? '2024-06-30' : '',
          ]),
        ],
        { textColumns: [2] },
      );
    const counted = async (decade: number) => {
      const [row] = await withSystemScope(t.database, (tx) =>
        queryRows<{ workers: number; certificates: number }>(
          tx,
          sql`select count(distinct w.id)::int as workers, count(c.id)::int as certificates
              from worker w left join certificate c on c.worker_id = w.id
              where w.name ~ '^孙[0-9]+$' and w.birth_date between ${`19${decade}0-01-01`}
                and ${`19${decade}9-12-31`}`,
        ),
      );
      return row;
    };
    const whole = (await upload(await sheetOf(7))).json();
    expect(whole).toMatchObject({ validRows: 2500, errorRows: 0 });
    const done = await nanming.post(`/api/v1/workers/imports/${whole.id}/commit`);
    expect(done.json()).toMatchObject({ created: 2500, updated: 0, unchanged: 0 });
    expect(await counted(7)).toEqual({ workers: 2500, certificates: 1250 });

    // Between upload and commit, a row of the third batch is registered in another county, where
    // this officer cannot see it: that batch fails, and the first two are not kept either.
    const failing = (await upload(await sheetOf(6))).json();
    expect(failing).toMatchObject({ validRows: 2500 });
    const yunyan = await t.accountWith({
      username: 'yunyan-registrar',
      roles: ['civil_affairs_county'],
      regionCode: '520103',
    });
    const taken = idOf(2400, 6);
    const registered = await yunyan.post('/api/v1/workers', {
      ...workerInput(1),
      idNumber: taken,
      regionCode: '520103',
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const refused = await nanming.post(`/api/v1/workers/imports/${failing.id}/commit`);
    expect(refused.json().error).toMatchObject({
      code: 'CONFLICT',
      message:
        '表中有身份证号在上传之后已被登记（可能在其他辖区）。本次导入未写入任何记录，请重新上传校验',
    });
    expect(await counted(6)).toEqual({ workers: 0, certificates: 0 });
    // Uploaded again, the file names the row.
    const again = (await upload(await sheetOf(6))).json();
    expect(again.problems).toEqual([
      { row: 2402, column: '身份证号', message: '该身份证号已在其他辖区登记，可申请人才调入' },
    ]);
  });

  it('refuses an ID number typed as a number (1.10101E+17)', async () => {
    const report = (
      await upload(
        await xlsxOf([
          headers,
          ['孙六', Number('520102199001010011'), '', '本科', '否', '520102016', '', ''],
        ]),
      )
    ).json();
    expect(report.problems[0]).toMatchObject({
      row: 2,
      column: '身份证号',
      message: '须为文本格式（数字格式会被 Excel 改写）',
    });
  });

  it('refuses a sheet with merged cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(headers);
    sheet.addRow(['周七', residentIdFor(507), '', '本科', '否', '520102016', '', '']);
    sheet.addRow(['吴八', residentIdFor(509), '', '本科', '否', '', '', '']);
    // More than one batch, so that some rows are stored before the merges are read.
    for (let n = 0; n < 1500; n++)
      sheet.addRow([`郑${n}`, residentIdFor(n, '19800101'), '', '本科', '否', '520102', '', '']);
    sheet.mergeCells('F2:F3');
    const response = await upload(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details[0].message).toContain('合并单元格（F2:F3）');
    // The merges follow the rows in the file: rows stored before they were seen are discarded.
    const [jobs] = await withSystemScope(t.database, (tx) =>
      queryRows<{ failed: number; rows: number }>(
        tx,
        sql`select
              (select count(*)::int from import_job where kind = 'workers' and status = 'failed') as failed,
              (select count(*)::int from import_row r join import_job j on j.id = r.job_id
                where j.kind = 'workers' and j.status = 'failed')
              + (select count(*)::int from import_batch b join import_job j on j.id = b.job_id
                where j.kind = 'workers' and j.status = 'failed') as rows`,
      ),
    );
    expect(jobs).toEqual({ failed: 1, rows: 0 });
  });
});
