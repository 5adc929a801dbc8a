import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/connection';
import { awardedProject, contractTerms, type StaffMember } from '../../../test/purchase-world';
import { rowsOf } from '../../../test/sheets';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

// A Monday: the first quarter of the contracts' term (from 1 April) has ended.
const now = new Date('2026-07-06T10:00:00+08:00');
const today = '2026-07-06';
let t: TestApp;
let nanming: TestClient;
let nanming2: TestClient;
let yunyan: TestClient;
let guiyang: TestClient;
let jigou: TestClient;
let staff: StaffMember[];

const detailsOf = (response: {
  json(): { error: { details: { path: string; message: string }[] } };
}) => response.json().error.details;

const terms = (overrides: Record<string, unknown> = {}) => contractTerms(staff, overrides);

async function drafted(overrides: Record<string, unknown> = {}) {
  const project = await awardedProject(
    { officer: nanming, colleague: nanming2, provider: jigou },
    { today },
  );
  const response = await nanming.post('/api/v1/contracts', {
    projectId: project.id,
    ...terms(overrides),
  });
  expect(response.statusCode, response.body).toBe(201);
  return { project, contract: response.json() };
}

async function signed() {
  const { project, contract } = await drafted();
  const after = await nanming.post(`/api/v1/contracts/${contract.id}/sign`, {
    version: contract.version,
    signedOn: today,
  });
  expect(after.statusCode, after.body).toBe(200);
  return { project, contract: after.json() };
}

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  nanming = await t.signIn('nanming');
  nanming2 = await t.signIn('nanming2');
  yunyan = await t.signIn('yunyan');
  guiyang = await t.signIn('guiyang');
  jigou = await t.signIn('jigou');
  staff = (await jigou.strict().get('/api/v1/bidder-staff')).json().items;
  expect(staff.length).toBeGreaterThanOrEqual(3);
}, 120_000);
afterAll(() => t.close());

describe('drafting and signing a contract (签订合同)', () => {
  it('drafts the contract of an awarded project with its indicators, workers and tranches', async () => {
    const { project, contract } = await drafted();
    expect(contract).toMatchObject({
      projectId: project.id,
      providerOrganisationId: project.providerOrganisationId,
      status: 'draft',
      currentVersion: 0,
      amountFen: 40_000_000,
      paidFen: 0,
      personnelShareRuleBp: 6000,
      can: { edit: true, sign: true, request: false },
    });
    expect(contract.indicators.map((i: { name: string }) => i.name)).toEqual([
      '个案服务',
      '服务人次',
      '志愿者培训',
    ]);
    expect(contract.workers).toHaveLength(2);
    expect(contract.workers[0].name).toBeTruthy();
    expect(contract.tranches.map((x: { gateMet: boolean }) => x.gateMet)).toEqual([
      true,
      false,
      false,
    ]);
    expect(contract.periods.map((p: { key: string }) => p.key)).toEqual([
      'Y1Q1',
      'Y1Q2',
      'Y1Q3',
      'Y1Q4',
    ]);
  });

  it('starts the draft from the winning bid’s price (中标价) and refuses an amount above it', async () => {
    const project = await awardedProject(
      { officer: nanming, colleague: nanming2, provider: jigou },
      { today, priceFen: 38_000_000 },
    );
    const start = await nanming.get(`/api/v1/contracts/draft-start?projectId=${project.id}`);
    expect(start.statusCode, start.body).toBe(200);
    expect(start.json()).toMatchObject({
      projectId: project.id,
      awardPriceFen: 38_000_000,
      amountFen: 38_000_000,
      termStart: '2026-04-01',
      termEnd: '2027-03-31',
    });
    // The provider reads no draft's start: it is the department's.
    expect(
      (await jigou.get(`/api/v1/contracts/draft-start?projectId=${project.id}`)).statusCode,
    ).toBe(403);

    // 40 万 is within the budget (50 万) but above the award price (38 万).
    const above = await nanming.post('/api/v1/contracts', { projectId: project.id, ...terms() });
    expect(above.statusCode).toBe(400);
    expect(detailsOf(above)).toEqual([
      { path: 'body.amountFen', message: '合同金额（amount）不能超过中标价（380000.00 元）' },
    ]);
    const none = await nanming.get(`/api/v1/contracts?projectId=${project.id}`);
    expect(none.json().total).toBe(0);

    const atPrice = terms({
      amountFen: 38_000_000,
      tranches: [
        { kind: 'advance', dueOn: '2026-04-15', amountFen: 10_000_000, gate: 'none' },
        { kind: 'final', dueOn: '2027-03-31', amountFen: 28_000_000, gate: 'none' },
      ],
    });
    const created = await nanming.post('/api/v1/contracts', { projectId: project.id, ...atPrice });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ amountFen: 38_000_000, awardPriceFen: 38_000_000 });

    // Nor can the draft be raised above it afterwards, nor an amendment once signed.
    const raised = await nanming.put(`/api/v1/contracts/${created.json().id}`, {
      ...terms({ code: atPrice.code }),
      version: created.json().version,
    });
    expect(raised.statusCode).toBe(400);
    expect(detailsOf(raised)).toEqual([
      { path: 'body.amountFen', message: '合同金额（amount）不能超过中标价（380000.00 元）' },
    ]);
    const signedNow = (
      await nanming.strict().post(`/api/v1/contracts/${created.json().id}/sign`, {
        version: created.json().version,
        signedOn: today,
      })
    ).json();
    // An amendment (补充合同) may add up to a tenth of the award price (41.8 万), not more.
    const twoTranches = (first: number, second: number) => [
      { kind: 'advance', dueOn: '2026-04-15', amountFen: first, gate: 'none' },
      { kind: 'final', dueOn: '2027-03-31', amountFen: second, gate: 'none' },
    ];
    const amended = await nanming.post(`/api/v1/contracts/${signedNow.id}/amend`, {
      ...terms({
        code: atPrice.code,
        amountFen: 45_000_000,
        tranches: twoTranches(10_000_000, 35_000_000),
      }),
      reason: '增加服务内容',
      version: signedNow.version,
    });
    expect(amended.statusCode).toBe(400);
    expect(detailsOf(amended)).toEqual([
      {
        path: 'body.amountFen',
        message: '变更后的合同金额（amount）不能超过中标价的 110%（418000.00 元）',
      },
    ]);
    const grown = await nanming.post(`/api/v1/contracts/${signedNow.id}/amend`, {
      ...terms({
        code: atPrice.code,
        amountFen: 41_800_000,
        tranches: twoTranches(10_000_000, 31_800_000),
      }),
      reason: '增加服务内容',
      version: signedNow.version,
    });
    expect(grown.statusCode, grown.body).toBe(200);
    expect(grown.json()).toMatchObject({ amountFen: 41_800_000, awardPriceFen: 38_000_000 });

    // The database holds it whatever writes.
    const error = await t.database.drizzle
      .execute(sql`update contract set amount_fen = 41800001 where id = ${signedNow.id}`)
      .catch((e: Error & { cause?: Error }) => e);
    expect(String((error as Error & { cause?: Error }).cause?.message ?? error)).toMatch(
      /contract_award_price_check/,
    );
  });

  it('refuses terms that break the rules, naming each field, and writes nothing', async () => {
    const project = await awardedProject(
      { officer: nanming, colleague: nanming2, provider: jigou },
      { today },
    );
    const bad = await nanming.post('/api/v1/contracts', {
      projectId: project.id,
      ...terms({
        amountFen: 60_000_000,
        termEnd: '2027-06-30',
        staffingWorkers: 3,
        tranches: [
          { kind: 'advance', dueOn: '2026-03-01', amountFen: 10_000_000, gate: 'none' },
          {
            kind: 'final',
            dueOn: '2027-03-31',
            amountFen: 10_000_000,
            gate: 'report',
            gatePeriodKey: 'Q9',
          },
        ],
      }),
    });
    expect(bad.statusCode).toBe(400);
    expect(detailsOf(bad)).toEqual([
      { path: 'body.amountFen', message: '合同金额不能超过项目预算（500000.00 元）' },
      { path: 'body.termEnd', message: '合同期限须在项目期限（2026-04-01 至 2027-03-31）之内' },
      {
        path: 'body.tranches.0.dueOn',
        message: '付款日期须在合同期限（2026-04-01 至 2027-06-30）之内',
      },
      { path: 'body.tranches.1.gatePeriodKey', message: '须选择合同期内的一个报告期' },
      {
        path: 'body.tranches',
        message: '各笔付款合计（200000.00 元）须等于合同金额（600000.00 元）',
      },
      { path: 'body.workers', message: '人员配备标准为 3 人，已列入 2 人' },
    ]);
    const negative = await nanming.post('/api/v1/contracts', {
      projectId: project.id,
      ...terms({ amountFen: -1 }),
    });
    expect(negative.statusCode).toBe(400);
    expect(detailsOf(negative).map((d) => d.path)).toContain('body.amountFen');
    const stranger = await nanming.post('/api/v1/contracts', {
      projectId: project.id,
      ...terms({
        workers: [
          { workerId: '01900000-0000-7000-8000-000000000000', post: '社工', fullTime: true },
        ],
        staffingWorkers: 1,
      }),
    });
    expect(stranger.statusCode).toBe(400);
    expect(detailsOf(stranger)).toEqual([
      { path: 'body.workers.0.workerId', message: '该社工不是中标机构的在职人员' },
    ]);
    expect((await nanming.get(`/api/v1/contracts?projectId=${project.id}`)).json().total).toBe(0);
  });

  it('signs version 1, moves the project, and refuses any edit after signing', async () => {
    const { project, contract } = await signed();
    expect(contract).toMatchObject({ status: 'signed', currentVersion: 1, signedOn: today });
    expect(contract.versions).toEqual([
      expect.objectContaining({ number: 1, reason: null, amountFen: 40_000_000 }),
    ]);
    const after = (await nanming.get(`/api/v1/projects/${project.id}`)).json();
    expect(after.state).toBe('signed');
    const edit = await nanming.put(`/api/v1/contracts/${contract.id}`, {
      version: contract.version,
      ...terms(),
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toBe('合同已签订，只能通过合同变更修改');
    const started = await nanming.post(`/api/v1/contracts/${contract.id}/start`, {
      version: contract.version,
    });
    expect(started.json()).toMatchObject({ status: 'in_service' });
    expect((await nanming.get(`/api/v1/projects/${project.id}`)).json().state).toBe('in_service');
    const again = await nanming.post('/api/v1/contracts', { projectId: project.id, ...terms() });
    expect(again.statusCode).toBe(409);
  });

  it('refuses a worker in two full-time posts at once', async () => {
    const fullTime = {
      workers: staff
        .slice(0, 2)
        .map((s) => ({ workerId: s.workerId, post: '专职社工', fullTime: true })),
    };
    const first = await drafted(fullTime);
    await nanming.strict().post(`/api/v1/contracts/${first.contract.id}/sign`, {
      version: first.contract.version,
      signedOn: today,
    });
    const { contract } = await drafted(fullTime);
    const second = await nanming.post(`/api/v1/contracts/${contract.id}/sign`, {
      version: contract.version,
      signedOn: today,
    });
    expect(second.statusCode).toBe(400);
    expect(detailsOf(second)[0]).toMatchObject({ path: 'body.workers' });
    expect(detailsOf(second)[0]!.message).toContain('同一时期不能担任两个专职岗位');
    // Part-time on the second, the worker may serve both.
    const partTime = await nanming.put(`/api/v1/contracts/${contract.id}`, {
      version: contract.version,
      ...terms({
        workers: staff
          .slice(0, 2)
          .map((s) => ({ workerId: s.workerId, post: '兼职督导', fullTime: false })),
      }),
    });
    expect(partTime.statusCode, partTime.body).toBe(200);
    const ok = await nanming.post(`/api/v1/contracts/${contract.id}/sign`, {
      version: partTime.json().version,
      signedOn: today,
    });
    expect(ok.statusCode, ok.body).toBe(200);
  });
});

describe('payments and the provider’s reports (付款与阶段报告)', () => {
  it('pays the advance under four eyes, and the interim only after the Q1 report is accepted', async () => {
    let { contract } = await signed();
    const [advance, interim, final] = contract.tranches;
    const base = `/api/v1/contracts/${contract.id}/tranches`;

    expect(advance.can).toEqual({ request: true, approve: false, pay: false, cancel: true });
    expect(interim.can.request).toBe(false);
    contract = (
      await nanming.strict().post(`${base}/${advance.id}/request`, { version: advance.version })
    ).json();
    // Four eyes: the page offers the requester no approval, a colleague one.
    expect(contract.tranches[0].can).toMatchObject({ approve: false, cancel: true });
    const colleagueView = (await nanming2.strict().get(`/api/v1/contracts/${contract.id}`)).json();
    expect(colleagueView.tranches[0].can).toMatchObject({ approve: true, pay: false });
    const own = await nanming.post(`${base}/${advance.id}/approve`, {
      version: contract.tranches[0].version,
    });
    expect(own.statusCode).toBe(409);
    expect(own.json().error.message).toBe(
      '付款须由申请人以外的另一名工作人员审批，申请人不能审批本人申请的付款',
    );
    contract = (
      await nanming2
        .strict()
        .post(`${base}/${advance.id}/approve`, { version: contract.tranches[0].version })
    ).json();
    const future = await nanming2.post(`${base}/${advance.id}/pay`, {
      version: contract.tranches[0].version,
      paidOn: '2026-07-07',
      voucher: '记账凭证 2026-07-001',
    });
    expect(future.statusCode).toBe(400);
    expect(detailsOf(future).map((d) => d.path)).toEqual(['body.paidOn']);
    contract = (
      await nanming2.strict().post(`${base}/${advance.id}/pay`, {
        version: contract.tranches[0].version,
        paidOn: today,
        voucher: '记账凭证 2026-07-001',
      })
    ).json();
    expect(contract.tranches[0]).toMatchObject({
      status: 'paid',
      paidOn: today,
      approvedByName: expect.any(String),
    });
    expect(contract.paidFen).toBe(12_000_000);
    // The funds' summary counts it as paid in the county, the year and the total.
    const funds = (
      await guiyang.strict().get('/api/v1/funds/summary?region=5201&year=2026')
    ).json();
    const county = funds.byRegion.find((r: { regionCode: string }) => r.regionCode === '520102');
    expect(county.paidFen).toBeGreaterThanOrEqual(12_000_000);
    expect(county.contractedFen).toBeGreaterThanOrEqual(40_000_000);
    expect(funds.totals.paidFen).toBe(county.paidFen);

    // The interim waits for the Q1 report; the final for the final evaluation.
    const early = await nanming.post(`${base}/${interim.id}/request`, { version: interim.version });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toBe('Y1Q1 阶段报告通过审核后才能申请该笔付款');
    const waiting = await nanming.post(`${base}/${final.id}/request`, { version: final.version });
    expect(waiting.json().error.message).toBe('评估结果出来后才能申请该笔付款');

    // The provider sees its own contract and reports the quarter.
    const mine = (await jigou.strict().get('/api/v1/contracts')).json();
    expect(mine.items.map((c: { id: string }) => c.id)).toContain(contract.id);
    const seen = (await jigou.strict().get(`/api/v1/contracts/${contract.id}`)).json();
    expect(seen).toMatchObject({
      asProvider: true,
      can: { report: true, sign: false, pay: false },
    });
    expect(
      (await jigou.post(`${base}/${interim.id}/request`, { version: interim.version })).statusCode,
    ).toBe(403);
    const draft = (
      await jigou.strict().get(`/api/v1/contracts/${contract.id}/report-draft?periodKey=Y1Q1`)
    ).json();
    expect(draft).toMatchObject({
      from: '2026-04-01',
      to: '2026-06-30',
      existing: null,
      returned: null,
    });
    expect(draft.outputs.map((o: { counted: boolean }) => o.counted)).toEqual([true, true, false]);
    const q1Spending = {
      personnelFen: 5_000_000,
      serviceFen: 3_000_000,
      adminFen: 1_000_000,
      otherFen: 1_000_000,
    };
    const missing = await jigou.post(`/api/v1/contracts/${contract.id}/reports`, {
      periodKey: 'Y1Q1',
      spending: q1Spending,
    });
    expect(missing.statusCode).toBe(400);
    expect(detailsOf(missing)).toEqual([{ path: 'body.entered', message: '须填报「志愿者培训」' }]);
    const notYet = await jigou.post(`/api/v1/contracts/${contract.id}/reports`, {
      periodKey: 'Y1Q3',
      spending: { personnelFen: 0, serviceFen: 0, adminFen: 0, otherFen: 0 },
    });
    expect(detailsOf(notYet)).toEqual([{ path: 'body.periodKey', message: '报告期尚未开始' }]);
    let report = (
      await jigou.strict().post(`/api/v1/contracts/${contract.id}/reports`, {
        periodKey: 'Y1Q1',
        entered: [{ indicatorId: contract.indicators[2].id, value: 1 }],
        spending: q1Spending,
        narrative: '第一季度完成入户探访与小组招募。',
      })
    ).json();
    // 50% on personnel, below the 60% rule: shown, for the reviewer to weigh.
    expect(report).toMatchObject({
      status: 'submitted',
      personnelShareBp: 5000,
      belowPersonnelRule: true,
    });
    expect(report.outputs[2]).toMatchObject({ value: 1, counted: false });

    const bare = await nanming.post(
      `/api/v1/contracts/${contract.id}/reports/${report.id}/return`,
      {
        version: report.version,
      },
    );
    expect(detailsOf(bare).map((d) => d.path)).toEqual(['body.note']);
    report = (
      await nanming.strict().post(`/api/v1/contracts/${contract.id}/reports/${report.id}/return`, {
        version: report.version,
        note: '人员经费占比低于 60%，请说明。',
      })
    ).json();
    expect(report.status).toBe('returned');
    // The next draft of the period brings back what was entered, to edit rather than retype.
    const again = (
      await jigou.strict().get(`/api/v1/contracts/${contract.id}/report-draft?periodKey=Y1Q1`)
    ).json();
    expect(again.existing).toMatchObject({ id: report.id, status: 'returned' });
    expect(again.outputs[2]).toMatchObject({ value: 1, counted: false });
    expect(again.returned).toEqual({
      spending: q1Spending,
      narrative: '第一季度完成入户探访与小组招募。',
      note: '人员经费占比低于 60%，请说明。',
    });
    // A period never reported starts empty.
    const fresh = (
      await jigou.strict().get(`/api/v1/contracts/${contract.id}/report-draft?periodKey=Y1Q2`)
    ).json();
    expect(fresh).toMatchObject({ existing: null, returned: null });
    expect(fresh.outputs[2]).toMatchObject({ value: null, counted: false });
    report = (
      await jigou.strict().post(`/api/v1/contracts/${contract.id}/reports`, {
        periodKey: 'Y1Q1',
        version: report.version,
        entered: [{ indicatorId: contract.indicators[2].id, value: 1 }],
        spending: {
          personnelFen: 7_000_000,
          serviceFen: 2_000_000,
          adminFen: 500_000,
          otherFen: 500_000,
        },
        narrative: '更正人员经费归类。',
      })
    ).json();
    expect(report).toMatchObject({
      status: 'submitted',
      personnelShareBp: 7000,
      belowPersonnelRule: false,
    });
    await nanming.strict().post(`/api/v1/contracts/${contract.id}/reports/${report.id}/accept`, {
      version: report.version,
    });

    contract = (await nanming.strict().get(`/api/v1/contracts/${contract.id}`)).json();
    expect(contract.tranches[1].gateMet).toBe(true);
    contract = (
      await nanming
        .strict()
        .post(`${base}/${interim.id}/request`, { version: contract.tranches[1].version })
    ).json();
    expect(contract.tranches[1].status).toBe('requested');
  });

  it('never pays beyond the contract, even written past the service', async () => {
    const { contract } = await signed();
    const error = await t.database.drizzle
      .execute(
        sql`update contract_tranche set status = 'requested', amount_fen = 50000000, requested_by = ${contract.tranches[0].id} where id = ${contract.tranches[0].id}`,
      )
      .catch((e: Error & { cause?: Error }) => e);
    expect(String((error as Error & { cause?: Error }).cause?.message ?? error)).toMatch(
      /contract_tranches_exceed_amount/,
    );
    const [row] = await queryRows<{ status: string }>(
      t.database.drizzle,
      sql`select status from contract_tranche where id = ${contract.tranches[0].id}`,
    );
    expect(row!.status).toBe('scheduled');
  });

  it('amends the contract as a new version, keeping what was paid', async () => {
    let { contract } = await signed();
    const base = `/api/v1/contracts/${contract.id}/tranches`;
    const [advance, interim, final] = contract.tranches;
    contract = (
      await nanming.strict().post(`${base}/${advance.id}/request`, { version: advance.version })
    ).json();
    const keep = (x: {
      id: string;
      kind: string;
      dueOn: string;
      amountFen: number;
      gate: string;
      gatePeriodKey: string | null;
      gateRound: string | null;
    }) => ({
      id: x.id,
      kind: x.kind,
      dueOn: x.dueOn,
      amountFen: x.amountFen,
      gate: x.gate,
      gatePeriodKey: x.gatePeriodKey,
      gateRound: x.gateRound,
    });
    const changed = await nanming.post(`/api/v1/contracts/${contract.id}/amend`, {
      version: contract.version,
      reason: '增加服务人次指标',
      ...terms({
        amountFen: 45_000_000,
        tranches: [{ ...keep(advance), amountFen: 17_000_000 }, keep(interim), keep(final)],
      }),
    });
    expect(changed.statusCode).toBe(400);
    expect(detailsOf(changed)).toContainEqual({
      path: 'body.tranches.0.amountFen',
      message: '已申请、已审批或已支付的付款节点不能变更',
    });
    const amended = await nanming.post(`/api/v1/contracts/${contract.id}/amend`, {
      version: contract.version,
      reason: '增加服务人次指标',
      ...terms({
        amountFen: 45_000_000,
        tranches: [
          keep(advance),
          keep(interim),
          keep(final),
          { kind: 'change', dueOn: '2027-01-15', amountFen: 5_000_000, gate: 'none' },
        ],
      }),
    });
    expect(amended.statusCode, amended.body).toBe(200);
    expect(amended.json()).toMatchObject({ currentVersion: 2, amountFen: 45_000_000 });
    expect(
      amended
        .json()
        .versions.map((v: { number: number; reason: string | null }) => [v.number, v.reason]),
    ).toEqual([
      [1, null],
      [2, '增加服务人次指标'],
    ]);
    expect(
      amended.json().tranches.map((x: { kind: string; status: string }) => `${x.kind}:${x.status}`),
    ).toEqual(['advance:requested', 'interim:scheduled', 'final:scheduled', 'change:scheduled']);
    const [v1] = await queryRows<{ amount_fen: string }>(
      t.database.drizzle,
      sql`select amount_fen from contract_version where contract_id = ${contract.id} and number = 1`,
    );
    expect(Number(v1!.amount_fen)).toBe(40_000_000);
  });
});

describe('who sees a contract', () => {
  it('answers 404 to a sibling county and lets the city read it', async () => {
    const { contract } = await drafted();
    expect((await yunyan.get(`/api/v1/contracts/${contract.id}`)).statusCode).toBe(404);
    expect(
      (
        await yunyan.post(`/api/v1/contracts/${contract.id}/sign`, {
          version: contract.version,
          signedOn: today,
        })
      ).statusCode,
    ).toBe(404);
    expect((await guiyang.get(`/api/v1/contracts/${contract.id}`)).statusCode).toBe(200);
    expect(
      (
        await jigou.post(`/api/v1/contracts/${contract.id}/sign`, {
          version: contract.version,
          signedOn: today,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('lists the provider’s staff to the officer who drafts, to nobody outside the county', async () => {
    const { project } = await drafted();
    const listed = (
      await nanming.strict().get(`/api/v1/contracts/provider-staff?projectId=${project.id}`)
    ).json();
    expect(listed.items.map((s: { workerId: string }) => s.workerId)).toEqual(
      expect.arrayContaining(staff.slice(0, 2).map((s) => s.workerId)),
    );
    expect(listed.items[0].idNumber).toMatch(/\*/);
    expect(
      (await yunyan.get(`/api/v1/contracts/provider-staff?projectId=${project.id}`)).statusCode,
    ).toBe(404);
  });

  it('keeps another organisation’s administrator out', async () => {
    const { contract } = await drafted();
    const [other] = await queryRows<{ id: string }>(
      t.database.drizzle,
      sql`select id from organisation where region_code = '520102' and id <> ${contract.providerOrganisationId} order by id limit 1`,
    );
    const outsider = await t.accountWith({
      username: 'contract.outsider',
      roles: ['org_admin'],
      regionCode: '520102',
      organisationId: other!.id,
    });
    expect((await outsider.get(`/api/v1/contracts/${contract.id}`)).statusCode).toBe(404);
    expect((await outsider.get('/api/v1/contracts')).json().items).toEqual([]);
  });

  it('lists each project with its contract and what it has paid in the 项目台账', async () => {
    const { project, contract } = await signed();
    const response = await nanming.get('/api/v1/projects/export?state=signed');
    expect(response.statusCode).toBe(200);
    const rows = await rowsOf(response.rawPayload);
    expect(rows[0]).toEqual(
      expect.arrayContaining(['项目编号', '合同编号', '合同金额（元）', '已支付（元）']),
    );
    const header = rows[0] as string[];
    const line = rows.find((r) => r.includes(contract.code))!;
    expect(line[header.indexOf('项目状态')]).toBe('已签约');
    expect(line[header.indexOf('合同金额（元）')]).toBe(400_000);
    expect(line[header.indexOf('已支付（元）')]).toBe(0);
    expect(rows.every((r, i) => i === 0 || r[header.indexOf('项目状态')] === '已签约')).toBe(true);
    // A sibling county's register holds none of the county's projects.
    const sibling = await rowsOf((await yunyan.get('/api/v1/projects/export')).rawPayload);
    expect(sibling.some((r) => r.includes(project.id) || r.includes(contract.code))).toBe(false);
  });

  it('records who read the payments', async () => {
    const { contract } = await drafted();
    await guiyang.get(`/api/v1/contracts/${contract.id}`);
    const rows = await queryRows<{ n: number }>(
      t.database.drizzle,
      sql`select count(*)::int as n from audit_event where entity_id = ${contract.id} and action = 'read' and detail_code = 'contract_money_read'`,
    );
    expect(rows[0]!.n).toBeGreaterThan(0);
  });
});

describe('the personnel-share rule (人员经费占比)', () => {
  const spending = (personnelFen: number) => ({
    personnelFen,
    serviceFen: 10_000_000 - personnelFen,
    adminFen: 0,
    otherFen: 0,
  });

  it('is read from the nearest region with a rule, set by the city for its region, audited', async () => {
    // The county reads the province's rule (Guizhou 60%).
    const seen = await nanming.get('/api/v1/contract-personnel-rule?region=520102');
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json()).toEqual({
      regionCode: '520102',
      ruleRegionCode: '52',
      rateBp: 6000,
      defaultBp: 6000,
      version: 0,
    });
    // A county officer does not set it; a city outside its own region is refused on the field.
    const county = await nanming.put('/api/v1/contract-personnel-rule?region=520102', {
      rateBp: 6500,
      version: 0,
    });
    expect(county.statusCode).toBe(403);
    const elsewhere = await guiyang.put('/api/v1/contract-personnel-rule?region=5203', {
      rateBp: 6500,
      version: 0,
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(detailsOf(elsewhere)).toEqual([
      { path: 'query.region', message: '区划不在您的管辖范围内' },
    ]);
    expect((await guiyang.get('/api/v1/contract-personnel-rule?region=5203')).statusCode).toBe(400);

    // The city raises it for its region, as Guangzhou did (60% → 65%).
    const raised = await guiyang.put('/api/v1/contract-personnel-rule?region=5201', {
      rateBp: 6500,
      version: 0,
    });
    expect(raised.statusCode, raised.body).toBe(200);
    expect(raised.json()).toMatchObject({ ruleRegionCode: '5201', rateBp: 6500, version: 1 });
    // A stale version is refused; the province's own rule is untouched.
    const stale = await guiyang.put('/api/v1/contract-personnel-rule?region=5201', {
      rateBp: 7000,
      version: 0,
    });
    expect(stale.statusCode).toBe(409);
    expect((await nanming.get('/api/v1/contract-personnel-rule')).json()).toMatchObject({
      regionCode: '520102',
      ruleRegionCode: '5201',
      rateBp: 6500,
    });
    const [audit] = await queryRows<{ detail_code: string; changes: unknown }>(
      t.database.drizzle,
      sql`select detail_code, changes from audit_event
          where entity_type = 'contract_personnel_rule' and entity_id = '5201'`,
    );
    expect(audit).toMatchObject({
      detail_code: 'personnel_rule_set',
      changes: { rateBp: [6000, 6500], ruleRegionCode: ['52', '5201'] },
    });

    // A county contract's report is judged by the nearest rule: 62% is below the city's 65%.
    const { contract } = await signed();
    expect(contract.personnelShareRuleBp).toBe(6500);
    const report = (
      await jigou.strict().post(`/api/v1/contracts/${contract.id}/reports`, {
        periodKey: 'Y1Q1',
        entered: [{ indicatorId: contract.indicators[2].id, value: 1 }],
        spending: spending(6_200_000),
      })
    ).json();
    expect(report).toMatchObject({
      personnelShareBp: 6200,
      personnelShareRuleBp: 6500,
      belowPersonnelRule: true,
    });

    // Back to the province's 60% (the city's own rule says so), for the tests that follow.
    await guiyang.strict().put('/api/v1/contract-personnel-rule?region=5201', {
      rateBp: 6000,
      version: 1,
    });
  });
});
