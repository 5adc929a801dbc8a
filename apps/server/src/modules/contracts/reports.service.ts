import { and, eq, sql } from 'drizzle-orm';
import {
  auditNote,
  chinaToday,
  outputOf,
  type ContractReport,
  type IndicatorMeasure,
  type IndicatorPeriod,
  type ReportDraft,
  type ReportOutput,
  type ReviewReport,
  type SubmitReport,
} from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import { newId } from '../../db/ids';
import type { Actor } from '../../platform/access/actor';
import { withScope } from '../../platform/access/region-scope';
import { changedFields, recordAudit } from '../../platform/audit/audit';
import {
  AppError,
  conflict,
  forbidden,
  invalidField,
  notFound,
} from '../../platform/errors/app-error';
import { refuseProblems, type RuleProblem } from '../../platform/errors/rule-problems';
import {
  isPurchaser,
  loadContract,
  reportEntity,
  reportEntityType,
  reportSummaryOf,
  termsOf,
  type ContractRow,
  type IndicatorRow,
  type ReportRow,
} from './contract-store';
import { reportPeriodsOf } from './contract-terms';
import { contractReports } from './contracts.table';
import type { PersonnelRuleService } from './personnel-rule';
import type { ServiceOutputService } from './service-outputs';

interface Deps {
  database: Database;
  clock: () => Date;
  outputs: Pick<ServiceOutputService, 'outputsIn'>;
  personnelRule: Pick<PersonnelRuleService, 'shareOf'>;
}

const refused = (zh: string, en: string) =>
  conflict({ 'zh-CN': zh, 'en-US': en }, [{ path: 'body', message: { 'zh-CN': zh, 'en-US': en } }]);

/**
 * 阶段报告: the provider's report of a period — outputs against each indicator counted from its
 * service records in the contract's area, the entered ones, spending against the personnel rule —
 * accepted or returned by the purchasing department. An accepted report opens the tranches
 * waiting for it.
 */
export function createReportService(deps: Deps) {
  const { database, clock, outputs, personnelRule } = deps;
  const today = () => chinaToday(clock());

  function periodOf(row: ContractRow, key: string) {
    const period = reportPeriodsOf({
      termStart: row.termStart,
      termEnd: row.termEnd,
      reportCadence: row.reportCadence as 'month' | 'quarter',
    }).find((p) => p.key === key);
    if (!period)
      throw invalidField('body.periodKey', {
        'zh-CN': '合同期内没有这个报告期',
        'en-US': 'No such report period in the term',
      });
    return period;
  }

  /** The outputs of a period: counted from the provider's records, entered for `other`. */
  async function outputsOf(
    tx: Transaction,
    actor: Actor,
    row: ContractRow,
    indicators: readonly IndicatorRow[],
    period: { from: string; to: string },
    entered: ReadonlyMap<string, number>,
  ): Promise<ReportOutput[]> {
    const counted = await outputs.outputsIn(tx, actor, {
      organisationId: row.providerOrganisationId,
      area: { regions: row.areaRegionCodes, stationIds: row.areaStationIds },
      from: period.from,
      to: period.to,
      period: 'term',
    });
    const counts = counted.periods[0]!;
    return indicators.map((i) => {
      const value = outputOf(counts, i.measure as IndicatorMeasure);
      return {
        indicatorId: i.id,
        measure: i.measure as IndicatorMeasure,
        name: i.name,
        unit: i.unit,
        period: i.period as IndicatorPeriod,
        level: i.level,
        value: value ?? entered.get(i.id) ?? null,
        counted: value !== null,
      };
    });
  }

  async function existingOf(tx: Transaction, contractId: string, periodKey: string) {
    const [row] = await tx
      .select()
      .from(contractReports)
      .where(
        and(eq(contractReports.contractId, contractId), eq(contractReports.periodKey, periodKey)),
      );
    return row;
  }

  /** What the records give for a period, before the provider submits. */
  async function draft(actor: Actor, contractId: string, periodKey: string): Promise<ReportDraft> {
    return withScope(database, actor, async (tx) => {
      const row = await loadContract(tx, actor, contractId);
      const period = periodOf(row, periodKey);
      const { indicators } = await termsOf(tx, [row.id]);
      const existing = await existingOf(tx, row.id, periodKey);
      // A returned report is edited, not retyped: its entered figures and spending come back.
      const returned = existing?.status === 'returned' ? existing : null;
      const entered = new Map(
        (returned?.outputs ?? [])
          .filter((o) => !o.counted && o.value !== null)
          .map((o) => [o.indicatorId, o.value!]),
      );
      return {
        contractId: row.id,
        periodKey,
        from: period.from,
        to: period.to,
        outputs: await outputsOf(tx, actor, row, indicators, period, entered),
        personnelShareRuleBp: await personnelRule.shareOf(tx, row.regionCode),
        existing: existing
          ? { id: existing.id, status: existing.status as 'submitted', version: existing.version }
          : null,
        returned: returned
          ? {
              spending: returned.spending,
              narrative: returned.narrative,
              note: returned.reviewNote,
            }
          : null,
      };
    });
  }

  async function submit(
    actor: Actor,
    contractId: string,
    input: SubmitReport,
  ): Promise<ContractReport> {
    if (isPurchaser(actor) || !actor.permissions.has('contracts:report')) throw forbidden();
    const id = await withScope(database, actor, async (tx) => {
      const row = await loadContract(tx, actor, contractId, true);
      if (row.status === 'draft')
        throw refused('合同签订后才能提交报告', 'The contract is not signed yet');
      const period = periodOf(row, input.periodKey);
      if (period.from > today())
        throw invalidField('body.periodKey', {
          'zh-CN': '报告期尚未开始',
          'en-US': 'The period has not begun',
        });
      const { indicators } = await termsOf(tx, [row.id]);
      const problems: RuleProblem[] = [];
      input.entered.forEach((e, i) => {
        const indicator = indicators.find((x) => x.id === e.indicatorId);
        if (!indicator)
          problems.push({
            field: `entered.${i}.indicatorId`,
            message: { 'zh-CN': '合同中没有这个指标', 'en-US': 'Not an indicator of the contract' },
          });
        else if (indicator.measure !== 'other')
          problems.push({
            field: `entered.${i}.value`,
            message: {
              'zh-CN': `「${indicator.name}」由服务记录统计，不能手工填报`,
              'en-US': `“${indicator.name}” is counted from service records, not entered`,
            },
          });
      });
      indicators
        .filter((x) => x.measure === 'other' && !input.entered.some((e) => e.indicatorId === x.id))
        .forEach((x) =>
          problems.push({
            field: 'entered',
            message: { 'zh-CN': `须填报「${x.name}」`, 'en-US': `Enter “${x.name}”` },
          }),
        );
      refuseProblems(problems);
      const entered = new Map(input.entered.map((e) => [e.indicatorId, e.value]));
      const figures = await outputsOf(tx, actor, row, indicators, period, entered);
      const { personnelFen, serviceFen, adminFen, otherFen } = input.spending;
      const total = personnelFen + serviceFen + adminFen + otherFen;
      const now = clock();
      const fields = {
        status: 'submitted',
        outputs: figures,
        spending: input.spending,
        totalSpentFen: total,
        personnelShareBp: total === 0 ? null : Math.round((personnelFen * 10000) / total),
        personnelShareRuleBp: await personnelRule.shareOf(tx, row.regionCode),
        narrative: input.narrative,
        submittedBy: actor.accountId,
        submittedByName: actor.realName,
        submittedAt: now,
        reviewedBy: null,
        reviewedByName: null,
        reviewedAt: null,
        reviewNote: '',
      };
      const existing = await existingOf(tx, row.id, input.periodKey);
      if (existing) {
        if (existing.status !== 'returned')
          throw refused(
            `${input.periodKey} 阶段报告已提交`,
            `The ${input.periodKey} report is in already`,
          );
        if (input.version !== existing.version) throw new AppError('VERSION_CONFLICT');
        const [after] = await tx
          .update(contractReports)
          .set({ ...fields, version: sql`${contractReports.version} + 1` })
          .where(
            and(eq(contractReports.id, existing.id), eq(contractReports.version, existing.version)),
          )
          .returning();
        if (!after) throw new AppError('VERSION_CONFLICT');
        await audit(tx, actor, after, 'update', changedFields(existing, after));
        return existing.id;
      }
      const reportId = newId();
      await tx.insert(contractReports).values({
        id: reportId,
        contractId: row.id,
        regionCode: row.regionCode,
        providerRegionCode: row.providerRegionCode,
        periodKey: input.periodKey,
        periodFrom: period.from,
        periodTo: period.to,
        ...fields,
      });
      await recordAudit(tx, actor, {
        action: 'create',
        entityType: reportEntityType,
        entityId: reportId,
        regionCode: row.regionCode,
        detail: auditNote('report_submitted', { period: input.periodKey }),
      });
      return reportId;
    });
    return get(actor, contractId, id);
  }

  async function audit(
    tx: Transaction,
    actor: Actor,
    report: ReportRow,
    action: 'update',
    changes: Record<string, [unknown, unknown]>,
  ) {
    await recordAudit(tx, actor, {
      action,
      entityType: reportEntityType,
      entityId: report.id,
      regionCode: report.regionCode,
      changes,
      detail:
        report.status === 'accepted'
          ? auditNote('report_accepted', { period: report.periodKey })
          : report.status === 'returned'
            ? auditNote('report_returned', { period: report.periodKey, note: report.reviewNote })
            : auditNote('report_submitted', { period: report.periodKey }),
    });
  }

  async function loadReport(tx: Transaction, actor: Actor, contractId: string, reportId: string) {
    const row = await loadContract(tx, actor, contractId);
    const [report] = await tx
      .select()
      .from(contractReports)
      .where(and(eq(contractReports.id, reportId), eq(contractReports.contractId, row.id)));
    if (!report) throw notFound(reportEntity);
    return { row, report };
  }

  async function get(actor: Actor, contractId: string, reportId: string): Promise<ContractReport> {
    return withScope(database, actor, async (tx) => {
      const { report } = await loadReport(tx, actor, contractId, reportId);
      return presentReport(report);
    });
  }

  /** 审核: accepted, or returned with what to change. */
  function review(to: 'accepted' | 'returned') {
    return async (actor: Actor, contractId: string, reportId: string, input: ReviewReport) => {
      if (!isPurchaser(actor) || !actor.permissions.has('contracts:manage')) throw forbidden();
      if (to === 'returned' && input.note.trim().length < 2)
        throw invalidField('body.note', {
          'zh-CN': '退回须说明需要修改的内容（至少 2 个字）',
          'en-US': 'Say what to change (2 characters or more)',
        });
      await withScope(database, actor, async (tx) => {
        const { report } = await loadReport(tx, actor, contractId, reportId);
        if (report.version !== input.version) throw new AppError('VERSION_CONFLICT');
        if (report.status !== 'submitted')
          throw refused('只有待审核的报告可以审核', 'Only a submitted report can be reviewed');
        const [after] = await tx
          .update(contractReports)
          .set({
            status: to,
            reviewedBy: actor.accountId,
            reviewedByName: actor.realName,
            reviewedAt: clock(),
            reviewNote: input.note,
            version: sql`${contractReports.version} + 1`,
          })
          .where(
            and(eq(contractReports.id, report.id), eq(contractReports.version, report.version)),
          )
          .returning();
        if (!after) throw new AppError('VERSION_CONFLICT');
        await audit(tx, actor, after, 'update', changedFields(report, after));
      });
      return get(actor, contractId, reportId);
    };
  }

  /**
   * A report as evidence of an evaluation, in the caller's transaction: the evaluation module has
   * checked that the reader is a cleared evaluator of the round and audits the reading.
   */
  async function reportOf(tx: Transaction, contractId: string, reportId: string) {
    const [report] = await tx
      .select()
      .from(contractReports)
      .where(and(eq(contractReports.id, reportId), eq(contractReports.contractId, contractId)));
    if (!report) throw notFound(reportEntity);
    return presentReport(report);
  }

  return {
    draft,
    submit,
    get,
    reportOf,
    accept: review('accepted'),
    giveBack: review('returned'),
  };
}

function presentReport(report: ReportRow): ContractReport {
  return {
    ...reportSummaryOf(report),
    contractId: report.contractId,
    outputs: report.outputs,
    spending: report.spending,
    totalSpentFen: report.totalSpentFen,
    personnelShareRuleBp: report.personnelShareRuleBp,
    narrative: report.narrative,
    reviewedAt: report.reviewedAt?.toISOString() ?? null,
  };
}

export type ReportService = ReturnType<typeof createReportService>;
