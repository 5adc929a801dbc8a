import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../db/connection';
import { organisationInput, residentIdFor, workerInput } from '../../test/fixtures';
import { awardedProject, type PurchaseTeam } from '../../test/purchase-world';
import { uploadForm, xlsxOf } from '../../test/sheets';
import { createTestApp, type TestApp, type TestClient } from '../../test/test-app';
import { writeRuleCases, type Verdict, type WriteRuleCase } from './write-rules.cases';

const now = new Date('2026-11-22T10:00:00+08:00');
let t: TestApp;
let nanming: TestClient;
let yunyan: TestClient;
let purchase: PurchaseTeam;

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  nanming = await t.signIn('nanming');
  yunyan = await t.signIn('yunyan');
  purchase = {
    officer: nanming,
    colleague: await t.signIn('nanming2'),
    provider: await t.signIn('jigou'),
  };
});
afterAll(() => t.close());

type Response = Awaited<ReturnType<TestClient['post']>>;
type Fields = Record<string, unknown>;

/** Every run gets a worker (or organisation) of its own. */
let serial = 100;

/** The verdict of a form: accepted, or the first detail of the refusal. */
function formVerdict(response: Response): Verdict {
  if (response.statusCode < 300) return 'accepted';
  const detail = response.json().error.details?.[0] as { path: string; message: string };
  expect(detail, response.body).toBeDefined();
  return { field: detail.path.replace(/^body\./, ''), message: detail.message };
}

/**
 * The verdict of a one-row import: the first problem of the row, its column named back as the
 * field; an accepted row must also commit.
 */
async function importVerdict(
  url: string,
  columns: Record<string, string>,
  values: Fields,
): Promise<Verdict> {
  const fields = Object.keys(columns).filter((f) => values[f] !== undefined);
  const text = ['idNumber', 'creditCode', 'regionCode', 'phone'];
  const file = await xlsxOf(
    [fields.map((f) => columns[f]!), fields.map((f) => values[f] as string)],
    { textColumns: fields.flatMap((f, i) => (text.includes(f) ? [i + 1] : [])) },
  );
  const report = (
    await nanming.request({ method: 'POST', url, payload: uploadForm(file) })
  ).json() as {
    id: string;
    problems: { row: number; column: string; message: string; warning?: true }[];
  };
  // A warning (the row is imported all the same) is no verdict.
  const [problem] = report.problems.filter((p) => !p.warning);
  if (problem) {
    const field = Object.entries(columns).find(([, header]) => header === problem.column)?.[0];
    return { field: field ?? problem.column, message: problem.message };
  }
  const committed = await nanming.post(`${url}/${report.id}/commit`);
  expect(committed.statusCode, committed.body).toBe(200);
  return 'accepted';
}

const workerColumns = {
  name: '姓名',
  idNumber: '身份证号',
  phone: '手机号码',
  educationLevel: '学历',
  major: '专业',
  regionCode: '区划代码',
  certificateLevel: '证书等级',
  certifiedOn: '发证日期',
};
const certificateColumns = {
  idNumber: '身份证号',
  level: '证书等级',
  certifiedOn: '发证日期',
  managementNumber: '证书管理号',
};
const creditColumns = {
  idNumber: '身份证号',
  description: '课程或活动名称',
  source: '类型',
  hours: '学时',
  earnedOn: '日期',
};
const organisationColumns = {
  creditCode: '统一社会信用代码',
  name: '名称',
  type: '类型',
  background: '背景',
  registeredOn: '登记日期',
  legalRepresentative: '法定代表人',
  regionCode: '区划代码',
};
const stationColumns = { name: '站点名称', tier: '层级', regionCode: '区划代码' };
const projectColumns = {
  regionCode: '区划代码',
  year: '年度',
  code: '项目编号',
  title: '项目名称',
  type: '购买方式',
  serviceFields: '服务领域',
  budgetYuan: '项目预算（元）',
  termStart: '开始日期',
  termEnd: '结束日期',
};
const contractColumns = {
  regionCode: '区划代码',
  projectCode: '项目编号',
  code: '合同编号',
  providerCreditCode: '承接机构统一社会信用代码',
  amountFen: '合同金额（元）',
  termStart: '开始日期',
  termEnd: '结束日期',
  workHoursPerYear: '工时标准（小时/年）',
  advance: '首付款金额（元）',
  advanceDueOn: '首付款付款日期',
  interim: '中期款金额（元）',
  interimDueOn: '中期款付款日期',
  interimPeriod: '中期款报告期',
  // The sum of the tranches is reported on the final one's amount.
  tranches: '尾款金额（元）',
  finalDueOn: '尾款付款日期',
};

/** A project of 南明区 as the form and the project import take it. */
const projectOf = (c: Extract<WriteRuleCase, { operation: 'project' }>) => ({
  regionCode: '520102',
  year: 2026,
  code: `GZ-${serial++}`,
  title: '规则项目',
  type: 'project',
  serviceFields: ['social_welfare'],
  budgetFen: 10_000_000,
  termStart: '2026-04-01',
  termEnd: '2026-12-31',
  ...c.input,
});

/** A contract of a project just awarded, as the form and the contract import take it. */
async function contractOf(c: Extract<WriteRuleCase, { operation: 'contract' }>) {
  const project = await awardedProject(purchase, {
    today: '2026-11-22',
    ...(c.input.awardPriceYuan ? { priceFen: c.input.awardPriceYuan * 100 } : {}),
  });
  const [provider] = await queryRows<{ credit_code: string; code: string }>(
    t.database.drizzle,
    sql`select o.credit_code, p.code from organisation o, project p
        where p.id = ${project.id} and o.id = p.provider_organisation_id`,
  );
  const [advance, interim, final] = c.input.tranchesYuan;
  return {
    project: { id: project.id, code: provider!.code, creditCode: provider!.credit_code },
    code: `GZ-HT-${serial++}`,
    amountYuan: c.input.amountYuan,
    tranches: [
      { kind: 'advance', dueOn: '2026-04-15', yuan: advance, gate: 'none' },
      {
        kind: 'interim',
        dueOn: '2026-10-15',
        yuan: interim,
        gate: 'report',
        gatePeriodKey: 'Y1Q1',
      },
      { kind: 'final', dueOn: '2027-03-31', yuan: final, gate: 'evaluation', gateRound: 'final' },
    ],
  };
}

/** The worker import names a certificate's fields after its own columns. */
const asWorkerRow = (v: Verdict): Verdict =>
  typeof v === 'string' ? v : { ...v, field: v.field === 'certificateLevel' ? 'level' : v.field };

/** A worker of 南明区 with what the case says they hold. */
async function workerFor(c: Extract<WriteRuleCase, { operation: 'certificate' | 'credit' }>) {
  const n = serial++;
  const strict = nanming.strict();
  const worker = (await strict.post('/api/v1/workers', workerInput(n))).json() as { id: string };
  if (c.operation === 'certificate') {
    for (const held of c.holds ?? [])
      await strict.post(`/api/v1/workers/${worker.id}/certificates`, held);
    for (const score of c.scores ?? [])
      await strict.post(`/api/v1/workers/${worker.id}/exam-scores`, score);
  } else {
    for (const entry of c.recorded ?? [])
      await strict.post(`/api/v1/workers/${worker.id}/credits`, entry);
  }
  return { n, id: worker.id, idNumber: residentIdFor(n) };
}

async function freeTownship() {
  const [free] = await queryRows<{ code: string }>(
    t.database.drizzle,
    sql`select d.code from division d where d.code like '520102%' and length(d.code) = 9
        and not exists (select 1 from station s where s.region_code = d.code and s.tier = 'township_station')
        order by d.code limit 1`,
  );
  return free!.code;
}

/** Each path a case's record can be written by, giving its verdict. */
function pathsOf(c: WriteRuleCase): Record<string, () => Promise<Verdict>> {
  switch (c.operation) {
    case 'certificate': {
      const paths: Record<string, () => Promise<Verdict>> = {
        'the form': async () => {
          const w = await workerFor(c);
          return formVerdict(await nanming.post(`/api/v1/workers/${w.id}/certificates`, c.input));
        },
        'the certificate import': async () => {
          const w = await workerFor(c);
          return importVerdict('/api/v1/certificates/imports', certificateColumns, {
            idNumber: w.idNumber,
            ...c.input,
          });
        },
        'the worker import (a known worker)': async () => {
          const w = await workerFor(c);
          return asWorkerRow(
            await importVerdict('/api/v1/workers/imports', workerColumns, {
              ...workerInput(w.n),
              certificateLevel: c.input.level,
              certifiedOn: c.input.certifiedOn,
            }),
          );
        },
      };
      if (!c.holds && !c.scores)
        paths['the worker import (a new worker)'] = async () =>
          asWorkerRow(
            await importVerdict('/api/v1/workers/imports', workerColumns, {
              ...workerInput(serial++),
              certificateLevel: c.input.level,
              certifiedOn: c.input.certifiedOn,
            }),
          );
      return paths;
    }
    case 'credit':
      return {
        'the form': async () => {
          const w = await workerFor(c);
          return formVerdict(await nanming.post(`/api/v1/workers/${w.id}/credits`, c.input));
        },
        'the hours import': async () => {
          const w = await workerFor(c);
          return importVerdict('/api/v1/continuing-education/credits/imports', creditColumns, {
            idNumber: w.idNumber,
            ...c.input,
          });
        },
      };
    case 'worker': {
      const input = async () => {
        const n = serial++;
        if (c.registeredElsewhere)
          await yunyan.strict().post('/api/v1/workers', workerInput(n, { regionCode: '520103' }));
        return workerInput(n, c.input);
      };
      return {
        'the form': async () => formVerdict(await nanming.post('/api/v1/workers', await input())),
        'the worker import': async () =>
          importVerdict('/api/v1/workers/imports', workerColumns, await input()),
      };
    }
    case 'organisation': {
      const input = () => organisationInput('520102', 900_000 + serial++, c.input);
      return {
        'the form': async () => formVerdict(await nanming.post('/api/v1/organisations', input())),
        'the organisation import': () =>
          importVerdict('/api/v1/organisations/imports', organisationColumns, input()),
      };
    }
    case 'station': {
      const input = async () => ({
        name: `规则站${serial++}`,
        tier: c.input.tier,
        regionCode:
          c.input.regionCode === 'free township' ? await freeTownship() : c.input.regionCode,
      });
      return {
        'the form': async () => formVerdict(await nanming.post('/api/v1/stations', await input())),
        'the station import': async () =>
          importVerdict('/api/v1/stations/imports', stationColumns, await input()),
      };
    }
    case 'project':
      return {
        'the form': async () => formVerdict(await nanming.post('/api/v1/projects', projectOf(c))),
        'the project import': async () => {
          const { budgetFen, serviceFields, ...project } = projectOf(c);
          return importVerdict('/api/v1/projects/imports', projectColumns, {
            ...project,
            type: '项目购买',
            serviceFields: serviceFields.join('、'),
            budgetYuan: budgetFen / 100,
          });
        },
      };
    case 'contract':
      return {
        'the form': async () => {
          const contract = await contractOf(c);
          return formVerdict(
            await nanming.post('/api/v1/contracts', {
              projectId: contract.project.id,
              code: contract.code,
              amountFen: contract.amountYuan * 100,
              termStart: '2026-04-01',
              termEnd: '2027-03-31',
              workHoursPerYear: 1600,
              staffingWorkers: 0,
              staffingCertified: 0,
              reportCadence: 'quarter',
              indicators: [
                {
                  measure: 'cases_opened',
                  name: '个案服务',
                  level: 40,
                  unit: '个',
                  period: 'year',
                },
              ],
              tranches: contract.tranches.map(({ yuan, ...tranche }) => ({
                ...tranche,
                amountFen: yuan * 100,
              })),
            }),
          );
        },
        'the contract import': async () => {
          const contract = await contractOf(c);
          const [advance, interim, final] = contract.tranches;
          return importVerdict('/api/v1/contracts/imports', contractColumns, {
            regionCode: '520102',
            projectCode: contract.project.code,
            code: contract.code,
            providerCreditCode: contract.project.creditCode,
            amountFen: contract.amountYuan,
            termStart: '2026-04-01',
            termEnd: '2027-03-31',
            workHoursPerYear: 1600,
            advance: advance!.yuan,
            advanceDueOn: advance!.dueOn,
            interim: interim!.yuan,
            interimDueOn: interim!.dueOn,
            interimPeriod: 'Y1Q1',
            tranches: final!.yuan,
            finalDueOn: final!.dueOn,
          });
        },
      };
  }
}

describe('one write path per operation: the form and the imports give the same verdict', () => {
  for (const c of writeRuleCases)
    it(`${c.operation}: ${c.name}`, async () => {
      const verdicts: Record<string, Verdict> = {};
      for (const [path, run] of Object.entries(pathsOf(c))) verdicts[path] = await run();
      expect(verdicts).toEqual(
        Object.fromEntries(Object.keys(verdicts).map((path) => [path, c.expected])),
      );
    });
});
