import { and } from 'drizzle-orm';
import { z } from 'zod';
import {
  calendarDateSchema,
  contractTermsFields,
  creditCodeSchema,
  projectTermInOrder,
  regionCodeSchema,
  reportCadences,
  trancheGates,
  trancheGateSchema,
  trancheKinds,
  type CreateContract,
  type LocalizedText,
  type TrancheGate,
  type TrancheInput,
} from '@shegong/domain';
import { isAnyOf } from '../../db/any-of';
import type { Database, Transaction } from '../../db/connection';
import type { Actor } from '../../platform/access/actor';
import { inRegionScope, withScope } from '../../platform/access/region-scope';
import { notFound } from '../../platform/errors/app-error';
import { column, termColumns } from '../../platform/imports/import-columns';
import type { ImportColumn, ImportKind } from '../../platform/imports/import-kind';
import { firstWithKey, regionProblem, RowProblems } from '../../platform/imports/row-checks';
import type { ModuleServices } from '../../platform/modules/define-module';
import type { ProjectInScope } from '../projects';
import { termsOf } from './contract-store';
import { termsProblems } from './contract-terms';
import { hasContract, notAwarded, type ContractService } from './contracts.service';
import { contracts } from './contracts.table';

const projectEntity: LocalizedText = { 'zh-CN': '项目', 'en-US': 'Project' };

/** The payment schedule's columns: 首付款, 中期款 and 尾款, each with its gate as the drawer offers. */
const slots = [
  { kind: 'advance', gate: 'none', round: 'midterm' },
  { kind: 'interim', gate: 'report', round: 'midterm' },
  { kind: 'final', gate: 'evaluation', round: 'final' },
] as const satisfies readonly { kind: TrancheInput['kind']; gate: TrancheGate; round: string }[];
type Slot = (typeof slots)[number];

const label = (slot: Slot) => trancheKinds.find((k) => k.code === slot.kind)!;
const header = (slot: Slot, zh: string, en: string): LocalizedText => ({
  'zh-CN': `${label(slot)['zh-CN']}${zh}`,
  'en-US': `${label(slot)['en-US']} ${en}`,
});
const slotHeaders = (slot: Slot) => ({
  fen: header(slot, '金额（元）', 'amount (yuan)'),
  dueOn: header(slot, '付款日期', 'due on'),
  gate: header(slot, '付款条件', 'condition'),
  period: header(slot, '报告期', 'report period'),
});

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const { code, amountFen, termStart, termEnd, workHoursPerYear, reportCadence } =
  contractTermsFields;
const slotSchema = {
  fen: amountFen.optional(),
  dueOn: calendarDateSchema.optional(),
  gate: trancheGateSchema.optional(),
  period: text(1, 10).optional(),
};

/** A row as the sheet gives it: the contract's header and its three tranches' cells. */
export interface ContractImportRow {
  regionCode: string;
  projectCode: string;
  code: string;
  providerCreditCode: string;
  amountFen: number;
  termStart: string;
  termEnd: string;
  workHoursPerYear: number;
  reportCadence: 'month' | 'quarter';
  slots: { fen?: number; dueOn?: string; gate?: TrancheGate; period?: string }[];
}

const rowSchema = z
  .strictObject({
    regionCode: regionCodeSchema,
    projectCode: text(1, 40),
    code,
    providerCreditCode: creditCodeSchema,
    amountFen,
    termStart,
    termEnd,
    workHoursPerYear,
    reportCadence: reportCadence.default('quarter'),
    ...Object.fromEntries(
      slots.flatMap((slot) =>
        Object.entries(slotSchema).map(([part, schema]) => [`${slot.kind}.${part}`, schema]),
      ),
    ),
  })
  .refine(projectTermInOrder, { path: ['termEnd'], message: 'term.order' })
  .transform((raw): ContractImportRow => {
    const cells = raw as Record<string, unknown>;
    return {
      regionCode: raw.regionCode,
      projectCode: raw.projectCode,
      code: raw.code,
      providerCreditCode: raw.providerCreditCode,
      amountFen: raw.amountFen,
      termStart: raw.termStart,
      termEnd: raw.termEnd,
      workHoursPerYear: raw.workHoursPerYear,
      reportCadence: raw.reportCadence,
      slots: slots.map((slot) => ({
        fen: cells[`${slot.kind}.fen`] as number | undefined,
        dueOn: cells[`${slot.kind}.dueOn`] as string | undefined,
        gate: cells[`${slot.kind}.gate`] as TrancheGate | undefined,
        period: cells[`${slot.kind}.period`] as string | undefined,
      })),
    };
  });

const columns: ImportColumn[] = [
  column('regionCode', { 'zh-CN': '区划代码', 'en-US': 'Region code' }, 'code', {
    example: '520102',
    note: { 'zh-CN': '项目的购买主体所在区划', 'en-US': 'The project’s purchasing division' },
  }),
  column('projectCode', { 'zh-CN': '项目编号', 'en-US': 'Project code' }, 'code', {
    example: 'NM-2026-001',
    note: { 'zh-CN': '已中标的项目', 'en-US': 'An awarded project' },
  }),
  column('code', { 'zh-CN': '合同编号', 'en-US': 'Contract number' }, 'code', {
    example: 'NM-HT-2026-001',
  }),
  column(
    'providerCreditCode',
    { 'zh-CN': '承接机构统一社会信用代码', 'en-US': 'Provider credit code' },
    'code',
    { note: { 'zh-CN': '须为项目的中标机构', 'en-US': 'The project’s awarded provider' } },
  ),
  column('amountFen', { 'zh-CN': '合同金额（元）', 'en-US': 'Amount (yuan)' }, 'yuan', {
    example: '400000.00',
    note: { 'zh-CN': '不超过项目预算', 'en-US': 'Within the project’s budget' },
  }),
  ...termColumns('2026-04-01', '2027-03-31'),
  column(
    'workHoursPerYear',
    { 'zh-CN': '工时标准（小时/年）', 'en-US': 'Work hours a year' },
    'integer',
    { example: '1600' },
  ),
  column('reportCadence', { 'zh-CN': '报告周期', 'en-US': 'Report cadence' }, 'enum', {
    required: false,
    options: reportCadences,
    note: { 'zh-CN': '留空为季报', 'en-US': 'Blank means quarterly' },
  }),
  ...slots.flatMap((slot): ImportColumn[] => {
    const headers = slotHeaders(slot);
    const gate = trancheGates.find((g) => g.code === slot.gate)!;
    const optional = { required: false };
    return [
      column(`${slot.kind}.fen`, headers.fen, 'yuan', optional),
      column(`${slot.kind}.dueOn`, headers.dueOn, 'date', optional),
      column(`${slot.kind}.gate`, headers.gate, 'enum', {
        ...optional,
        options: trancheGates,
        note: { 'zh-CN': `留空为“${gate['zh-CN']}”`, 'en-US': `Blank means “${gate['en-US']}”` },
      }),
      column(`${slot.kind}.period`, headers.period, 'code', {
        ...optional,
        example: slot.kind === 'interim' ? 'Y1Q2' : '',
        note: {
          'zh-CN': '付款条件为阶段报告时填写，如 Y1Q2（第一年第二季度）、M06（第六个月）',
          'en-US': 'For a report gate: Y1Q2 (year 1, quarter 2), M06 (month 6)',
        },
      }),
    ];
  }),
];

/** The tranches a row plans, with the slot each came from, and the cells it left half-filled. */
function tranchesOf(row: ContractImportRow) {
  const planned: { slot: Slot; tranche: TrancheInput }[] = [];
  const missing: { column: string; message: LocalizedText }[] = [];
  const required = { 'zh-CN': '必填', 'en-US': 'Required' };
  row.slots.forEach((cells, i) => {
    const slot = slots[i]!;
    const headers = slotHeaders(slot);
    if (cells.fen === undefined && cells.dueOn === undefined) return;
    if (cells.fen === undefined) missing.push({ column: headers.fen['zh-CN'], message: required });
    if (cells.dueOn === undefined)
      missing.push({ column: headers.dueOn['zh-CN'], message: required });
    if (cells.fen === undefined || cells.dueOn === undefined) return;
    const gate = cells.gate ?? slot.gate;
    planned.push({
      slot,
      tranche: {
        kind: slot.kind,
        dueOn: cells.dueOn,
        amountFen: cells.fen,
        gate,
        gatePeriodKey: cells.period ?? null,
        gateRound: gate === 'evaluation' ? slot.round : null,
      },
    });
  });
  if (planned.length === 0 && missing.length === 0)
    missing.push({
      column: slotHeaders(slots[0])['fen']['zh-CN'],
      message: { 'zh-CN': '至少填写一笔付款', 'en-US': 'Plan at least one tranche' },
    });
  return { planned, missing };
}

/** The draft a row makes: no indicators or named workers yet (the drawer adds them). */
const draftOf = (
  row: ContractImportRow,
  projectId: string,
  tranches: TrancheInput[],
): CreateContract & { workers: [] } => ({
  projectId,
  code: row.code,
  amountFen: row.amountFen,
  termStart: row.termStart,
  termEnd: row.termEnd,
  workHoursPerYear: row.workHoursPerYear,
  staffingWorkers: 0,
  staffingCertified: 0,
  reportCadence: row.reportCadence,
  indicators: [],
  workers: [],
  tranches,
});

/** The column a problem of the terms (`termsProblems`) is reported on. */
function columnOfTerm(field: string, planned: { slot: Slot }[]): string {
  const [head, index, part] = field.split('.');
  if (head === 'tranches' && index !== undefined) {
    const headers = slotHeaders(planned[Number(index)]!.slot);
    return (
      part === 'dueOn' ? headers.dueOn : part === 'gateRound' ? headers.gate : headers.period
    )['zh-CN'];
  }
  // The sum: reported on the last tranche, the one that usually balances the schedule.
  if (head === 'tranches') return slotHeaders(planned[planned.length - 1]!.slot).fen['zh-CN'];
  if (head === 'termEnd' || head === 'termStart') return '结束日期';
  return '合同金额（元）';
}

type TrancheRow = Awaited<ReturnType<typeof termsOf>>['tranches'][number];
type Held = { row: typeof contracts.$inferSelect; tranches: TrancheRow[] };

/** The contracts already there of the rows' projects, with their schedules, by project id. */
async function contractsOf(tx: Transaction, projectIds: string[]): Promise<Map<string, Held>> {
  if (projectIds.length === 0) return new Map();
  const rows = await tx.select().from(contracts).where(isAnyOf(contracts.projectId, projectIds));
  const { tranches } = await termsOf(
    tx,
    rows.map((r) => r.id),
  );
  return new Map(
    rows.map((row) => [
      row.projectId,
      {
        row,
        tranches: tranches.filter((t) => t.contractId === row.id && t.status !== 'cancelled'),
      },
    ]),
  );
}

type Compared = Pick<
  CreateContract,
  'code' | 'amountFen' | 'termStart' | 'termEnd' | 'workHoursPerYear'
> & { reportCadence: string; tranches: readonly Omit<TrancheInput, 'id'>[] };

/** What an import row sets of a contract, in a form two contracts can be compared in. */
const comparable = (c: Compared) =>
  JSON.stringify([
    [c.code, c.amountFen, c.termStart, c.termEnd, c.workHoursPerYear, c.reportCadence],
    c.tranches.map((t) => [t.kind, t.dueOn, t.amountFen, t.gate, t.gatePeriodKey, t.gateRound]),
  ]);

/** Whether the contract there is the row's: the same file imported again. */
const sameAs = (held: Held, draft: CreateContract) =>
  comparable({ ...held.row, tranches: held.tranches as Compared['tranches'] }) ===
  comparable(draft);

/**
 * 合同导入: one row per contract of an awarded project, made a draft by the contract service's own
 * checks and write; known by its 合同编号 (one contract per project). Indicators and named workers
 * are added afterwards in the contract drawer, before signing.
 */
export function contractImport(deps: {
  database: Database;
  contracts: Pick<ContractService, 'draftImported'>;
  projects: Pick<ModuleServices['projects'], 'inScopeByKeys'>;
  organisations: Pick<ModuleServices['organisations'], 'byCreditCodes'>;
  divisions: Pick<ModuleServices['divisions'], 'namesOf'>;
}): ImportKind<ContractImportRow> {
  const { database, projects, organisations, divisions } = deps;
  const projectKeyOf = (row: ContractImportRow) => ({
    regionCode: row.regionCode,
    code: row.projectCode,
  });
  const keyOf = (row: ContractImportRow) => `${row.regionCode}:${row.projectCode}`;

  /** What the rows need of the database, read once for the batch. */
  async function factsOf(actor: Actor, rows: ContractImportRow[]) {
    return withScope(database, actor, async (tx) => {
      const found = await projects.inScopeByKeys(tx, actor, rows.map(projectKeyOf));
      const ids = [...found.values()].map((p) => p.id);
      const [held, codesUsed] = await Promise.all([
        contractsOf(tx, ids),
        tx
          .select({ code: contracts.code, projectCode: contracts.projectCode })
          .from(contracts)
          .where(
            and(
              isAnyOf(
                contracts.code,
                rows.map((r) => r.code),
              ),
              inRegionScope(contracts.regionCode, actor),
            ),
          ),
      ]);
      return { found, held, codesUsed };
    });
  }

  return {
    kind: 'contracts',
    title: { 'zh-CN': '购买服务合同', 'en-US': 'Purchase contracts' },
    permission: 'contracts:manage',
    schema: rowSchema,
    subject: { name: 'code', id: 'projectCode' },
    columns,
    note: {
      'zh-CN':
        '每行一份已中标项目的合同，导入为草拟中的合同，按合同编号识别：再次导入同一文件不会重复。服务指标、项目人员与人员配备标准导入后在合同页（起草合同抽屉）补充，然后签订。',
      'en-US':
        'One contract of an awarded project a row, imported as a draft and known by its number: importing the file again adds nothing. Add the indicators, named workers and staffing norm in the contract drawer afterwards, then sign.',
    },

    async check(actor, rows, firstRowOf) {
      const problems = new RowProblems();
      const inputs = rows.map((r) => r.input);
      const [facts, known, providers] = await Promise.all([
        factsOf(actor, inputs),
        divisions.namesOf(inputs.map((r) => r.regionCode)),
        organisations.byCreditCodes(inputs.map((r) => r.providerCreditCode)),
      ]);
      for (const { rowNumber, input } of rows) {
        const add = (column: string, message: LocalizedText) =>
          problems.add(rowNumber, column, message);
        const outside = regionProblem(actor, input.regionCode, known);
        if (outside) {
          add('区划代码', outside);
          continue;
        }
        if (!firstWithKey(firstRowOf, `code:${input.code}`, rowNumber, problems, '合同编号'))
          continue;
        if (!firstWithKey(firstRowOf, keyOf(input), rowNumber, problems, '项目编号')) continue;
        const project = facts.found.get(keyOf(input));
        if (!project) {
          add('项目编号', {
            'zh-CN': '本区划没有该编号的项目',
            'en-US': 'No project of this code in the division',
          });
          continue;
        }
        const { planned, missing } = tranchesOf(input);
        for (const m of missing) add(m.column, m.message);
        const draft = draftOf(
          input,
          project.id,
          planned.map((p) => p.tranche),
        );
        const held = facts.held.get(project.id);
        if (held) {
          if (held.row.code !== input.code)
            add('项目编号', {
              'zh-CN': `${hasContract['zh-CN']}（合同编号 ${held.row.code}）`,
              'en-US': `${hasContract['en-US']} (number ${held.row.code})`,
            });
          else if (!sameAs(held, draft))
            add('合同编号', {
              'zh-CN': `合同 ${input.code} 已存在，与本行不同；请在合同页修改`,
              'en-US': `Contract ${input.code} exists and differs from this row; change it on its page`,
            });
          continue;
        }
        // The project has no contract: one under this number is another project's.
        const elsewhere = facts.codesUsed.find((c) => c.code === input.code);
        if (elsewhere)
          add('合同编号', {
            'zh-CN': `合同编号已用于项目 ${elsewhere.projectCode}`,
            'en-US': `The number is used by project ${elsewhere.projectCode}`,
          });
        const terms = missing.length === 0 ? planned : null;
        for (const problem of rowProblemsOf(input, project, providers, draft, terms))
          add(problem.column, problem.message);
      }
      return problems.byRow;
    },

    async commit(tx, actor, input, source) {
      const project = (await projects.inScopeByKeys(tx, actor, [projectKeyOf(input)])).get(
        keyOf(input),
      );
      if (!project) throw notFound(projectEntity);
      const tranches = tranchesOf(input).planned.map((p) => p.tranche);
      const draft = draftOf(input, project.id, tranches);
      const held = (await contractsOf(tx, [project.id])).get(project.id);
      if (held && sameAs(held, draft)) return 'unchanged';
      // Anything else since the upload is refused by the service's own rules.
      await deps.contracts.draftImported(tx, actor, draft, source);
      return 'created';
    },
  };
}

/** The award and the terms: the form's verdicts, each on its column. */
function rowProblemsOf(
  input: ContractImportRow,
  project: ProjectInScope,
  providers: Map<string, { id: string; name: string }>,
  draft: CreateContract,
  /** The tranches planned, or null while a tranche is half-filled (its terms wait for it). */
  planned: { slot: Slot }[] | null,
): { column: string; message: LocalizedText }[] {
  if (project.state !== 'awarded' || !project.providerOrganisationId)
    return [{ column: '项目编号', message: notAwarded }];
  const provider = providers.get(input.providerCreditCode);
  const problems: { column: string; message: LocalizedText }[] = [];
  if (provider?.id !== project.providerOrganisationId)
    problems.push({
      column: '承接机构统一社会信用代码',
      message: provider
        ? {
            'zh-CN': `${provider.name}不是本项目的中标机构（中标机构：${project.providerName ?? ''}）`,
            'en-US': `${provider.name} did not win this project (awarded to ${project.providerName ?? ''})`,
          }
        : { 'zh-CN': '未登记该统一社会信用代码的机构', 'en-US': 'No organisation has this code' },
    });
  if (!planned) return problems;
  for (const problem of termsProblems(draft, { project, certifiedWorkers: 0 }))
    problems.push({ column: columnOfTerm(problem.field, planned), message: problem.message });
  return problems;
}
