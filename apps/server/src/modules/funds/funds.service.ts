import { regionWithinScope } from '../../platform/access/region-in-scope';
import { and, asc, count, desc, eq, sql, sum, type SQL } from 'drizzle-orm';
import {
  auditNote,
  childLevelOf,
  regionCodeLengths,
  regionContains,
  regionLevelOf,
  type Allocation,
  type CreateAllocation,
  type CreateFundSource,
  type FundSource,
  type FundSourceListQuery,
  type FundingSource,
  type FundsSummary,
  type FundsSummaryQuery,
  type LocalizedText,
  type UpdateAllocation,
  type UpdateFundSource,
} from '@shegong/domain';
import { isAnyOf } from '../../db/any-of';
import type { Database, Executor, Transaction } from '../../db/connection';
import { newId } from '../../db/ids';
import { startsWith } from '../../db/text-prefix';
import type { Actor } from '../../platform/access/actor';
import { inRegionScope, withScope } from '../../platform/access/region-scope';
import { changedFields, recordAudit } from '../../platform/audit/audit';
import { AppError, notFound } from '../../platform/errors/app-error';
import { refuseProblems, type RuleProblem } from '../../platform/errors/rule-problems';
import type { ModuleServices } from '../../platform/modules/define-module';
import type { FundShareRuleService } from './fund-share-rule';
import { fundAllocations, fundSources } from './funds.table';
import { regionProblem } from '../../platform/imports/row-checks';

export const fundSourceEntity: LocalizedText = { 'zh-CN': '资金来源', 'en-US': 'Fund source' };
const allocationEntity: LocalizedText = { 'zh-CN': '资金安排', 'en-US': 'Allocation' };

type SourceRow = typeof fundSources.$inferSelect;
type AllocationRow = typeof fundAllocations.$inferSelect;

interface Deps {
  database: Database;
  clock: () => Date;
  divisions: Pick<ModuleServices['divisions'], 'describeRegions' | 'namesOf'>;
  projects: Pick<ModuleServices['projects'], 'loadInScope' | 'titlesOf' | 'totalsByRegion'>;
  contracts: Pick<ModuleServices['contracts'], 'moneyByRegion'>;
  shareRule: Pick<FundShareRuleService, 'rateOf'>;
}

const yuan = (fen: number) =>
  (fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const yuanEn = (fen: number) =>
  (fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = (bp: number) => `${(bp / 100).toLocaleString('en-US')}%`;

/** States in which a project takes no more money. */
const closedStates = new Set(['closed', 'terminated']);

/** The message the database's own wall answers with (migration 0034), as the service's. */
const overSource = (remainingFen: number | null): RuleProblem => ({
  field: 'amountFen',
  message:
    remainingFen === null
      ? {
          'zh-CN': '资金安排合计超过资金来源金额',
          'en-US': 'The allocations together exceed the fund source',
        }
      : {
          'zh-CN': `安排金额超过资金来源的可安排余额（尚余 ${yuan(remainingFen)} 元）`,
          'en-US': `More than what the source has left (${yuanEn(remainingFen)} yuan)`,
        },
});

/**
 * The database's wall (migration 0034: the allocations of a source never sum beyond it) answered
 * like the service's own rule, for the write that raced another past the service's check.
 */
async function withinSource<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const text = String((error as { cause?: Error }).cause?.message ?? (error as Error).message);
    if (text.includes('fund_allocation_exceeds_source')) refuseProblems([overSource(null)]);
    throw error;
  }
}

/** 资金: sources by kind, region and year; allocations to projects, never beyond the source. */
export function createFundService(deps: Deps) {
  const { database, clock, divisions, projects, contracts, shareRule } = deps;

  /** Problems of a source's amounts: kind and base, the social-assistance cap. */
  async function amountProblems(
    db: Executor,
    source: { regionCode: string; kind: string; amountFen: number; baseFen: number | null },
  ): Promise<RuleProblem[]> {
    if (source.kind !== 'social_assistance_fund')
      return source.baseFen === null
        ? []
        : [
            {
              field: 'baseFen',
              message: {
                'zh-CN': '只有社会救助资金需要填写社会救助资金总额',
                'en-US': 'Only social-assistance funds take a base amount',
              },
            },
          ];
    if (source.baseFen === null)
      return [
        {
          field: 'baseFen',
          message: {
            'zh-CN': '社会救助资金须填写本级社会救助资金总额（用于计算比例上限）',
            'en-US': 'Social-assistance funds need the division’s total to check the share',
          },
        },
      ];
    const maxShareBp = await shareRule.rateOf(db, source.regionCode);
    const cap = Math.floor(((maxShareBp ?? 10_000) * source.baseFen) / 10_000);
    if (source.amountFen <= cap) return [];
    return [
      {
        field: 'amountFen',
        message:
          maxShareBp === null
            ? {
                'zh-CN': '社会救助资金用于社会工作服务的金额不能超过社会救助资金总额',
                'en-US': 'The share cannot exceed the social-assistance total',
              }
            : {
                'zh-CN': `社会救助资金用于社会工作服务不得超过总额的 ${percent(maxShareBp)}（至多 ${yuan(cap)} 元）`,
                'en-US': `At most ${percent(maxShareBp)} of the social-assistance total (${yuanEn(cap)} yuan)`,
              },
      },
    ];
  }

  async function allocatedOf(db: Executor, sourceIds: string[]) {
    if (sourceIds.length === 0) return new Map<string, number>();
    const rows = await db
      .select({ sourceId: fundAllocations.sourceId, total: sum(fundAllocations.amountFen) })
      .from(fundAllocations)
      .where(isAnyOf(fundAllocations.sourceId, sourceIds))
      .groupBy(fundAllocations.sourceId);
    return new Map(rows.map((r) => [r.sourceId, Number(r.total ?? 0)]));
  }

  async function presentSources(
    db: Executor,
    actor: Actor,
    rows: SourceRow[],
  ): Promise<FundSource[]> {
    const [allocated, names] = await Promise.all([
      allocatedOf(
        db,
        rows.map((r) => r.id),
      ),
      divisions.describeRegions(
        [...new Set(rows.map((r) => r.regionCode))],
        actor.request.language,
      ),
    ]);
    return rows.map((row) => {
      const allocatedFen = allocated.get(row.id) ?? 0;
      return {
        id: row.id,
        regionCode: row.regionCode,
        regionName: names.get(row.regionCode) ?? row.regionCode,
        year: row.year,
        kind: row.kind as FundingSource,
        name: row.name,
        amountFen: row.amountFen,
        baseFen: row.baseFen,
        allocatedFen,
        remainingFen: row.amountFen - allocatedFen,
        note: row.note,
        createdByName: row.createdByName,
        createdAt: row.createdAt.toISOString(),
        version: row.version,
      };
    });
  }

  async function loadSource(tx: Transaction, actor: Actor, id: string, lock = false) {
    const query = tx
      .select()
      .from(fundSources)
      .where(and(eq(fundSources.id, id), inRegionScope(fundSources.regionCode, actor)));
    const [row] = await (lock ? query.for('update') : query);
    if (!row) throw notFound(fundSourceEntity);
    return row;
  }

  function sourceFilters(
    actor: Actor,
    query: { region?: string | undefined; year?: number | undefined; kind?: string | undefined },
  ) {
    const conditions: SQL[] = [inRegionScope(fundSources.regionCode, actor)];
    if (query.region) conditions.push(startsWith(fundSources.regionCode, query.region));
    if (query.year) conditions.push(eq(fundSources.year, query.year));
    if (query.kind) conditions.push(eq(fundSources.kind, query.kind));
    return and(...conditions);
  }

  async function listSources(actor: Actor, query: FundSourceListQuery) {
    return withScope(database, actor, async (tx) => {
      const where = sourceFilters(actor, query);
      const [rows, [total]] = await Promise.all([
        tx
          .select()
          .from(fundSources)
          .where(where)
          .orderBy(desc(fundSources.year), asc(fundSources.regionCode), asc(fundSources.name))
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize),
        tx.select({ n: count() }).from(fundSources).where(where),
      ]);
      return { items: await presentSources(tx, actor, rows), total: total?.n ?? 0 };
    });
  }

  async function getSource(actor: Actor, id: string): Promise<FundSource> {
    return withScope(database, actor, async (tx) => {
      const [source] = await presentSources(tx, actor, [await loadSource(tx, actor, id)]);
      return source!;
    });
  }

  async function createSource(actor: Actor, input: CreateFundSource): Promise<FundSource> {
    return withScope(database, actor, async (tx) => {
      const problems: RuleProblem[] = [];
      const known = await divisions.namesOf([input.regionCode]);
      const regionRefused = regionProblem(actor, input.regionCode, known);
      if (regionRefused) problems.push({ field: 'regionCode', message: regionRefused });
      const baseFen = input.baseFen ?? null;
      if (problems.length === 0)
        problems.push(...(await amountProblems(tx, { ...input, baseFen })));
      if (problems.length === 0) {
        const [same] = await tx
          .select({ id: fundSources.id })
          .from(fundSources)
          .where(
            and(
              eq(fundSources.regionCode, input.regionCode),
              eq(fundSources.year, input.year),
              eq(fundSources.name, input.name),
            ),
          );
        if (same)
          problems.push({
            field: 'name',
            conflict: true,
            message: {
              'zh-CN': `本区划 ${input.year} 年已有名为「${input.name}」的资金来源`,
              'en-US': `A source named “${input.name}” exists for this year`,
            },
          });
      }
      refuseProblems(problems);
      const now = clock();
      const row = {
        id: newId(),
        regionCode: input.regionCode,
        year: input.year,
        kind: input.kind,
        name: input.name,
        amountFen: input.amountFen,
        baseFen,
        note: input.note,
        createdBy: actor.accountId,
        createdByName: actor.realName,
        createdAt: now,
        updatedAt: now,
      };
      const [inserted] = await tx.insert(fundSources).values(row).returning();
      await recordAudit(tx, actor, {
        action: 'create',
        entityType: 'fund_source',
        entityId: row.id,
        regionCode: row.regionCode,
      });
      const [source] = await presentSources(tx, actor, [inserted!]);
      return source!;
    });
  }

  async function updateSource(
    actor: Actor,
    id: string,
    input: UpdateFundSource,
  ): Promise<FundSource> {
    return withScope(database, actor, async (tx) => {
      const row = await loadSource(tx, actor, id, true);
      if (row.version !== input.version) throw new AppError('VERSION_CONFLICT');
      const next = {
        name: input.name ?? row.name,
        amountFen: input.amountFen ?? row.amountFen,
        baseFen: input.baseFen === undefined ? row.baseFen : input.baseFen,
        note: input.note ?? row.note,
      };
      const problems = await amountProblems(tx, { ...row, ...next });
      const allocated = (await allocatedOf(tx, [row.id])).get(row.id) ?? 0;
      if (next.amountFen < allocated)
        problems.push({
          field: 'amountFen',
          message: {
            'zh-CN': `资金来源金额不能少于已安排到项目的 ${yuan(allocated)} 元`,
            'en-US': `Cannot be less than the ${yuanEn(allocated)} yuan already allocated`,
          },
        });
      refuseProblems(problems);
      const [after] = await tx
        .update(fundSources)
        .set({ ...next, version: sql`${fundSources.version} + 1`, updatedAt: clock() })
        .where(and(eq(fundSources.id, row.id), eq(fundSources.version, row.version)))
        .returning();
      if (!after) throw new AppError('VERSION_CONFLICT');
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: 'fund_source',
        entityId: row.id,
        regionCode: row.regionCode,
        changes: changedFields(row, after),
      });
      const [source] = await presentSources(tx, actor, [after]);
      return source!;
    });
  }

  // ── Allocations ──────────────────────────────────────────────────────────────────────────

  async function presentAllocations(
    tx: Transaction,
    actor: Actor,
    rows: AllocationRow[],
  ): Promise<Allocation[]> {
    const sourceIds = [...new Set(rows.map((r) => r.sourceId))];
    const [sources, titles] = await Promise.all([
      sourceIds.length === 0
        ? []
        : tx.select().from(fundSources).where(isAnyOf(fundSources.id, sourceIds)),
      projects.titlesOf(tx, actor, [...new Set(rows.map((r) => r.projectId))]),
    ]);
    const byId = new Map(sources.map((s) => [s.id, s]));
    return rows.map((row) => {
      const source = byId.get(row.sourceId);
      const project = titles.get(row.projectId);
      return {
        id: row.id,
        sourceId: row.sourceId,
        sourceName: source?.name ?? '',
        sourceKind: (source?.kind ?? 'other') as FundingSource,
        sourceYear: source?.year ?? 0,
        projectId: row.projectId,
        projectCode: project?.code ?? '',
        projectTitle: project?.title ?? '',
        amountFen: row.amountFen,
        note: row.note,
        createdByName: row.createdByName,
        createdAt: row.createdAt.toISOString(),
        version: row.version,
      };
    });
  }

  /**
   * The rules of an allocation of `amountFen` from `source` to the project: the project in the
   * source's division and not closed, the source's year within its term, and neither the source
   * nor the project's budget exceeded by the allocations together.
   */
  async function allocationProblems(
    tx: Transaction,
    actor: Actor,
    source: SourceRow,
    projectId: string,
    amountFen: number,
    except: string | null,
  ): Promise<RuleProblem[]> {
    const project = await projects.loadInScope(tx, actor, projectId).catch(() => null);
    if (!project || project.asProvider)
      return [
        {
          field: 'projectId',
          message: {
            'zh-CN': '项目不存在或不在您的管辖范围内',
            'en-US': 'No such project in your scope',
          },
        },
      ];
    const problems: RuleProblem[] = [];
    if (!regionContains(source.regionCode, project.regionCode))
      problems.push({
        field: 'projectId',
        message: {
          'zh-CN': '资金只能安排给资金来源所在区划内的项目',
          'en-US': 'A source funds projects of its own division only',
        },
      });
    if (closedStates.has(project.state))
      problems.push({
        field: 'projectId',
        message: {
          'zh-CN': '项目已关闭或终止，不能再安排资金',
          'en-US': 'The project is closed or terminated',
        },
      });
    const termYears = [Number(project.termStart.slice(0, 4)), Number(project.termEnd.slice(0, 4))];
    if (source.year < termYears[0]! || source.year > termYears[1]!)
      problems.push({
        field: 'sourceId',
        message: {
          'zh-CN': `资金年度 ${source.year} 不在项目服务期限（${project.termStart} 至 ${project.termEnd}）内`,
          'en-US': `The source’s year ${source.year} lies outside the project’s term`,
        },
      });
    const others = (
      exceptId: string | null,
      column: typeof fundAllocations.sourceId | typeof fundAllocations.projectId,
      id: string,
    ) =>
      tx
        .select({ total: sum(fundAllocations.amountFen) })
        .from(fundAllocations)
        .where(
          and(eq(column, id), exceptId ? sql`${fundAllocations.id} <> ${exceptId}` : sql`true`),
        )
        .then(([r]) => Number(r?.total ?? 0));
    const [fromSource, toProject] = await Promise.all([
      others(except, fundAllocations.sourceId, source.id),
      others(except, fundAllocations.projectId, projectId),
    ]);
    if (fromSource + amountFen > source.amountFen)
      problems.push(overSource(source.amountFen - fromSource));
    else if (toProject + amountFen > project.budgetFen)
      problems.push({
        field: 'amountFen',
        message: {
          'zh-CN': `项目的资金安排合计将超过项目预算（预算 ${yuan(project.budgetFen)} 元，已安排 ${yuan(toProject)} 元）`,
          'en-US': `The project’s allocations would exceed its budget (${yuanEn(project.budgetFen)} yuan)`,
        },
      });
    return problems;
  }

  async function allocate(actor: Actor, input: CreateAllocation): Promise<Allocation> {
    return withScope(database, actor, async (tx) => {
      const source = await loadSource(tx, actor, input.sourceId, true).catch(() => {
        refuseProblems([
          {
            field: 'sourceId',
            message: {
              'zh-CN': '资金来源不存在或不在您的管辖范围内',
              'en-US': 'No such fund source in your scope',
            },
          },
        ]);
        throw new Error('unreachable');
      });
      const problems = await allocationProblems(
        tx,
        actor,
        source,
        input.projectId,
        input.amountFen,
        null,
      );
      const [existing] = await tx
        .select({ id: fundAllocations.id })
        .from(fundAllocations)
        .where(
          and(
            eq(fundAllocations.sourceId, source.id),
            eq(fundAllocations.projectId, input.projectId),
          ),
        );
      if (existing)
        problems.push({
          field: 'projectId',
          conflict: true,
          message: {
            'zh-CN': '该资金来源已安排给此项目，请修改原有安排',
            'en-US': 'This source already funds the project: change that allocation',
          },
        });
      refuseProblems(problems);
      const project = await projects.loadInScope(tx, actor, input.projectId);
      const now = clock();
      const row = {
        id: newId(),
        regionCode: project.regionCode,
        sourceId: source.id,
        projectId: input.projectId,
        amountFen: input.amountFen,
        note: input.note,
        createdBy: actor.accountId,
        createdByName: actor.realName,
        createdAt: now,
        updatedAt: now,
      };
      const [inserted] = await withinSource(() =>
        tx.insert(fundAllocations).values(row).returning(),
      );
      await recordAudit(tx, actor, {
        action: 'create',
        entityType: 'fund_allocation',
        entityId: row.id,
        regionCode: source.regionCode,
        changes: { amountFen: [null, row.amountFen] },
        detail: auditNote('fund_allocated', { source: source.id, project: input.projectId }),
      });
      const [allocation] = await presentAllocations(tx, actor, [inserted!]);
      return allocation!;
    });
  }

  async function loadAllocation(tx: Transaction, actor: Actor, id: string) {
    const [row] = await tx
      .select()
      .from(fundAllocations)
      .where(and(eq(fundAllocations.id, id), inRegionScope(fundAllocations.regionCode, actor)))
      .for('update');
    if (!row) throw notFound(allocationEntity);
    return row;
  }

  async function changeAllocation(
    actor: Actor,
    id: string,
    input: UpdateAllocation,
  ): Promise<Allocation> {
    return withScope(database, actor, async (tx) => {
      const row = await loadAllocation(tx, actor, id);
      const source = await loadSource(tx, actor, row.sourceId, true);
      if (row.version !== input.version) throw new AppError('VERSION_CONFLICT');
      refuseProblems(
        await allocationProblems(tx, actor, source, row.projectId, input.amountFen, row.id),
      );
      const [after] = await withinSource(() =>
        tx
          .update(fundAllocations)
          .set({
            amountFen: input.amountFen,
            note: input.note ?? row.note,
            version: sql`${fundAllocations.version} + 1`,
            updatedAt: clock(),
          })
          .where(and(eq(fundAllocations.id, row.id), eq(fundAllocations.version, row.version)))
          .returning(),
      );
      if (!after) throw new AppError('VERSION_CONFLICT');
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: 'fund_allocation',
        entityId: row.id,
        regionCode: source.regionCode,
        changes: changedFields(row, after),
        detail: auditNote('fund_allocated', { source: row.sourceId, project: row.projectId }),
      });
      const [allocation] = await presentAllocations(tx, actor, [after]);
      return allocation!;
    });
  }

  async function listAllocations(
    actor: Actor,
    query: { sourceId?: string | undefined; projectId?: string | undefined },
  ) {
    return withScope(database, actor, async (tx) => {
      const conditions: SQL[] = [inRegionScope(fundAllocations.regionCode, actor)];
      if (query.sourceId) conditions.push(eq(fundAllocations.sourceId, query.sourceId));
      if (query.projectId) conditions.push(eq(fundAllocations.projectId, query.projectId));
      const rows = await tx
        .select()
        .from(fundAllocations)
        .where(and(...conditions))
        .orderBy(asc(fundAllocations.createdAt), asc(fundAllocations.id))
        .limit(1000);
      return presentAllocations(tx, actor, rows);
    });
  }

  // ── The summary ──────────────────────────────────────────────────────────────────────────

  /** Sources → allocations → projects, by kind, by the divisions below the region and by year. */
  async function summary(actor: Actor, query: FundsSummaryQuery): Promise<FundsSummary> {
    const region = regionWithinScope(actor, query.region);
    const level = regionLevelOf(region);
    const child = level ? childLevelOf(level) : 'province';
    const childLength = child ? regionCodeLengths[child] : region.length;
    return withScope(database, actor, async (tx) => {
      const base = [
        inRegionScope(fundSources.regionCode, actor),
        startsWith(fundSources.regionCode, region),
      ];
      const inYear = query.year ? [eq(fundSources.year, query.year)] : [];
      const allocatedBySource = tx
        .select({
          sourceId: fundAllocations.sourceId,
          total: sum(fundAllocations.amountFen).as('total'),
        })
        .from(fundAllocations)
        .groupBy(fundAllocations.sourceId)
        .as('allocated');
      const grouped = <K extends SQL>(key: K) =>
        tx
          .select({
            key: key.mapWith(String),
            sourcesFen: sql<string>`sum(${fundSources.amountFen})`,
            allocatedFen: sql<string>`coalesce(sum(${allocatedBySource.total}), 0)`,
          })
          .from(fundSources)
          .leftJoin(allocatedBySource, eq(allocatedBySource.sourceId, fundSources.id))
          .where(and(...base, ...inYear))
          .groupBy(key);
      // The length inline, not a parameter: the select and the group by must be the same expression.
      const regionKey = sql`left(${fundSources.regionCode}, ${sql.raw(String(childLength))})`;
      const [byKind, byRegionRows, byYearRows, projectTotals, money] = await Promise.all([
        grouped(sql`${fundSources.kind}`),
        grouped(regionKey),
        tx
          .select({
            key: sql`${fundSources.year}`.mapWith(Number),
            sourcesFen: sql<string>`sum(${fundSources.amountFen})`,
            allocatedFen: sql<string>`coalesce(sum(${allocatedBySource.total}), 0)`,
          })
          .from(fundSources)
          .leftJoin(allocatedBySource, eq(allocatedBySource.sourceId, fundSources.id))
          .where(and(...base))
          .groupBy(fundSources.year)
          .orderBy(fundSources.year),
        projects.totalsByRegion(tx, actor, { region, year: query.year, childLength }),
        contracts.moneyByRegion(tx, actor, { region, year: query.year, childLength }),
      ]);
      const spentWhere = (keep: (m: (typeof money)[number]) => boolean) => ({
        contractedFen: money.filter(keep).reduce((n, m) => n + m.contractedFen, 0),
        paidFen: money.filter(keep).reduce((n, m) => n + m.paidFen, 0),
      });
      const codes = [
        ...new Set([
          ...byRegionRows.map((r) => r.key),
          ...projectTotals.map((p) => p.regionCode),
          ...money.map((m) => m.regionCode),
        ]),
      ].sort();
      const names = await divisions.describeRegions([region, ...codes], actor.request.language);
      const short = (code: string) => names.get(code)?.split(' / ').at(-1) ?? code;
      const byRegion = codes.map((code) => {
        const sources = byRegionRows.find((r) => r.key === code);
        const work = projectTotals.find((p) => p.regionCode === code);
        return {
          regionCode: code,
          regionName: code === region ? `${short(code)}（本级）` : short(code),
          sourcesFen: Number(sources?.sourcesFen ?? 0),
          allocatedFen: Number(sources?.allocatedFen ?? 0),
          ...spentWhere((m) => m.regionCode === code),
          projects: work?.projects ?? 0,
          budgetFen: work?.budgetFen ?? 0,
        };
      });
      const add = (
        rows: { sourcesFen: string | number; allocatedFen: string | number }[],
        field: 'sourcesFen' | 'allocatedFen',
      ) => rows.reduce((total, r) => total + Number(r[field]), 0);
      return {
        regionCode: region,
        regionName: names.get(region) ?? region,
        year: query.year ?? null,
        totals: {
          sourcesFen: add(byKind, 'sourcesFen'),
          allocatedFen: add(byKind, 'allocatedFen'),
          ...spentWhere(() => true),
          projects: projectTotals.reduce((n, p) => n + p.projects, 0),
          budgetFen: projectTotals.reduce((n, p) => n + p.budgetFen, 0),
        },
        byKind: byKind.map((r) => ({
          kind: r.key as FundingSource,
          sourcesFen: Number(r.sourcesFen),
          allocatedFen: Number(r.allocatedFen),
        })),
        byRegion,
        byYear: byYearRows.map((r) => ({
          year: r.key,
          sourcesFen: Number(r.sourcesFen),
          allocatedFen: Number(r.allocatedFen),
          ...spentWhere((m) => m.year === r.key),
        })),
      };
    });
  }

  /** 资金台账: every source in the filters with each of its allocations, for the export. */
  async function* ledgerRows(
    actor: Actor,
    query: { region?: string | undefined; year?: number | undefined; kind?: string | undefined },
  ) {
    const { sources, allocations } = await withScope(database, actor, async (tx) => {
      const sources = await tx
        .select()
        .from(fundSources)
        .where(sourceFilters(actor, query))
        .orderBy(desc(fundSources.year), asc(fundSources.regionCode), asc(fundSources.name));
      const presented = await presentSources(tx, actor, sources);
      const rows =
        presented.length === 0
          ? []
          : await tx
              .select()
              .from(fundAllocations)
              .where(
                isAnyOf(
                  fundAllocations.sourceId,
                  presented.map((s) => s.id),
                ),
              );
      const allocations = await presentAllocations(tx, actor, rows);
      await recordAudit(tx, actor, {
        action: 'export',
        entityType: 'fund_source',
        regionCode: actor.regionCode,
        detail: auditNote('export_filters', { filters: query }),
      });
      return { sources: presented, allocations };
    });
    const bySource = new Map<string, Allocation[]>();
    for (const a of allocations) bySource.set(a.sourceId, [...(bySource.get(a.sourceId) ?? []), a]);
    yield sources.flatMap((source): { source: FundSource; allocation: Allocation | null }[] => {
      const lines = bySource.get(source.id) ?? [];
      return lines.length === 0
        ? [{ source, allocation: null }]
        : lines.map((allocation) => ({ source, allocation }));
    });
  }

  return {
    listSources,
    getSource,
    createSource,
    updateSource,
    allocate,
    changeAllocation,
    listAllocations,
    summary,
    ledgerRows,
  };
}

export type FundService = ReturnType<typeof createFundService>;
