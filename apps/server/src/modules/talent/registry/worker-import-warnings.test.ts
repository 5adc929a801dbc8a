import { afterAll, beforeAll, expect, it } from 'vitest';
import { residentIdFor } from '../../../../test/fixtures';
import { uploadForm, xlsxOf } from '../../../../test/sheets';
import { createTestApp, type TestApp, type TestClient } from '../../../../test/test-app';

let t: TestApp;
let nanming: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  nanming = await t.signIn('nanming');
});
afterAll(() => t.close());

it('warns of a social-work major with the switch off, and the reverse, and imports the rows', async () => {
  const file = await xlsxOf(
    [
      ['姓名', '身份证号', '学历', '专业', '社会工作专业', '区划代码'],
      ['周敏', residentIdFor(941, '19960101'), '本科', '社会工作', '否', '520102016'],
      ['吴强', residentIdFor(942, '19950101'), '本科', '会计学', '是', '520102016'],
      ['郑静', residentIdFor(943, '19940101'), '本科', '社会工作', '是', '520102016'],
    ],
    { textColumns: [2, 6] },
  );
  const report = (
    await nanming.request({
      method: 'POST',
      url: '/api/v1/workers/imports',
      payload: uploadForm(file),
    })
  ).json();
  expect(report).toMatchObject({ totalRows: 3, validRows: 3, errorRows: 0 });
  expect(
    report.problems.map((p: { row: number; warning: boolean; message: string }) => [
      p.row,
      p.warning,
      p.message,
    ]),
  ).toEqual([
    [2, true, '所学专业为社会工作，但未标记为社会工作专业，请核对'],
    [3, true, '已标记为社会工作专业，但所学专业不是社会工作，请核对'],
  ]);
  const committed = (await nanming.post(`/api/v1/workers/imports/${report.id}/commit`)).json();
  expect(committed).toMatchObject({ created: 3 });
});
