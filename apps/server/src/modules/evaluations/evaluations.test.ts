import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorItem } from '@shegong/domain';
import {
  leaves,
  mark,
  openFinal as openRound,
  scored as scoredRound,
  submitOffice as submitOfficeSheet,
  submitOwn,
  withEvaluators as withTeam,
  type EvaluationTeam,
  type OpenRound,
} from '../../../test/evaluation-world';
import { tenderWithBid } from '../../../test/purchase-world';
import { statementsOf } from '../../../test/statements';
import { queryRows } from '../../db/connection';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

const now = new Date('2026-07-06T10:00:00+08:00');
const today = '2026-07-06';
let t: TestApp;
let nanming: TestClient;
let nanming2: TestClient;
let yunyan: TestClient;
let jigou: TestClient;
let pinggu: TestClient;
let pinggu2: TestClient;
let team: EvaluationTeam;
let spreadRound: OpenRound;

const detailsOf = (response: {
  json(): { error: { details: { path: string; message: string }[] } };
}) => response.json().error.details;
const messageOf = (response: { json(): { error: { message: string } } }) =>
  response.json().error.message;

type Leaf = IndicatorItem;
type Agreed = { id: string; name: string; level: number };
const agreedOf = async (contractId: string): Promise<{ indicators: Agreed[] }> =>
  (await nanming.strict().get(`/api/v1/contracts/${contractId}`)).json();
const openFinal = () => openRound(team, today);
const withEvaluators = async (round: { id: string }) => {
  const [first, second] = await withTeam(team, round);
  return { pinggu: first!, pinggu2: second! };
};
const submitOffice = (roundId: string, party: string, items: Leaf[], best: boolean) =>
  submitOfficeSheet(nanming, roundId, party, items, best);
const scored = async (round: OpenRound, best: boolean, community: boolean) =>
  scoredRound(team, round, { best, community });

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  nanming = await t.signIn('nanming');
  nanming2 = await t.signIn('nanming2');
  yunyan = await t.signIn('yunyan');
  jigou = await t.signIn('jigou');
  pinggu = await t.signIn('pinggu');
  pinggu2 = await t.signIn('pinggu2');
  team = { officer: nanming, colleague: nanming2, provider: jigou, evaluators: [pinggu, pinggu2] };
  // Opened first: the 不合格 below bars the provider from the tenders that make new contracts.
  spreadRound = (await openFinal()).round;
}, 120_000);
afterAll(() => t.close());

describe('rounds (评估轮次)', () => {
  it('opens a final round on the template in force, weighted as the template weighs its parties', async () => {
    const { contract, round } = await openFinal();
    expect(round).toMatchObject({
      kind: 'final',
      status: 'open',
      contractId: contract.id,
      dueOn: '2027-03-01',
      partyWeights: { third_party: 77, supervising_office: 8, community: 15 },
      can: { assign: true, lock: false, publish: false, finalise: false },
    });
    expect(round.indicatorLabel).toContain('贵州省乡镇（街道）社工站运营评估指标');
    expect(round.items.filter((i: Leaf) => i.level === 1).map((i: Leaf) => i.name)).toEqual([
      '阵地建设',
      '服务开展',
      '运营管理',
      '群众评价',
    ]);
    const again = await nanming.post('/api/v1/evaluation-rounds', {
      contractId: contract.id,
      kind: 'final',
    });
    expect(again.statusCode).toBe(409);
    expect(messageOf(again)).toBe('该合同已安排过终期评估');

    const bad = await nanming.post('/api/v1/evaluation-rounds', {
      contractId: contract.id,
      kind: 'midterm',
      partyWeights: { third_party: 70, community: 20, purchaser: 10 },
    });
    expect(bad.statusCode).toBe(400);
    expect(detailsOf(bad).map((d) => d.path)).toEqual([
      'body.partyWeights.purchaser',
      'body.partyWeights.supervising_office',
    ]);
    const schedule = (await nanming.strict().get('/api/v1/evaluation-schedule')).json().items;
    const entry = schedule.find((e: { contractId: string }) => e.contractId === contract.id);
    expect(entry.rounds).toEqual([
      { kind: 'midterm', dueOn: '2026-09-30', roundId: null, status: null },
      { kind: 'final', dueOn: '2027-03-01', roundId: round.id, status: 'open' },
    ]);
  });

  it('scores the contract’s own indicators as 产出 items of the third party, within the template’s 100 points', async () => {
    const { contract, round } = await openFinal();
    const { indicators } = await agreedOf(contract.id);
    const outputs = round.items.filter((i: Leaf) => /^out\.\d+$/.test(i.key));
    // One per agreed indicator, keyed by it, with its agreed level.
    expect(
      outputs.map((i: Leaf) => [i.key, i.name, i.level, i.scoringParty, i.scoringType]),
    ).toEqual(
      indicators.map((ind: Agreed, n: number) => [
        `out.${n + 1}`,
        [
          `个案服务（约定每年 40 个）`,
          '服务人次（约定合同期内 3000 人次）',
          '志愿者培训（约定每年 4 场）',
        ][n],
        3,
        'third_party',
        'graded',
      ]),
    );
    // The station template has no 产出 item: a 产出 group in its largest dimension (服务开展 40),
    // taking half of its leaf points; the level-1 points and so the weights stay the template's.
    const group = round.items.find((i: Leaf) => i.key === 'out')!;
    const dimension = round.items.find((i: Leaf) => i.key === group.parentKey)!;
    expect(dimension.name).toBe('服务开展');
    const under = (key: string): Leaf[] =>
      round.items
        .filter((i: Leaf) => i.parentKey === key)
        .flatMap((i: Leaf) => [i, ...under(i.key)]);
    const dimensionLeaves = leaves(under(dimension.key));
    const sum = (list: Leaf[]) => list.reduce((n, i) => n + (i.points ?? 0), 0);
    expect(sum(outputs)).toBeCloseTo((sum(dimensionLeaves) - sum(outputs)) / 2, 2);
    expect(
      round.items
        .filter((i: Leaf) => i.level === 1)
        .reduce((n: number, i: Leaf) => n + i.points!, 0),
    ).toBe(100);
    const detail = (await nanming.strict().get(`/api/v1/evaluation-rounds/${round.id}`)).json();
    expect(detail.partyWeights).toEqual({ third_party: 77, supervising_office: 8, community: 15 });

    // The evaluator marks them like any item: all 完成 but one 未完成 costs that item's share.
    const { pinggu: mine } = await withEvaluators(round);
    const items = round.items;
    const best = leaves(items)
      .filter((i) => i.scoringParty === 'third_party')
      .map((i) => mark(i, true));
    const saved = (
      await pinggu.strict().put(`/api/v1/my-evaluations/${mine}/sheet`, {
        marks: best.map((m) =>
          m.key === outputs[2]!.key
            ? { ...m, level: '未完成', evidence: [{ kind: 'outputs', label: '服务产出' }] }
            : m,
        ),
      })
    ).json();
    expect(
      saved.project.sheet.marks.find((m: { key: string }) => m.key === outputs[2]!.key),
    ).toMatchObject({
      level: '未完成',
      score: 0,
      evidence: [{ kind: 'outputs', label: '服务产出' }],
    });
    const wrong = await pinggu.put(`/api/v1/my-evaluations/${mine}/sheet`, {
      marks: [{ key: outputs[0]!.key, level: '优' }],
      version: saved.project.sheet.version,
    });
    expect(wrong.statusCode).toBe(400);
    expect(detailsOf(wrong)[0]!.path).toBe('body.marks.0.level');
  });

  it('opens the reported outputs to a cleared evaluator only, and records the reading', async () => {
    const { contract, round } = await openFinal();
    const { indicators } = await agreedOf(contract.id);
    const assignment = (
      await nanming.strict().post(`/api/v1/evaluation-rounds/${round.id}/assignments`, {
        accountId: (await pinggu.strict().get('/api/v1/auth/session')).json().account.id,
      })
    ).json();
    const early = await pinggu.get(`/api/v1/my-evaluations/${assignment.id}/outputs`);
    expect(early.statusCode).toBe(409);
    expect(messageOf(early)).toBe('声明无利益冲突后才能查看项目材料');
    expect((await pinggu2.get(`/api/v1/my-evaluations/${assignment.id}/outputs`)).statusCode).toBe(
      404,
    );
    const mine = (await pinggu.strict().get(`/api/v1/my-evaluations/${assignment.id}`)).json();
    await pinggu.strict().post(`/api/v1/my-evaluations/${assignment.id}/declaration`, {
      version: mine.assignment.version,
      conflict: false,
    });
    await jigou.strict().post(`/api/v1/contracts/${contract.id}/reports`, {
      periodKey: 'Y1Q1',
      entered: [{ indicatorId: indicators[2]!.id, value: 1 }],
      spending: {
        personnelFen: 6_000_000,
        serviceFen: 3_000_000,
        adminFen: 500_000,
        otherFen: 500_000,
      },
    });
    const outputs = (
      await pinggu.strict().get(`/api/v1/my-evaluations/${assignment.id}/outputs`)
    ).json();
    expect(outputs.indicators.map((i: Agreed) => [i.id, i.name, i.level])).toEqual(
      indicators.map((i: Agreed) => [i.id, i.name, i.level]),
    );
    expect(outputs.indicators[2].reported).toEqual([
      { periodKey: 'Y1Q1', status: 'submitted', value: 1, counted: false },
    ]);
    expect(outputs.indicators[0].reported[0]).toMatchObject({ periodKey: 'Y1Q1', counted: true });
    const reads = await queryRows<{ params: { opened: string } }>(
      t.database.drizzle,
      sql`select detail_params as params from audit_event where entity_id = ${round.id}
          and action = 'read' and detail_code = 'evidence_opened'`,
    );
    // The trail says what was opened: the contract and the material, nothing personal.
    expect(reads).toEqual([{ params: { opened: `${contract.code} 服务产出` } }]);
  });

  it('is the organisers’ alone: a sibling county does not see it, an evaluator or a provider cannot organise', async () => {
    const { round } = await openFinal();
    expect((await yunyan.get(`/api/v1/evaluation-rounds/${round.id}`)).statusCode).toBe(404);
    expect((await pinggu.get(`/api/v1/evaluation-rounds/${round.id}`)).statusCode).toBe(403);
    expect((await jigou.get('/api/v1/evaluation-rounds')).statusCode).toBe(403);
    expect((await jigou.get(`/api/v1/own-evaluations/${round.id}`)).statusCode).toBe(404);
  });
});

describe('evaluators and their declaration (利益冲突声明)', () => {
  it('opens nothing of the project before the declaration; a declared conflict recuses until waived', async () => {
    const { round } = await openFinal();
    const candidates = (
      await nanming.strict().get(`/api/v1/evaluation-rounds/${round.id}/candidates`)
    ).json().items;
    expect(candidates.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining(['韦评（评估人员）', '罗估（评估人员）']),
    );
    const first = candidates.find((c: { name: string }) => c.name === '韦评（评估人员）');
    expect(first).toMatchObject({ assigned: false, signals: [] });
    expect(first.agencyName).toBeTruthy();

    const assignment = (
      await nanming.strict().post(`/api/v1/evaluation-rounds/${round.id}/assignments`, {
        accountId: first.accountId,
      })
    ).json();
    expect(assignment.status).toBe('awaiting_declaration');
    const twice = await nanming.post(`/api/v1/evaluation-rounds/${round.id}/assignments`, {
      accountId: first.accountId,
    });
    expect(twice.statusCode).toBe(409);

    const before = (await pinggu.strict().get(`/api/v1/my-evaluations/${assignment.id}`)).json();
    expect(before.round).toMatchObject({
      projectTitle: round.projectTitle,
      providerName: round.providerName,
    });
    expect(before.project).toBeNull();
    const early = await pinggu.put(`/api/v1/my-evaluations/${assignment.id}/sheet`, { marks: [] });
    expect(early.statusCode).toBe(409);
    expect(messageOf(early)).toBe('声明无利益冲突后才能评分');
    // Another evaluator does not even see the assignment.
    expect((await pinggu2.get(`/api/v1/my-evaluations/${assignment.id}`)).statusCode).toBe(404);

    const unexplained = await pinggu.post(`/api/v1/my-evaluations/${assignment.id}/declaration`, {
      version: before.assignment.version,
      conflict: true,
    });
    expect(unexplained.statusCode).toBe(400);
    const declared = (
      await pinggu.strict().post(`/api/v1/my-evaluations/${assignment.id}/declaration`, {
        version: before.assignment.version,
        conflict: true,
        note: '本人配偶在承接机构任职',
      })
    ).json();
    expect(declared.assignment.status).toBe('conflict');
    expect(declared.project).toBeNull();

    let detail = (await nanming.strict().get(`/api/v1/evaluation-rounds/${round.id}`)).json();
    expect(detail.assignments[0]).toMatchObject({
      status: 'conflict',
      declarationNote: '本人配偶在承接机构任职',
    });
    const noReason = await nanming.post(
      `/api/v1/evaluation-rounds/${round.id}/assignments/${assignment.id}/waive`,
      { version: detail.assignments[0].version, reason: '' },
    );
    expect(noReason.statusCode).toBe(400);
    await nanming
      .strict()
      .post(`/api/v1/evaluation-rounds/${round.id}/assignments/${assignment.id}/waive`, {
        version: detail.assignments[0].version,
        reason: '配偶任职于财务岗位，不涉及本项目',
      });
    detail = (await nanming.strict().get(`/api/v1/evaluation-rounds/${round.id}`)).json();
    expect(detail.assignments[0]).toMatchObject({
      status: 'waived',
      resolvedByName: expect.any(String),
    });
    const after = (await pinggu.strict().get(`/api/v1/my-evaluations/${assignment.id}`)).json();
    expect(after.project).toMatchObject({ canScore: true, sheet: null });
    expect(after.project.indicators.map((i: { name: string }) => i.name)).toEqual([
      '个案服务',
      '服务人次',
      '志愿者培训',
    ]);
    const listed = (await pinggu.strict().get('/api/v1/my-evaluations')).json().items;
    expect(listed).toContainEqual(
      expect.objectContaining({
        assignmentId: assignment.id,
        status: 'waived',
        dueOn: '2027-03-01',
      }),
    );
  });
});

describe('scoring, lock and re-score (评分)', () => {
  it('refuses a wrong mark and an incomplete sheet, locks only when every sheet is in, and computes the grade', async () => {
    const { round } = await openFinal();
    const assigned = await withEvaluators(round);
    const [first] = leaves(round.items).filter((i) => i.scoringParty === 'third_party');
    const wrong = await pinggu.put(`/api/v1/my-evaluations/${assigned.pinggu}/sheet`, {
      marks: [{ key: first!.key, level: '满分' }],
    });
    expect(wrong.statusCode).toBe(400);
    expect(detailsOf(wrong)[0]!.path).toMatch(/^body\.marks\.0\./);
    const partial = (
      await pinggu.strict().put(`/api/v1/my-evaluations/${assigned.pinggu}/sheet`, {
        marks: [mark(first!, true)],
      })
    ).json();
    const incomplete = await pinggu.post(`/api/v1/my-evaluations/${assigned.pinggu}/sheet/submit`, {
      version: partial.project.sheet.version,
    });
    expect(incomplete.statusCode).toBe(400);
    expect(detailsOf(incomplete)[0]!.message).toMatch(/尚未评分，评分表不完整$/);
    const listed = (await pinggu.strict().get('/api/v1/my-evaluations')).json().items;
    expect(listed).toContainEqual(
      expect.objectContaining({
        assignmentId: assigned.pinggu,
        roundId: round.id,
        roundStatus: 'open',
        projectTitle: round.projectTitle,
        sheetStatus: 'draft',
      }),
    );

    await submitOwn(pinggu, assigned.pinggu!, round.items, true);
    let detail = (await nanming.strict().get(`/api/v1/evaluation-rounds/${round.id}`)).json();
    expect(detail.can.lock).toBe(false);
    const early = await nanming.post(`/api/v1/evaluation-rounds/${round.id}/lock`, {
      version: detail.version,
    });
    expect(early.statusCode).toBe(409);
    expect(messageOf(early)).toContain('罗估（评估人员） 尚未提交评分表');

    await submitOwn(pinggu2, assigned.pinggu2!, round.items, true);
    await submitOffice(round.id, 'supervising_office', round.items, true);
    // 群众评价 15 points at its lowest level (20%): 3 points.
    detail = await submitOffice(round.id, 'community', round.items, false);
    expect(detail.result).toMatchObject({ total: 88, grade: 'good' });
    expect(detail.can.lock).toBe(true);
    expect(detail.result.parties).toEqual([
      { party: 'third_party', weight: 77, score: 100 },
      { party: 'supervising_office', weight: 8, score: 100 },
      { party: 'community', weight: 15, score: 20 },
    ]);
    detail = (
      await nanming
        .strict()
        .post(`/api/v1/evaluation-rounds/${round.id}/lock`, { version: detail.version })
    ).json();
    expect(detail).toMatchObject({
      status: 'locked',
      total: 88,
      grade: 'good',
      can: { rescore: true, publish: true },
    });
    const late = await pinggu.put(`/api/v1/my-evaluations/${assigned.pinggu}/sheet`, { marks: [] });
    expect(late.statusCode).toBe(409);

    const community = detail.sheets.find((s: { party: string }) => s.party === 'community');
    const item = leaves(round.items).find((i) => i.scoringParty === 'community')!;
    const unexplained = await nanming.post(`/api/v1/evaluation-rounds/${round.id}/rescores`, {
      version: detail.version,
      sheetId: community.id,
      mark: { key: item.key, level: item.levels[1]!.label },
      reason: '',
    });
    expect(unexplained.statusCode).toBe(400);
    detail = (
      await nanming.strict().post(`/api/v1/evaluation-rounds/${round.id}/rescores`, {
        version: detail.version,
        sheetId: community.id,
        mark: { key: item.key, level: item.levels[1]!.label },
        reason: '补充的满意度问卷已到',
      })
    ).json();
    // 80% of 15 = 12: 97.
    expect(detail).toMatchObject({ total: 97, grade: 'excellent' });
    expect(detail.rescores).toEqual([
      expect.objectContaining({
        itemKey: item.key,
        fromScore: 3,
        toScore: 12,
        reason: '补充的满意度问卷已到',
      }),
    ]);
  });
});

describe('publishing, objections and the final grade (公示、异议与定档)', () => {
  it('lets the provider object once in the window; the decision re-scores; the final grade opens the last tranche and enters the credit record', async () => {
    const { contract, round } = await openFinal();
    let detail = (await scored(round, true, false)).round;
    detail = (
      await nanming
        .strict()
        .post(`/api/v1/evaluation-rounds/${round.id}/lock`, { version: detail.version })
    ).json();
    detail = (
      await nanming
        .strict()
        .post(`/api/v1/evaluation-rounds/${round.id}/publish`, { version: detail.version })
    ).json();
    expect(detail).toMatchObject({ status: 'published', objectionUntil: '2026-07-11' });

    let own = (await jigou.strict().get(`/api/v1/own-evaluations/${round.id}`)).json();
    expect(own).toMatchObject({
      status: 'published',
      result: { total: 88, grade: 'good' },
      can: { object: true },
    });
    expect(JSON.stringify(own)).not.toContain('韦评');
    const item = leaves(round.items).find((i) => i.scoringParty === 'community')!;
    own = (
      await jigou.strict().post(`/api/v1/own-evaluations/${round.id}/objections`, {
        itemKey: item.key,
        reason: '满意度问卷只收回了一个村的，样本不足',
      })
    ).json();
    expect(own.objections).toEqual([
      expect.objectContaining({ itemName: item.name, status: 'open' }),
    ]);
    const twice = await jigou.post(`/api/v1/own-evaluations/${round.id}/objections`, {
      itemKey: item.key,
      reason: '再次提出同一异议',
    });
    expect(twice.statusCode).toBe(409);

    detail = (await nanming.strict().get(`/api/v1/evaluation-rounds/${round.id}`)).json();
    const undecided = await nanming.post(`/api/v1/evaluation-rounds/${round.id}/finalise`, {
      version: detail.version,
    });
    expect(messageOf(undecided)).toBe('尚有 1 项异议未处理');
    const objection = detail.objections[0];
    const community = detail.sheets.find((s: { party: string }) => s.party === 'community');
    const bare = await nanming.post(
      `/api/v1/evaluation-rounds/${round.id}/objections/${objection.id}/decide`,
      {
        version: objection.version,
        decision: 'upheld',
        reason: '样本确实不足',
      },
    );
    expect(bare.statusCode).toBe(400);
    detail = (
      await nanming
        .strict()
        .post(`/api/v1/evaluation-rounds/${round.id}/objections/${objection.id}/decide`, {
          version: objection.version,
          decision: 'upheld',
          reason: '样本确实不足，按补充问卷重新评分',
          rescores: [
            { sheetId: community.id, mark: { key: item.key, level: item.levels[2]!.label } },
          ],
        })
    ).json();
    // 60% of 15 = 9: 94.
    expect(detail).toMatchObject({ total: 94, grade: 'excellent' });
    expect(detail.objections[0]).toMatchObject({ status: 'upheld' });

    const inWindow = await nanming.post(`/api/v1/evaluation-rounds/${round.id}/finalise`, {
      version: detail.version,
    });
    expect(messageOf(inWindow)).toBe('异议期至 2026-07-11，期满或承接机构确认结果后方可定档');
    own = (await jigou.strict().get(`/api/v1/own-evaluations/${round.id}`)).json();
    await jigou
      .strict()
      .post(`/api/v1/own-evaluations/${round.id}/confirm`, { version: own.version });
    detail = (await nanming.strict().get(`/api/v1/evaluation-rounds/${round.id}`)).json();
    detail = (
      await nanming
        .strict()
        .post(`/api/v1/evaluation-rounds/${round.id}/finalise`, { version: detail.version })
    ).json();
    expect(detail.status).toBe('final');
    expect(detail.consequences).toEqual([
      '第 3 笔付款（120000.00 元）的评估条件已满足，可申请支付',
      '已记入承接机构信用记录（优秀）',
    ]);
    const paid = (await nanming.strict().get(`/api/v1/contracts/${contract.id}`)).json();
    expect(paid.tranches[2]).toMatchObject({ gateMet: true });
    const organisation = (
      await nanming.strict().get(`/api/v1/organisations/${paid.providerOrganisationId}`)
    ).json();
    expect(organisation.creditRecords).toContainEqual(
      expect.objectContaining({
        kind: 'evaluation_result',
        documentRef: `${contract.code} 终期评估`,
      }),
    );
  });

  it('holds the final tranche for 不合格 and bars the provider from the next tenders', async () => {
    const { contract, round } = await openFinal();
    let detail = (await scored(round, false, false)).round;
    expect(detail.result.grade).toBe('fail');
    for (const step of ['lock', 'publish'])
      detail = (
        await nanming
          .strict()
          .post(`/api/v1/evaluation-rounds/${round.id}/${step}`, { version: detail.version })
      ).json();
    const own = (await jigou.strict().get(`/api/v1/own-evaluations/${round.id}`)).json();
    await jigou
      .strict()
      .post(`/api/v1/own-evaluations/${round.id}/confirm`, { version: own.version });
    const late = await jigou.post(`/api/v1/own-evaluations/${round.id}/objections`, {
      itemKey: leaves(round.items)[0]!.key,
      reason: '确认之后再提异议',
    });
    expect(messageOf(late)).toBe('已确认评估结果，不能再提出异议');
    detail = (await nanming.strict().get(`/api/v1/evaluation-rounds/${round.id}`)).json();
    detail = (
      await nanming
        .strict()
        .post(`/api/v1/evaluation-rounds/${round.id}/finalise`, { version: detail.version })
    ).json();
    expect(detail.consequences).toEqual([
      '第 3 笔付款（120000.00 元）因评估不合格暂停支付',
      '已记入承接机构信用记录（不合格）',
      '评估不合格：2027-12-31 前不得参与政府购买服务投标',
    ]);
    const held = (await nanming.strict().get(`/api/v1/contracts/${contract.id}`)).json();
    expect(held.tranches[2]).toMatchObject({ gateMet: false });
    expect(held.tranches[2].gateText).toBe('终期评估不合格，暂停支付');

    const { tender, bid } = await tenderWithBid(team, { today });
    const view = (await nanming.strict().get(`/api/v1/tenders/${tender.id}`)).json();
    const verdict = view.bids.find((b: { id: string }) => b.id === bid.id).eligibility;
    expect(verdict.eligible).toBe(false);
    expect(verdict.checks.find((c: { rule: string }) => c.rule === 'evaluation')).toMatchObject({
      passed: false,
      label: '以往评估结果',
      text: `${today} 评估不合格，2027-12-31 前不得参与投标（${contract.code} 终期评估）`,
    });
  });
});

describe('the spot-check draw (抽查)', () => {
  it('draws 30% of each county and type, reproducibly, once a year, each with its round', async () => {
    const first = await nanming.post('/api/v1/spot-check-draws', {
      regionCode: '520102',
      year: 2026,
      seed: 'gz-2026',
    });
    expect(first.statusCode, first.body).toBe(201);
    const draw = first.json();
    expect(draw.population).toBeGreaterThan(0);
    for (const stratum of draw.strata)
      expect(stratum.drawn).toBe(Math.ceil((stratum.population * 30) / 100));
    expect(draw.chosen).toHaveLength(
      draw.strata.reduce((n: number, s: { drawn: number }) => n + s.drawn, 0),
    );
    expect(draw.seed).toBe('gz-2026');
    const again = await nanming.post('/api/v1/spot-check-draws', {
      regionCode: '520102',
      year: 2026,
    });
    expect(again.statusCode).toBe(409);
    const next = (
      await nanming
        .strict()
        .post('/api/v1/spot-check-draws', { regionCode: '520102', year: 2027, seed: 'gz-2026' })
    ).json();
    expect(next.chosen.map((c: { contractId: string }) => c.contractId).sort()).toEqual(
      draw.chosen.map((c: { contractId: string }) => c.contractId).sort(),
    );
    const rounds = (
      await nanming.strict().get('/api/v1/evaluation-rounds?kind=spot_check&year=2026')
    ).json();
    expect(rounds.total).toBe(draw.chosen.length);
    const outside = await yunyan.post('/api/v1/spot-check-draws', {
      regionCode: '520102',
      year: 2026,
    });
    expect(outside.statusCode).toBe(400);
  });
});

const onPostgres = process.env.TEST_DATABASE_URL ? it : it.skip;

describe('the draw’s statements (PostgreSQL)', () => {
  onPostgres('opens the drawn rounds in the same statements whatever their number', async () => {
    const drawn: number[] = [];
    const sent: number[] = [];
    for (const [year, sharePercent] of [
      [2028, 10],
      [2029, 100],
    ] as const)
      sent.push(
        (
          await statementsOf(async () => {
            const draw = await nanming.post('/api/v1/spot-check-draws', {
              regionCode: '520102',
              year,
              sharePercent,
              seed: 'statements',
            });
            expect(draw.statusCode, draw.body).toBe(201);
            drawn.push(draw.json().chosen.length);
          })
        ).length,
      );
    expect(drawn[1]).toBeGreaterThan(drawn[0]!);
    expect(sent[1]).toBe(sent[0]);
  });
});

describe('one standard (评估统计)', () => {
  it('counts the final grades by county, type and provider, and shows an agency scoring far from the other', async () => {
    const round = spreadRound;
    const assigned = await withEvaluators(round);
    await submitOwn(pinggu, assigned.pinggu, round.items, true);
    await submitOwn(pinggu2, assigned.pinggu2, round.items, false);
    await submitOffice(round.id, 'supervising_office', round.items, true);
    const detail = await submitOffice(round.id, 'community', round.items, true);
    await nanming
      .strict()
      .post(`/api/v1/evaluation-rounds/${round.id}/lock`, { version: detail.version });

    const stats = (await nanming.strict().get('/api/v1/evaluation-statistics?year=2026')).json();
    expect(stats).toMatchObject({ regionCode: '520102', year: 2026 });
    // The two rounds made final above: one 优秀 after its objection, one 不合格.
    expect(stats.grades).toMatchObject({ excellent: 1, fail: 1 });
    expect(stats.byType).toEqual([
      expect.objectContaining({
        key: 'station_operation',
        rounds: 2,
        meanTotal: expect.any(Number),
      }),
    ]);
    const item = leaves(round.items).find((i) => i.scoringParty === 'third_party')!;
    const spread = stats.spread.find((s: { itemKey: string }) => s.itemKey === item.key);
    expect(spread.agencies).toHaveLength(2);
    const [a, b] = spread.agencies;
    expect(a.mean - b.mean).not.toBe(0);
    expect(spread.agencies.every((x: { far: boolean }) => x.far)).toBe(true);
    const city = (await t.signIn('guiyang')).strict();
    const cityStats = (await city.get('/api/v1/evaluation-statistics?year=2026')).json();
    expect(cityStats.byRegion).toEqual([
      expect.objectContaining({ key: '520102', label: '南明区', rounds: 2 }),
    ]);
    expect((await yunyan.get('/api/v1/evaluation-statistics?region=520102')).statusCode).toBe(400);
  });
});

describe('rectification (整改)', () => {
  it('asks a 合格 provider for a plan by a deadline; the organiser returns it once, then accepts it', async () => {
    // The spread round above: one evaluator's best and the other's worst make it 合格.
    let detail = (await nanming.strict().get(`/api/v1/evaluation-rounds/${spreadRound.id}`)).json();
    expect(detail).toMatchObject({ status: 'locked', grade: 'pass' });
    await nanming
      .strict()
      .post(`/api/v1/evaluation-rounds/${spreadRound.id}/publish`, { version: detail.version });
    let own = (await jigou.strict().get(`/api/v1/own-evaluations/${spreadRound.id}`)).json();
    own = (
      await jigou
        .strict()
        .post(`/api/v1/own-evaluations/${spreadRound.id}/confirm`, { version: own.version })
    ).json();
    const early = await jigou.post(`/api/v1/own-evaluations/${spreadRound.id}/rectification`, {
      version: own.version,
      plan: '加强阵地管理与台账规范化，每月自查一次。',
    });
    expect(early.statusCode).toBe(409);
    detail = (await nanming.strict().get(`/api/v1/evaluation-rounds/${spreadRound.id}`)).json();
    detail = (
      await nanming
        .strict()
        .post(`/api/v1/evaluation-rounds/${spreadRound.id}/finalise`, { version: detail.version })
    ).json();
    // 20 working days after Monday 2026-07-06 (the day not counted): Monday 2026-08-03.
    expect(detail.consequences.at(-1)).toBe('评估合格：承接机构须于 2026-08-03 前提交整改方案');
    expect(detail.rectification).toMatchObject({ status: 'required', plan: null });

    own = (await jigou.strict().get(`/api/v1/own-evaluations/${spreadRound.id}`)).json();
    expect(own.can.rectify).toBe(true);
    const short = await jigou.post(`/api/v1/own-evaluations/${spreadRound.id}/rectification`, {
      version: own.version,
      plan: '整改',
    });
    expect(short.statusCode).toBe(400);
    own = (
      await jigou.strict().post(`/api/v1/own-evaluations/${spreadRound.id}/rectification`, {
        version: own.version,
        plan: '加强阵地管理与台账规范化，每月自查一次。',
      })
    ).json();
    expect(own.rectification).toMatchObject({
      status: 'submitted',
      submittedByName: expect.any(String),
    });

    detail = (await nanming.strict().get(`/api/v1/evaluation-rounds/${spreadRound.id}`)).json();
    expect(detail.can.reviewRectification).toBe(true);
    const bare = await nanming.post(
      `/api/v1/evaluation-rounds/${spreadRound.id}/rectification/review`,
      {
        version: detail.version,
        accept: false,
      },
    );
    expect(bare.statusCode).toBe(400);
    detail = (
      await nanming
        .strict()
        .post(`/api/v1/evaluation-rounds/${spreadRound.id}/rectification/review`, {
          version: detail.version,
          accept: false,
          note: '请写明每项问题的整改时限和责任人',
        })
    ).json();
    expect(detail.rectification).toMatchObject({
      status: 'required',
      reviewNote: '请写明每项问题的整改时限和责任人',
    });
    own = (await jigou.strict().get(`/api/v1/own-evaluations/${spreadRound.id}`)).json();
    const resubmitted = (
      await jigou.strict().post(`/api/v1/own-evaluations/${spreadRound.id}/rectification`, {
        version: own.version,
        plan: '阵地台账：7 月底前补齐，站长负责；满意度回访：8 月起每月一次，督导负责。',
      })
    ).json();
    expect(resubmitted.rectification.status).toBe('submitted');
    detail = (await nanming.strict().get(`/api/v1/evaluation-rounds/${spreadRound.id}`)).json();
    detail = (
      await nanming
        .strict()
        .post(`/api/v1/evaluation-rounds/${spreadRound.id}/rectification/review`, {
          version: detail.version,
          accept: true,
        })
    ).json();
    expect(detail.rectification).toMatchObject({
      status: 'accepted',
      reviewedByName: expect.any(String),
    });
  });
});
