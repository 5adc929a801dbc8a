import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorItem } from '@shegong/domain';
import {
  leaves,
  openFinal,
  scored,
  submitOwn,
  withEvaluators,
  type EvaluationTeam,
  type OpenRound,
} from '../../../test/evaluation-world';
import { xlsxOf } from '../../../test/sheets';
import { queryRows } from '../../db/connection';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

const now = new Date('2026-07-06T10:00:00+08:00');
let t: TestApp;
let nanming: TestClient;
let yunyan: TestClient;
let jigou: TestClient;
let pinggu: TestClient;
let pinggu2: TestClient;
let team: EvaluationTeam;
let round: OpenRound;
let mine: string;
let theirs: string;
let item: IndicatorItem;

const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const pdfType = 'application/pdf';
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function formOf(content: Buffer, name: string, type: string): FormData {
  const form = new FormData();
  form.append('file', new Blob([content], { type }), name);
  return form;
}
const files = (assignmentId: string) => `/api/v1/my-evaluations/${assignmentId}/files`;
const upload = (
  client: TestClient,
  assignmentId: string,
  payload: FormData | object,
  itemKey = item.key,
  headers: Record<string, string> = {},
) =>
  client.request({
    method: 'POST',
    url: `${files(assignmentId)}?item=${encodeURIComponent(itemKey)}`,
    payload,
    headers,
  });
const refusal = (response: {
  json(): { error: { details: { path: string; message: string }[] } };
}) => response.json().error.details;
const readsOf = (roundId: string, fileId: string) =>
  queryRows<{ account: string }>(
    t.database.drizzle,
    sql`select actor_name as account from audit_event where entity_id = ${roundId}
        and action = 'read' and detail_code = 'evidence_file_opened'
        and detail_params->>'fileId' = ${fileId}`,
  );

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  nanming = await t.signIn('nanming');
  yunyan = await t.signIn('yunyan');
  jigou = await t.signIn('jigou');
  pinggu = await t.signIn('pinggu');
  pinggu2 = await t.signIn('pinggu2');
  team = {
    officer: nanming,
    colleague: await t.signIn('nanming2'),
    provider: jigou,
    evaluators: [pinggu, pinggu2],
  };
  round = (await openFinal(team, '2026-07-06')).round;
  [mine, theirs] = (await withEvaluators(team, round)) as [string, string];
  item = leaves(round.items).find((i) => (i.scoringParty ?? 'third_party') === 'third_party')!;
}, 120_000);
afterAll(() => t.close());

describe('evidence files on a sheet (评分依据文件)', () => {
  it('attaches files to an item, lists them, downloads them on the record and removes them', async () => {
    const attached = await upload(pinggu, mine, formOf(pdf, '走访记录.pdf', pdfType));
    expect(attached.statusCode, attached.body).toBe(200);
    expect(attached.json().items).toEqual([
      expect.objectContaining({
        itemKey: item.key,
        name: '走访记录.pdf',
        type: pdfType,
        size: pdf.length,
        sha256: createHash('sha256').update(pdf).digest('hex'),
        uploadedByName: expect.any(String),
      }),
    ]);
    const sheet = await xlsxOf([
      ['活动', '人次'],
      ['敬老', 12],
    ]);
    await upload(pinggu, mine, formOf(sheet, '签到表.xlsx', xlsxType)).then((r) =>
      expect(r.statusCode, r.body).toBe(200),
    );
    // A browser that does not know the type says octet-stream: the name and the content decide.
    const photo = await upload(pinggu, mine, formOf(png, '现场.png', 'application/octet-stream'));
    expect(photo.json().items.at(-1)).toMatchObject({ name: '现场.png', type: 'image/png' });

    const listed = (await pinggu.strict().get(files(mine))).json().items;
    expect(listed.map((f: { name: string }) => f.name)).toEqual([
      '走访记录.pdf',
      '签到表.xlsx',
      '现场.png',
    ]);
    const [first] = listed;

    const download = await pinggu.get(`${files(mine)}/${first.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe(pdfType);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(await readsOf(round.id, first.id)).toHaveLength(1);

    // The organiser sees the files beside the sheet's marks and opens them, on the record too.
    const detail = (await nanming.strict().get(`/api/v1/evaluation-rounds/${round.id}`)).json();
    expect(detail.evidenceFiles.map((f: { id: string }) => f.id)).toEqual(
      listed.map((f: { id: string }) => f.id),
    );
    expect(detail.sheets.map((s: { id: string }) => s.id)).toContain(first.sheetId);
    const opened = await nanming.get(`/api/v1/evaluation-rounds/${round.id}/files/${first.id}`);
    expect(opened.statusCode).toBe(200);
    expect(opened.headers['content-disposition']).toContain("filename*=UTF-8''");
    expect(await readsOf(round.id, first.id)).toHaveLength(2);

    const removed = await pinggu.delete(`${files(mine)}/${listed[2].id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().items).toHaveLength(2);
    expect((await pinggu.get(`${files(mine)}/${listed[2].id}`)).statusCode).toBe(404);
  });

  it('refuses no file, a wrong kind, a file that is not what it says and one too big, naming the field', async () => {
    const expectRefused = async (
      response: Awaited<ReturnType<typeof upload>>,
      path: string,
      message: string,
    ) => {
      expect(response.statusCode, response.body).toBe(400);
      expect(refusal(response)).toEqual([expect.objectContaining({ path, message })]);
    };
    await expectRefused(await upload(pinggu, mine, {}), 'file', '请选择评分依据文件');
    await expectRefused(
      await upload(pinggu, mine, formOf(Buffer.from('hello'), '说明.txt', 'text/plain')),
      'file',
      '评分依据须为 PDF、JPG、PNG、Word (.docx) 或 Excel (.xlsx) 文件',
    );
    // A .pdf that is no PDF, a PNG renamed .pdf, a zip that is no Word document.
    await expectRefused(
      await upload(pinggu, mine, formOf(Buffer.from('not a pdf'), '报告.pdf', pdfType)),
      'file',
      '文件内容不是 PDF，与其类型不符',
    );
    await expectRefused(
      await upload(pinggu, mine, formOf(png, '报告.pdf', pdfType)),
      'file',
      '文件内容不是 PDF，与其类型不符',
    );
    const zip = await xlsxOf([['a']]);
    await expectRefused(
      await upload(
        pinggu,
        mine,
        formOf(
          zip,
          '总结.docx',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        ),
      ),
      'file',
      '文件内容不是 Word (.docx)，与其类型不符',
    );
    // The name and the type must agree.
    await expectRefused(
      await upload(pinggu, mine, formOf(png, '照片.pdf', 'image/png')),
      'file',
      '评分依据须为 PDF、JPG、PNG、Word (.docx) 或 Excel (.xlsx) 文件',
    );
    const tooBig = Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024, 0x20)]);
    await expectRefused(
      await upload(pinggu, mine, formOf(tooBig, '扫描件.pdf', pdfType)),
      'file',
      '评分依据文件不能超过 10 MB',
    );
    const english = await upload(pinggu, mine, formOf(tooBig, 'scan.pdf', pdfType), item.key, {
      'accept-language': 'en-US',
    });
    expect(refusal(english)).toEqual([
      expect.objectContaining({ path: 'file', message: 'The evidence must not exceed 10 MB' }),
    ]);
    await expectRefused(
      await upload(pinggu, mine, formOf(pdf, 'a\u0007.pdf', pdfType)),
      'file',
      '不能含有控制字符',
    );
    await expectRefused(
      await upload(pinggu, mine, formOf(pdf, 'a.pdf', pdfType), 'no.such.item'),
      'query.item',
      '不是本评分表的指标',
    );
  });

  it('keeps the files to their evaluator and the organisers of the region', async () => {
    const [file] = (await pinggu.strict().get(files(mine))).json().items;
    // Another evaluator of the same round, an officer of the sibling county, the provider.
    expect((await pinggu2.get(files(mine))).statusCode).toBe(404);
    expect((await pinggu2.get(`${files(mine)}/${file.id}`)).statusCode).toBe(404);
    expect((await pinggu2.get(`${files(theirs)}/${file.id}`)).statusCode).toBe(404);
    expect((await upload(pinggu2, mine, formOf(pdf, 'x.pdf', pdfType))).statusCode).toBe(404);
    expect((await pinggu2.delete(`${files(mine)}/${file.id}`)).statusCode).toBe(404);
    const roundFile = `/api/v1/evaluation-rounds/${round.id}/files/${file.id}`;
    expect((await yunyan.get(roundFile)).statusCode).toBe(404);
    expect((await jigou.get(roundFile)).statusCode).toBe(403);
    expect((await pinggu.get(roundFile)).statusCode).toBe(403);
    // Nothing of theirs was read: the only reads on record are the evaluator's and the organiser's.
    expect(await readsOf(round.id, file.id)).toHaveLength(2);
  });

  it('holds twenty files a sheet', async () => {
    const held = (await pinggu.strict().get(files(mine))).json().items.length;
    for (let n = held; n < 20; n++)
      await upload(pinggu, mine, formOf(pdf, `附件${n}.pdf`, pdfType)).then((r) =>
        expect(r.statusCode, r.body).toBe(200),
      );
    const over = await upload(pinggu, mine, formOf(pdf, '附件20.pdf', pdfType));
    expect(over.statusCode).toBe(409);
    expect(over.json().error.message).toBe('每张评分表最多附 20 个文件');
  });

  it('freezes the files with the sheet: none added or removed once submitted or locked', async () => {
    const response = await upload(pinggu2, theirs, formOf(pdf, '记录.pdf', pdfType));
    const [file] = response.json().items;
    await submitOwn(pinggu2, theirs, round.items, true);
    const late = await upload(pinggu2, theirs, formOf(pdf, '补充.pdf', pdfType));
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe('评分表已提交，不能再修改');
    expect((await pinggu2.delete(`${files(theirs)}/${file.id}`)).statusCode).toBe(409);
    // Still theirs to read after.
    expect((await pinggu2.get(`${files(theirs)}/${file.id}`)).statusCode).toBe(200);

    const other = (await openFinal(team, '2026-07-06')).round;
    const { assigned, round: all } = await scored(team, other, { best: true, community: true });
    await nanming
      .strict()
      .post(`/api/v1/evaluation-rounds/${other.id}/lock`, { version: all.version });
    const locked = await upload(pinggu, assigned[0]!, formOf(pdf, '记录.pdf', pdfType));
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toBe('轮次已锁定：评分只能通过重新评分修改');
  });

  it('opens nothing before the declaration', async () => {
    const other = (await openFinal(team, '2026-07-06')).round;
    const me = (await pinggu.strict().get('/api/v1/auth/session')).json().account.id;
    const assignment = (
      await nanming
        .strict()
        .post(`/api/v1/evaluation-rounds/${other.id}/assignments`, { accountId: me })
    ).json();
    const early = await upload(pinggu, assignment.id, formOf(pdf, 'a.pdf', pdfType));
    expect(early.statusCode).toBe(409);
    expect((await pinggu.get(files(assignment.id))).statusCode).toBe(409);
  });
});
