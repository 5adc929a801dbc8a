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
import { column, termColumns } from '../../platform/imports/import-columns';
import type { ImportColumn } from '../../platform/imports/import-kind';

// The contract import's sheet: its columns, its row and what a row plans (contract-import.ts checks
// and writes it).

/** The payment schedule's columns: 首付款, 中期款 and 尾款, each with its gate as the drawer offers. */
const slots = [
  { kind: 'advance', gate: 'none', round: 'midterm' },
  { kind: 'interim', gate: 'report', round: 'midterm' },
  { kind: 'final', gate: 'evaluation', round: 'final' },
] as const satisfies readonly { kind: TrancheInput['kind']; gate: TrancheGate; round: string }[];
export type Slot = (typeof slots)[number];

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

export const rowSchema = z
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

export const columns: ImportColumn[] = [
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
export function tranchesOf(row: ContractImportRow) {
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
export const draftOf = (
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
export function columnOfTerm(field: string, planned: { slot: Slot }[]): string {
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
