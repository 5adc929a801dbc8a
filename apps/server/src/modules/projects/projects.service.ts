import { and, asc, desc, eq, lt, or, sql, type SQL } from 'drizzle-orm';
import {
  auditNote,
  chinaToday,
  type AuditDetail,
  projectMoveOf,
  projectMoves as allowedMoves,
  projectStates,
  type CreateProject,
  type LocalizedText,
  type ProjectDetail,
  type ContractSummary,
  type ProjectListQuery,
  type ProjectMove,
  type ProjectPage,
  type ProjectReviewInput,
  type ProjectState,
  type ProjectSummary,
  type ProjectType,
  type UpdateProject,
} from '@shegong/domain';
import { isAnyOf } from '../../db/any-of';
import type { Database, Transaction } from '../../db/connection';
import { newId } from '../../db/ids';
import { startsWith } from '../../db/text-prefix';
import type { Actor } from '../../platform/access/actor';
import { inRegionScope, withScope } from '../../platform/access/region-scope';
import { changedFields, recordAudit } from '../../platform/audit/audit';
import {
  AppError,
  conflict,
  forbidden,
  invalidField,
  notFound,
} from '../../platform/errors/app-error';
import { refuseProblems, type RuleProblem } from '../../platform/errors/rule-problems';
import { idCursor } from '../../platform/http/keyset-cursor';
import type { ModuleServices } from '../../platform/modules/define-module';
import { stationsInScope } from '../stations';
import { projectMoves, projectReviews, projects } from './projects.table';
import {
  duplicateCode,
  planProblems,
  projectKey,
  type PlanFacts,
  type ProjectPlan,
} from './project-rules';

export const projectEntity: LocalizedText = { 'zh-CN': '项目', 'en-US': 'Project' };
export const projectEntityType = 'project';

type ProjectRow = typeof projects.$inferSelect;

interface Deps {
  database: Database;
  clock: () => Date;
  divisions: Pick<ModuleServices['divisions'], 'describeRegions' | 'namesOf'>;
  /** Called while serving the 项目台账 (contracts is built after projects). */
  contracts: Pick<ModuleServices['contracts'], 'contractsOfProjects'>;
}

/** What other modules (tenders, contracts, funds) learn of a project their actor may see. */
export interface ProjectInScope {
  id: string;
  regionCode: string;
  year: number;
  code: string;
  title: string;
  type: ProjectType;
  serviceFields: string[];
  populationGroups: string[];
  areaRegionCodes: string[];
  areaStationIds: string[];
  budgetFen: number;
  termStart: string;
  termEnd: string;
  state: ProjectState;
  providerOrganisationId: string | null;
  /** The provider's name as the award recorded it, and its division. */
  providerName: string | null;
  providerRegionCode: string | null;
  draftedBy: string;
  version: number;
  /** Seen as its provider's administrator (read-only), not as the purchasing department. */
  asProvider: boolean;
}

/** The organisation an award names, as the registry had it (its name is kept as it stood). */
export interface AwardedProvider {
  organisationId: string;
  name: string;
  /** Its division: the provider's administrator reads the project under row-level security. */
  regionCode: string;
}

export interface MoveOptions {
  reason?: string | null | undefined;
  /** The provider an award names (tendering → awarded). */
  provider?: AwardedProvider | undefined;
  /** The version the caller read: 409 if the project changed meanwhile. */
  version?: number | undefined;
}

const stateLabel = (state: string): LocalizedText =>
  projectStates.find((s) => s.code === state) ?? { 'zh-CN': state, 'en-US': state };

/** 409 naming the states of a move the state machine does not allow. */
export function refusedMove(from: string, to: string): AppError {
  const a = stateLabel(from);
  const b = stateLabel(to);
  return conflict(
    {
      'zh-CN': `项目当前为「${a['zh-CN']}」，不能变更为「${b['zh-CN']}」`,
      'en-US': `The project is “${a['en-US']}” and cannot become “${b['en-US']}”`,
    },
    [
      {
        path: 'body.state',
        message: { 'zh-CN': '不允许的状态变更', 'en-US': 'A move the project cannot make' },
      },
    ],
  );
}

const notEditable = (state: string) =>
  conflict(
    {
      'zh-CN': `项目已${stateLabel(state)['zh-CN']}，立项内容不能再修改（只有草稿可以修改）`,
      'en-US': `The project is ${stateLabel(state)['en-US'].toLowerCase()}: only a draft can be edited`,
    },
    [
      {
        path: 'body',
        message: { 'zh-CN': '只有草稿可以修改', 'en-US': 'Only a draft can be edited' },
      },
    ],
  );

const fourEyes: LocalizedText = {
  'zh-CN': '立项须由编制人以外的另一名工作人员审批，编制人不能审批本人编制的项目',
  'en-US': 'Another officer than the drafter must approve the set-up',
};

/** States of a project that has been set up and not terminated: its budget is spent or committed. */
const setUpStates = [
  'approved',
  'tendering',
  'awarded',
  'signed',
  'in_service',
  'completed',
  'closed',
] as const satisfies readonly ProjectState[];

const isPurchaser = (actor: Actor) => actor.permissions.has('projects:read');

/** The rows the actor may read: the purchasing department's region, or the provider's own. */
function visibility(actor: Actor): SQL {
  if (isPurchaser(actor)) return inRegionScope(projects.regionCode, actor);
  if (actor.permissions.has('projects:read_own') && actor.organisationId)
    return eq(projects.providerOrganisationId, actor.organisationId);
  return sql`false`;
}

function inScope(row: ProjectRow, actor: Actor): ProjectInScope {
  return {
    id: row.id,
    regionCode: row.regionCode,
    year: row.year,
    code: row.code,
    title: row.title,
    type: row.type as ProjectType,
    serviceFields: row.serviceFields,
    populationGroups: row.populationGroups,
    areaRegionCodes: row.areaRegionCodes,
    areaStationIds: row.areaStationIds,
    budgetFen: row.budgetFen,
    termStart: row.termStart,
    termEnd: row.termEnd,
    state: row.state as ProjectState,
    providerOrganisationId: row.providerOrganisationId,
    providerName: row.providerName,
    providerRegionCode: row.providerRegionCode,
    draftedBy: row.draftedBy,
    version: row.version,
    asProvider: !isPurchaser(actor),
  };
}

/** 政府购买服务项目: need study, expert review, set-up approved by a second officer, the state machine. */
export function createProjectService(deps: Deps) {
  const { database, clock, divisions, contracts } = deps;

  async function loadRow(tx: Transaction, actor: Actor, id: string, lock = false) {
    const query = tx
      .select()
      .from(projects)
      .where(and(eq(projects.id, id), visibility(actor)));
    const [row] = await (lock ? query.for('update') : query);
    if (!row) throw notFound(projectEntity);
    return row;
  }

  /** The project as the purchasing department holds it: the provider reads, never changes. */
  async function loadPurchased(tx: Transaction, actor: Actor, id: string) {
    const row = await loadRow(tx, actor, id, true);
    if (!isPurchaser(actor)) throw forbidden();
    return row;
  }

  async function recordMove(
    tx: Transaction,
    actor: Actor,
    row: Pick<ProjectRow, 'id' | 'regionCode'>,
    from: string | null,
    to: string,
    reason: string | null,
  ) {
    await tx.insert(projectMoves).values({
      id: newId(),
      projectId: row.id,
      regionCode: row.regionCode,
      fromState: from,
      toState: to,
      actorId: actor.accountId,
      actorName: actor.realName,
      at: clock(),
      reason,
    });
  }

  /**
   * The one write path of every state move, for this module's routes and the tenders' and
   * contracts' services alike: the move must be one of `projectMoves`, a reason given where it
   * needs one, the drafter cannot approve, an award names its provider. The state, the move row
   * and the audit event are written in the caller's transaction.
   */
  async function move(
    tx: Transaction,
    actor: Actor,
    projectId: string,
    to: ProjectState,
    options: MoveOptions = {},
  ): Promise<ProjectInScope> {
    const row = await loadPurchased(tx, actor, projectId);
    if (options.version !== undefined && options.version !== row.version)
      throw new AppError('VERSION_CONFLICT');
    const from = row.state as ProjectState;
    const allowed: ProjectMove | null = projectMoveOf(from, to);
    if (!allowed) throw refusedMove(from, to);
    const reason = options.reason?.trim() || null;
    if (allowed.reasonRequired && (!reason || reason.length < 2))
      throw invalidField('body.reason', {
        'zh-CN': `「${allowed.label['zh-CN']}」须说明理由（至少 2 个字）`,
        'en-US': `“${allowed.label['en-US']}” needs a reason (2 characters or more)`,
      });
    const now = clock();
    const fields: Partial<typeof projects.$inferInsert> = { state: to };
    if (to === 'approved' && from === 'pending_approval') {
      if (row.draftedBy === actor.accountId)
        throw conflict(fourEyes, [{ path: 'body', message: fourEyes }]);
      if (!actor.permissions.has('projects:approve')) throw forbidden();
      Object.assign(fields, {
        approvedBy: actor.accountId,
        approvedByName: actor.realName,
        approvedAt: now,
      });
    }
    if (to === 'awarded') {
      if (!options.provider)
        throw invalidField('body.providerOrganisationId', {
          'zh-CN': '确定中标须指明中标机构',
          'en-US': 'An award names the provider',
        });
      Object.assign(fields, {
        providerOrganisationId: options.provider.organisationId,
        providerName: options.provider.name,
        providerRegionCode: options.provider.regionCode,
      });
    }
    // 流标 or a returned set-up leaves no provider or approval behind.
    if (to === 'approved' && from === 'tendering')
      Object.assign(fields, {
        providerOrganisationId: null,
        providerName: null,
        providerRegionCode: null,
      });
    if (to === 'draft')
      Object.assign(fields, { approvedBy: null, approvedByName: null, approvedAt: null });
    if (to === 'terminated') fields.terminationReason = reason;
    const [after] = await tx
      .update(projects)
      .set({ ...fields, version: sql`${projects.version} + 1`, updatedAt: now })
      .where(and(eq(projects.id, row.id), eq(projects.version, row.version)))
      .returning();
    if (!after) throw new AppError('VERSION_CONFLICT');
    await recordMove(tx, actor, row, from, to, reason);
    await recordAudit(tx, actor, {
      action: 'update',
      entityType: projectEntityType,
      entityId: row.id,
      regionCode: row.regionCode,
      changes: changedFields(row, after),
      detail: reason
        ? auditNote('project_moved_with_reason', {
            from: `projectState.${from}`,
            to: `projectState.${to}`,
            reason,
          })
        : auditNote('project_moved', { from: `projectState.${from}`, to: `projectState.${to}` }),
    });
    return inScope(after, actor);
  }

  /** The projects the actor may see among these natural keys (division and code), by key. */
  async function inScopeByKeys(
    tx: Transaction,
    actor: Actor,
    keys: readonly { regionCode: string; code: string }[],
  ): Promise<Map<string, ProjectInScope>> {
    const rows = await byKeys(tx, keys, visibility(actor));
    return new Map([...rows].map(([key, row]) => [key, inScope(row, actor)]));
  }

  /** The project if the actor may see it (its region's offices, or its provider): 404 otherwise. */
  async function loadInScope(tx: Transaction, actor: Actor, projectId: string) {
    return inScope(await loadRow(tx, actor, projectId), actor);
  }

  /** What the plan rules read, for one plan or a batch: one query for each kind of fact. */
  async function planFactsOf(
    tx: Transaction,
    actor: Actor,
    plans: readonly ProjectPlan[],
  ): Promise<PlanFacts> {
    const [known, found] = await Promise.all([
      divisions.namesOf([...new Set(plans.flatMap((p) => [p.regionCode, ...p.areaRegionCodes]))]),
      stationsInScope(
        tx,
        actor,
        plans.flatMap((p) => p.areaStationIds),
      ),
    ]);
    return { divisions: known, stations: found };
  }

  /** The projects holding these natural keys (division and code), by key (and more, never fewer). */
  async function byKeys(
    tx: Transaction,
    keys: readonly { regionCode: string; code: string }[],
    also?: SQL,
  ): Promise<Map<string, ProjectRow>> {
    if (keys.length === 0) return new Map();
    const rows = await tx
      .select()
      .from(projects)
      .where(
        and(
          isAnyOf(projects.regionCode, [...new Set(keys.map((k) => k.regionCode))]),
          isAnyOf(projects.code, [...new Set(keys.map((k) => k.code))]),
          also,
        ),
      );
    return new Map(rows.map((row) => [projectKey(row), row]));
  }

  /** A new draft's plan as it is stored (areas without repeats). */
  const draftPlan = (input: CreateProject) => ({
    year: input.year,
    code: input.code,
    title: input.title,
    type: input.type,
    needs: input.needs,
    serviceFields: [...new Set(input.serviceFields)],
    populationGroups: [...new Set(input.populationGroups)],
    areaRegionCodes: [...new Set(input.area.regionCodes)],
    areaStationIds: [...new Set(input.area.stationIds)],
    budgetFen: input.budgetFen,
    termStart: input.termStart,
    termEnd: input.termEnd,
  });

  /**
   * Every problem of new drafts, each by field (the form's one, an import's batch): the plan's
   * rules and a code its division already uses. Reads once for the batch.
   */
  async function draftProblems(
    tx: Transaction,
    actor: Actor,
    inputs: readonly CreateProject[],
  ): Promise<RuleProblem[][]> {
    const plans = inputs.map((input) => ({ regionCode: input.regionCode, ...draftPlan(input) }));
    const [facts, taken] = await Promise.all([planFactsOf(tx, actor, plans), byKeys(tx, inputs)]);
    return plans.map((plan) => {
      const problems = planProblems(actor, plan, facts);
      if (problems.length === 0 && taken.has(projectKey(plan)))
        problems.push(duplicateCode(plan.code));
      return problems;
    });
  }

  /**
   * The one write of a new draft (需求调研), for the form and the project import: refused with
   * its problems by field; audited as created (with the import job that made it, `detail`).
   */
  async function draft(
    tx: Transaction,
    actor: Actor,
    input: CreateProject,
    detail?: AuditDetail,
  ): Promise<string> {
    refuseProblems((await draftProblems(tx, actor, [input]))[0]!);
    const now = clock();
    const row = {
      id: newId(),
      regionCode: input.regionCode,
      ...draftPlan(input),
      state: 'draft',
      draftedBy: actor.accountId,
      draftedByName: actor.realName,
      createdAt: now,
      updatedAt: now,
    } satisfies typeof projects.$inferInsert;
    await tx.insert(projects).values(row);
    await recordMove(tx, actor, row, null, 'draft', null);
    await recordAudit(tx, actor, {
      action: 'create',
      entityType: projectEntityType,
      entityId: row.id,
      regionCode: row.regionCode,
      ...(detail ? { detail } : {}),
    });
    return row.id;
  }

  async function create(actor: Actor, input: CreateProject): Promise<ProjectDetail> {
    const id = await withScope(database, actor, (tx) => draft(tx, actor, input));
    return get(actor, id);
  }

  async function update(actor: Actor, id: string, input: UpdateProject): Promise<ProjectDetail> {
    await withScope(database, actor, async (tx) => {
      const row = await loadPurchased(tx, actor, id);
      if (row.state !== 'draft') throw notEditable(row.state);
      if (input.version !== row.version) throw new AppError('VERSION_CONFLICT');
      const next = {
        year: input.year ?? row.year,
        code: input.code ?? row.code,
        title: input.title ?? row.title,
        type: input.type ?? row.type,
        needs: input.needs ?? row.needs,
        serviceFields: input.serviceFields ? [...new Set(input.serviceFields)] : row.serviceFields,
        populationGroups: input.populationGroups
          ? [...new Set(input.populationGroups)]
          : row.populationGroups,
        areaRegionCodes: input.area ? [...new Set(input.area.regionCodes)] : row.areaRegionCodes,
        areaStationIds: input.area ? [...new Set(input.area.stationIds)] : row.areaStationIds,
        budgetFen: input.budgetFen ?? row.budgetFen,
        termStart: input.termStart ?? row.termStart,
        termEnd: input.termEnd ?? row.termEnd,
      };
      const plan = { regionCode: row.regionCode, ...next };
      const [facts, taken] = await Promise.all([
        planFactsOf(tx, actor, [plan]),
        byKeys(tx, [plan]),
      ]);
      const problems = planProblems(actor, plan, facts);
      const holder = taken.get(projectKey(plan));
      if (problems.length === 0 && holder && holder.id !== row.id)
        problems.push(duplicateCode(next.code));
      refuseProblems(problems);
      const [after] = await tx
        .update(projects)
        .set({ ...next, version: sql`${projects.version} + 1`, updatedAt: clock() })
        .where(and(eq(projects.id, row.id), eq(projects.version, row.version)))
        .returning();
      if (!after) throw new AppError('VERSION_CONFLICT');
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: projectEntityType,
        entityId: row.id,
        regionCode: row.regionCode,
        changes: changedFields(row, after),
      });
    });
    return get(actor, id);
  }

  /** A move of this module's own, by a route: checked against the map of moves' owners. */
  async function ownMove(
    actor: Actor,
    id: string,
    to: ProjectState,
    options: MoveOptions,
  ): Promise<ProjectDetail> {
    await withScope(database, actor, async (tx) => {
      const row = await loadPurchased(tx, actor, id);
      const allowed = projectMoveOf(row.state as ProjectState, to);
      if (!allowed || allowed.by !== 'projects') throw refusedMove(row.state, to);
      await move(tx, actor, id, to, options);
    });
    return get(actor, id);
  }

  /** 论证: records the experts' review; passed sends the set-up for approval, failed back to draft. */
  async function recordReview(
    actor: Actor,
    id: string,
    input: ProjectReviewInput,
  ): Promise<ProjectDetail> {
    await withScope(database, actor, async (tx) => {
      const row = await loadPurchased(tx, actor, id);
      if (row.state !== 'review')
        throw refusedMove(row.state, input.result === 'passed' ? 'pending_approval' : 'draft');
      if (input.reviewedOn > chinaToday(clock()))
        refuseProblems([
          {
            field: 'reviewedOn',
            message: {
              'zh-CN': '论证日期不能晚于今天',
              'en-US': 'The review date cannot be in the future',
            },
          },
        ]);
      await tx.insert(projectReviews).values({
        id: newId(),
        projectId: row.id,
        regionCode: row.regionCode,
        reviewedOn: input.reviewedOn,
        reviewers: input.reviewers.map((r) => ({ name: r.name, affiliation: r.affiliation })),
        opinion: input.opinion,
        result: input.result,
        recordedBy: actor.accountId,
        recordedByName: actor.realName,
        recordedAt: clock(),
      });
      await move(
        tx,
        actor,
        id,
        input.result === 'passed' ? 'pending_approval' : 'draft',
        input.result === 'passed'
          ? { version: input.version }
          : { version: input.version, reason: `论证未通过：${input.opinion}`.slice(0, 500) },
      );
    });
    return get(actor, id);
  }

  async function get(actor: Actor, id: string): Promise<ProjectDetail> {
    return withScope(database, actor, async (tx) => {
      const row = await loadRow(tx, actor, id);
      const [moves, reviews] = await Promise.all([
        tx
          .select()
          .from(projectMoves)
          .where(eq(projectMoves.projectId, id))
          .orderBy(asc(projectMoves.at), asc(projectMoves.id)),
        tx
          .select()
          .from(projectReviews)
          .where(eq(projectReviews.projectId, id))
          .orderBy(asc(projectReviews.recordedAt)),
      ]);
      const [summary] = await present(actor, [row]);
      const names = await divisions.namesOf(row.areaRegionCodes);
      const purchaser = isPurchaser(actor);
      const mayManage = purchaser && actor.permissions.has('projects:manage');
      const nextMoves = allowedMoves
        .filter((m) => m.from === row.state && m.by === 'projects')
        .filter((m) =>
          m.to === 'approved'
            ? actor.permissions.has('projects:approve') && row.draftedBy !== actor.accountId
            : mayManage,
        )
        // 论证's result is recorded with the review, not as a bare move.
        .filter((m) => m.from !== 'review')
        .map((m) => m.to);
      return {
        ...summary!,
        needs: row.needs,
        area: { regionCodes: row.areaRegionCodes, stationIds: row.areaStationIds },
        areaRegionNames: row.areaRegionCodes.map((c) => names.get(c) ?? c),
        populationGroups: row.populationGroups as ProjectDetail['populationGroups'],
        draftedByName: row.draftedByName,
        approvedByName: row.approvedByName,
        approvedAt: row.approvedAt?.toISOString() ?? null,
        terminationReason: row.terminationReason,
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
        moves: moves.map((m) => ({
          id: m.id,
          from: (m.fromState as ProjectState | null) ?? null,
          to: m.toState as ProjectState,
          actorName: m.actorName,
          at: m.at.toISOString(),
          reason: m.reason,
        })),
        reviews: reviews.map((r) => ({
          id: r.id,
          reviewedOn: r.reviewedOn,
          reviewers: r.reviewers,
          opinion: r.opinion,
          result: r.result as 'passed' | 'failed',
          recordedByName: r.recordedByName,
          recordedAt: r.recordedAt.toISOString(),
        })),
        allowedMoves: nextMoves,
        editable: mayManage && row.state === 'draft',
        asProvider: !purchaser,
      };
    });
  }

  async function present(actor: Actor, rows: ProjectRow[]): Promise<ProjectSummary[]> {
    const regionNames = await divisions.describeRegions(
      [...new Set(rows.map((r) => r.regionCode))],
      actor.request.language,
    );
    return rows.map((row) => ({
      id: row.id,
      regionCode: row.regionCode,
      regionName: regionNames.get(row.regionCode) ?? row.regionCode,
      year: row.year,
      code: row.code,
      title: row.title,
      type: row.type as ProjectType,
      serviceFields: row.serviceFields as ProjectSummary['serviceFields'],
      budgetFen: row.budgetFen,
      termStart: row.termStart,
      termEnd: row.termEnd,
      state: row.state as ProjectState,
      providerOrganisationId: row.providerOrganisationId,
      providerName: row.providerName,
      version: row.version,
    }));
  }

  /** The list's filters, for its pages and for the register. */
  function filtersOf(actor: Actor, query: ProjectFilters): SQL[] {
    const conditions: SQL[] = [visibility(actor)];
    if (query.region) conditions.push(startsWith(projects.regionCode, query.region));
    if (query.state) conditions.push(eq(projects.state, query.state));
    if (query.year) conditions.push(eq(projects.year, query.year));
    if (query.provider) conditions.push(eq(projects.providerOrganisationId, query.provider));
    if (query.field)
      conditions.push(sql`${projects.serviceFields} @> array[${query.field}]::text[]`);
    if (query.q) {
      const q = query.q.replace(/[\\%_]/g, (c) => `\\${c}`);
      conditions.push(
        or(sql`${projects.title} like ${`%${q}%`}`, sql`${projects.code} like ${`${q}%`}`)!,
      );
    }
    return conditions;
  }

  async function list(actor: Actor, query: ProjectListQuery): Promise<ProjectPage> {
    return withScope(database, actor, async (tx) => {
      const conditions = filtersOf(actor, query);
      if (query.cursor) conditions.push(lt(projects.id, idCursor.decode(query.cursor)));
      const rows = await tx
        .select()
        .from(projects)
        .where(and(...conditions))
        .orderBy(desc(projects.id))
        .limit(query.limit + 1);
      const page = rows.slice(0, query.limit);
      return {
        items: await present(actor, page),
        nextCursor: rows.length > query.limit ? idCursor.encode(page[page.length - 1]!.id) : null,
      };
    });
  }

  /**
   * 项目台账: every project in the filters with its contract and what it has paid, in batches of
   * 500 by id (the first batch inside the request, the others in transactions of their own).
   */
  async function* ledgerRows(actor: Actor, query: ProjectFilters) {
    let after: string | null = null;
    for (let first = true; ; first = false) {
      const batch: ProjectLedgerRow[] = await withScope(database, actor, async (tx) => {
        const conditions = filtersOf(actor, query);
        if (after) conditions.push(lt(projects.id, after));
        const rows = await tx
          .select()
          .from(projects)
          .where(and(...conditions))
          .orderBy(desc(projects.id))
          .limit(500);
        if (first)
          await recordAudit(tx, actor, {
            action: 'export',
            entityType: projectEntityType,
            regionCode: actor.regionCode,
            detail: auditNote('export_filters', { filters: query }),
          });
        const [summaries, held] = await Promise.all([
          present(actor, rows),
          contracts.contractsOfProjects(
            tx,
            actor,
            rows.map((r) => r.id),
          ),
        ]);
        return summaries.map((project) => ({ project, contract: held.get(project.id) ?? null }));
      });
      if (batch.length === 0) return;
      yield batch;
      if (batch.length < 500) return;
      after = batch[batch.length - 1]!.project.id;
    }
  }

  /** Codes and titles of projects the actor sees (for the funds' and other modules' lists). */
  async function titlesOf(tx: Transaction, actor: Actor, ids: readonly string[]) {
    if (ids.length === 0)
      return new Map<string, { code: string; title: string; type: ProjectType }>();
    const rows = await tx
      .select({ id: projects.id, code: projects.code, title: projects.title, type: projects.type })
      .from(projects)
      .where(and(isAnyOf(projects.id, [...ids]), visibility(actor)));
    return new Map(
      rows.map((r) => [r.id, { code: r.code, title: r.title, type: r.type as ProjectType }]),
    );
  }

  /**
   * Projects set up (立项 and after, terminated ones left out) and their budgets, by the division
   * `childLength` characters long that holds them (the region's own projects under its own code).
   */
  async function totalsByRegion(
    tx: Transaction,
    actor: Actor,
    query: { region: string; year?: number | undefined; childLength: number },
  ): Promise<{ regionCode: string; projects: number; budgetFen: number }[]> {
    // Inline, not a parameter: the select and the group by must be the same expression.
    const key = sql<string>`left(${projects.regionCode}, ${sql.raw(String(Math.trunc(query.childLength)))})`;
    const rows = await tx
      .select({
        key,
        n: sql<number>`count(*)::int`,
        budget: sql<string>`sum(${projects.budgetFen})`,
      })
      .from(projects)
      .where(
        and(
          inRegionScope(projects.regionCode, actor),
          startsWith(projects.regionCode, query.region),
          query.year ? eq(projects.year, query.year) : sql`true`,
          sql`${projects.state} in (${sql.join(
            setUpStates.map((s) => sql`${s}`),
            sql`, `,
          )})`,
        ),
      )
      .groupBy(key);
    return rows.map((r) => ({
      regionCode: r.key,
      projects: r.n,
      budgetFen: Number(r.budget ?? 0),
    }));
  }

  return {
    loadInScope,
    inScopeByKeys,
    byKeys,
    draft,
    draftProblems,
    move,
    titlesOf,
    totalsByRegion,
    ledgerRows,
    create,
    update,
    get,
    list,
    recordReview,
    sendToReview: (actor: Actor, id: string, version: number) =>
      ownMove(actor, id, 'review', { version }),
    approve: (actor: Actor, id: string, version: number) =>
      ownMove(actor, id, 'approved', { version }),
    returnSetUp: (actor: Actor, id: string, version: number, reason: string) =>
      ownMove(actor, id, 'draft', { version, reason }),
    terminate: (actor: Actor, id: string, version: number, reason: string) =>
      ownMove(actor, id, 'terminated', { version, reason }),
    close: (actor: Actor, id: string, version: number) => ownMove(actor, id, 'closed', { version }),
  };
}

export type ProjectService = ReturnType<typeof createProjectService>;

/** The list's filters without its page. */
export type ProjectFilters = Omit<ProjectListQuery, 'cursor' | 'limit'>;

/** A line of the 项目台账: the project and its contract, if it has one. */
export interface ProjectLedgerRow {
  project: ProjectSummary;
  contract: ContractSummary | null;
}
