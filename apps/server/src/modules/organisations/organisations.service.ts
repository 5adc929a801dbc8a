import { and, asc, count, desc, eq, ilike, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import {
  auditNote,
  chinaToday,
  organisationTypes,
  type LocalizedText,
  type Organisation,
  type OrganisationInput,
  type OrganisationListQuery,
  type RevealedOrganisation,
  type UpdateOrganisation,
} from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import { newId } from '../../db/ids';
import type { Actor } from '../../platform/access/actor';
import { startsWith } from '../../db/text-prefix';
import { escapeLike, withScope } from '../../platform/access/region-scope';
import { changedFields, recordAudit } from '../../platform/audit/audit';
import { writeVersioned } from '../../platform/audit/versioned-write';
import { maskPersonal, withoutEchoedMasks } from '../../platform/audit/sensitive-fields';
import type { Clock } from '../../platform/clock';
import { AppError, conflict } from '../../platform/errors/app-error';
import { refuseProblems, type RuleProblem } from '../../platform/errors/rule-problems';
import { regionProblem } from '../../platform/imports/row-checks';
import type { DivisionService } from '../divisions';
import {
  loadChangeableOrganisation,
  loadVisibleOrganisation,
  mayChange,
  organisationVisibility,
  type OrganisationRow,
} from './organisation-access';
import { organisationRatings, organisations } from './organisations.table';

const entityType = 'organisation';

export function invalidField(path: string, message: LocalizedText): AppError {
  return new AppError('VALIDATION_FAILED', { fields: path }, [{ path, message }]);
}

/** The grade in force on `today`, as a correlated subquery on the organisation row. */
export const currentGradeSql = (today: string) =>
  sql<
    string | null
  >`(select r.grade from ${organisationRatings} r where r.organisation_id = "organisation"."id" and r.rated_on <= ${today} and r.valid_until >= ${today} order by r.rated_on desc limit 1)`;

interface CurrentRating {
  grade: string;
  ratedOn: string;
  validUntil: string;
}

/** The rating in force on `today` as one JSON value, read with each row of a page. */
const currentRatingSql = (today: string) =>
  sql<CurrentRating | null>`(select json_build_object('grade', r.grade, 'ratedOn', r.rated_on, 'validUntil', r.valid_until) from ${organisationRatings} r where r.organisation_id = "organisation"."id" and r.rated_on <= ${today} and r.valid_until >= ${today} order by r.rated_on desc limit 1)`;

/** The credit code must be one civil affairs issued (5…) for the declared kind of organisation. */
function creditCodeProblems(
  input: Pick<OrganisationInput, 'creditCode' | 'type'>,
): RuleProblem<'creditCode'>[] {
  const expected = organisationTypes.find((t) => t.code === input.type)!;
  if (input.creditCode.slice(0, 2) === expected.creditCodeCategory) return [];
  return [
    {
      field: 'creditCode',
      message: {
        'zh-CN': `统一社会信用代码应以 ${expected.creditCodeCategory} 开头（民政登记的${expected['zh-CN']}）`,
        'en-US': `A ${expected['en-US'].toLowerCase()} registered by civil affairs has a credit code starting ${expected.creditCodeCategory}`,
      },
    },
  ];
}

type AuditEvent = Parameters<typeof recordAudit>[2];

/** The registry of social organisations (社会组织名录). */
export function createOrganisationService(deps: {
  database: Database;
  divisions: Pick<DivisionService, 'describeRegions' | 'namesOf'>;
  clock: Clock;
  /** From the talent registry (built after this module, so called late): workers employed today. */
  talent: { headcountsOf(actor: Actor, organisationIds: string[]): Promise<Map<string, number>> };
}) {
  const { database, divisions, clock } = deps;
  const today = () => chinaToday(clock());

  /** The ratings in force today of the given organisations, in one query. */
  async function currentRatings(actor: Actor, ids: string[]): Promise<Map<string, CurrentRating>> {
    const day = today();
    const ratings = await withScope(database, actor, (tx) =>
      tx
        .selectDistinctOn([organisationRatings.organisationId])
        .from(organisationRatings)
        .where(
          and(
            inArray(organisationRatings.organisationId, ids),
            sql`${organisationRatings.ratedOn} <= ${day}`,
            sql`${organisationRatings.validUntil} >= ${day}`,
          ),
        )
        .orderBy(organisationRatings.organisationId, desc(organisationRatings.ratedOn)),
    );
    return new Map(ratings.map((r) => [r.organisationId, r]));
  }

  /**
   * Rows to responses: region names, headcounts and current ratings for the whole page at once
   * (a list reads the ratings with its page and passes them in).
   */
  async function present(
    rows: OrganisationRow[],
    actor: Actor,
    ratingsRead?: Map<string, CurrentRating>,
  ): Promise<Organisation[]> {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [headcounts, regionNames, ratingOf] = await Promise.all([
      deps.talent.headcountsOf(actor, ids),
      divisions.describeRegions(
        rows.map((r) => r.regionCode),
        actor.request.language,
      ),
      ratingsRead ?? currentRatings(actor, ids),
    ]);
    return rows.map((row) => {
      const rating = ratingOf.get(row.id);
      return {
        ...maskPersonal(entityType, row),
        type: row.type as Organisation['type'],
        background: row.background as Organisation['background'],
        serviceFields: row.serviceFields as Organisation['serviceFields'],
        status: row.status as Organisation['status'],
        regionName: regionNames.get(row.regionCode) ?? row.regionCode,
        currentRating: rating
          ? { grade: rating.grade as '1A', ratedOn: rating.ratedOn, validUntil: rating.validUntil }
          : null,
        headcount: headcounts.get(row.id) ?? 0,
        can: {
          edit: mayChange(actor, row.regionCode, 'organisations:write'),
          assess:
            row.status === 'active' && mayChange(actor, row.regionCode, 'organisations:assess'),
          support: row.status === 'active' && actor.permissions.has('organisations:support'),
        },
        createdAt: row.createdAt.toISOString(),
        updatedAt: row.updatedAt.toISOString(),
      };
    });
  }

  function listConditions(actor: Actor, query: OrganisationListQuery): SQL {
    const where: SQL[] = [organisationVisibility(actor)];
    if (query.region) where.push(startsWith(organisations.regionCode, query.region));
    if (query.type) where.push(eq(organisations.type, query.type));
    if (query.background) where.push(eq(organisations.background, query.background));
    if (query.status) where.push(eq(organisations.status, query.status));
    if (query.serviceField)
      where.push(sql`${query.serviceField} = any(${organisations.serviceFields})`);
    if (query.grade === 'none') where.push(sql`${currentGradeSql(today())} is null`);
    else if (query.grade) where.push(sql`${currentGradeSql(today())} = ${query.grade}`);
    if (query.minGrade) where.push(sql`${currentGradeSql(today())} >= ${query.minGrade}`);
    if (query.q) where.push(organisationMatches(query.q));
    return and(...where)!;
  }

  async function list(actor: Actor, query: OrganisationListQuery) {
    const { rows, total } = await withScope(database, actor, async (tx) => {
      const where = listConditions(actor, query);
      const [counted] = await tx.select({ n: count() }).from(organisations).where(where);
      const page = await tx
        .select({ row: organisations, rating: currentRatingSql(today()) })
        .from(organisations)
        .where(where)
        .orderBy(asc(organisations.regionCode), asc(organisations.name), asc(organisations.id))
        .limit(query.pageSize)
        .offset((query.page - 1) * query.pageSize);
      return { rows: page, total: counted?.n ?? 0 };
    });
    const ratings = new Map(
      rows.flatMap(({ row, rating }) => (rating ? [[row.id, rating] as const] : [])),
    );
    return {
      items: await present(
        rows.map((r) => r.row),
        actor,
        ratings,
      ),
      total,
    };
  }

  /** Every organisation matching the filters, in batches, for export; the export is audited. */
  async function* exportAll(actor: Actor, query: Omit<OrganisationListQuery, 'page' | 'pageSize'>) {
    await withScope(database, actor, (tx) =>
      recordAudit(tx, actor, {
        action: 'export',
        entityType,
        regionCode: actor.regionCode,
        detail: auditNote('export_filters', { filters: query }),
      }),
    );
    for (let page = 1; ; page++) {
      const { items } = await list(actor, { ...query, page, pageSize: 500 });
      if (items.length > 0) yield items;
      if (items.length < 500) return;
    }
  }

  async function get(actor: Actor, id: string): Promise<Organisation> {
    const row = await withScope(database, actor, (tx) => loadVisibleOrganisation(tx, actor, id));
    return (await present([row], actor))[0]!;
  }

  /** The rule of an organisation's region, as the import checks it: a division inside the scope. */
  async function assertRegion(actor: Actor, regionCode: string) {
    const problem = regionProblem(actor, regionCode, await divisions.namesOf([regionCode]));
    if (problem) throw invalidField('body.regionCode', problem);
  }

  /**
   * The rules of an organisation's record that need no lookup, for the form, its update (on the
   * record as it would stand) and the import: the credit code of its kind, registered by today.
   */
  function problemsOf(
    input: Pick<OrganisationInput, 'creditCode' | 'type' | 'registeredOn'>,
  ): RuleProblem<'creditCode' | 'registeredOn'>[] {
    const problems: RuleProblem<'creditCode' | 'registeredOn'>[] = creditCodeProblems(input);
    if (input.registeredOn > today())
      problems.push({
        field: 'registeredOn',
        message: {
          'zh-CN': '登记日期不能晚于今天',
          'en-US': 'The registration date is in the future',
        },
      });
    return problems;
  }

  async function assertCreditCodeFree(tx: Transaction, creditCode: string, exceptId?: string) {
    const [taken] = await tx
      .select({ id: organisations.id, name: organisations.name })
      .from(organisations)
      .where(eq(organisations.creditCode, creditCode));
    if (taken && taken.id !== exceptId) {
      const message = {
        'zh-CN': `统一社会信用代码已登记（${taken.name}）`,
        'en-US': `Credit code already registered (${taken.name})`,
      };
      throw conflict(message, [{ path: 'body.creditCode', message }]);
    }
  }

  /** Validates and inserts one organisation; shared by the form and the import. */
  async function insert(
    tx: Transaction,
    actor: Actor,
    input: OrganisationInput,
  ): Promise<OrganisationRow> {
    const [row] = await tx
      .insert(organisations)
      .values({ id: newId(), ...input })
      .returning();
    await recordAudit(tx, actor, {
      action: 'create',
      entityType,
      entityId: row!.id,
      regionCode: row!.regionCode,
      changes: changedFields(null, row!),
    });
    return row!;
  }

  async function create(actor: Actor, input: OrganisationInput): Promise<Organisation> {
    refuseProblems(problemsOf(input));
    await assertRegion(actor, input.regionCode);
    const row = await withScope(database, actor, async (tx) => {
      await assertCreditCodeFree(tx, input.creditCode);
      return insert(tx, actor, input);
    });
    return (await present([row], actor))[0]!;
  }

  async function update(
    actor: Actor,
    id: string,
    input: UpdateOrganisation,
  ): Promise<Organisation> {
    if (input.regionCode) await assertRegion(actor, input.regionCode);
    const row = await withScope(database, actor, async (tx) => {
      const before = await loadChangeableOrganisation(tx, actor, id, 'organisations:write');
      if (before.version !== input.version) throw new AppError('VERSION_CONFLICT');
      const { version: _version, ...sent } = input;
      // Masked fields come back as they were shown when the form left them alone.
      const fields = withoutEchoedMasks(before, sent);
      refuseProblems(problemsOf({ ...before, ...fields } as OrganisationInput));
      if (fields.creditCode) await assertCreditCodeFree(tx, fields.creditCode, id);
      return saveChanges(tx, actor, before, fields);
    });
    return (await present([row], actor))[0]!;
  }

  /**
   * Writes changed fields over the row as read: the version bumped (409 if it moved on
   * meanwhile), the change audited. The form's update and the import's both write through here.
   */
  function saveChanges(
    tx: Transaction,
    actor: Actor,
    before: OrganisationRow,
    fields: Partial<OrganisationInput>,
    detail?: AuditEvent['detail'],
  ): Promise<OrganisationRow> {
    return writeVersioned(tx, actor, { table: organisations, entityType }, before, fields, {
      now: clock(),
      detail,
    });
  }

  /** 注销: the organisation leaves the active registry; its history stays. */
  async function deactivate(
    actor: Actor,
    id: string,
    input: { version: number; deactivatedOn: string; reason: string },
  ) {
    const row = await withScope(database, actor, async (tx) => {
      const before = await loadChangeableOrganisation(tx, actor, id, 'organisations:write');
      if (before.version !== input.version) throw new AppError('VERSION_CONFLICT');
      if (input.deactivatedOn < before.registeredOn) {
        throw invalidField('body.deactivatedOn', {
          'zh-CN': '注销日期早于登记日期',
          'en-US': 'Deactivation precedes registration',
        });
      }
      const [after] = await tx
        .update(organisations)
        .set({
          status: 'deactivated',
          deactivatedOn: input.deactivatedOn,
          deactivationReason: input.reason,
          version: sql`${organisations.version} + 1`,
          updatedAt: clock(),
        })
        .where(and(eq(organisations.id, id), eq(organisations.version, input.version)))
        .returning();
      if (!after) throw new AppError('VERSION_CONFLICT');
      await recordAudit(tx, actor, {
        action: 'update',
        entityType,
        entityId: id,
        regionCode: after.regionCode,
        changes: changedFields(before, after),
        detail: auditNote('organisation_deactivated'),
      });
      return after;
    });
    return (await present([row], actor))[0]!;
  }

  /** Names of the organisations the actor sees among `ids` (for stations naming their operator). */
  async function namesOf(actor: Actor, ids: readonly string[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids)];
    if (wanted.length === 0) return new Map();
    const rows = await withScope(database, actor, (tx) =>
      tx
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(and(inArray(organisations.id, wanted), organisationVisibility(actor))),
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** The registry's people and numbers in full, for those who may change the record; audited. */
  async function reveal(actor: Actor, id: string): Promise<RevealedOrganisation> {
    return withScope(database, actor, async (tx) => {
      const row = await loadChangeableOrganisation(tx, actor, id, 'organisations:write');
      await recordAudit(tx, actor, {
        action: 'reveal',
        entityType,
        entityId: id,
        regionCode: row.regionCode,
        detail: 'legalRepresentative, contactPerson, contactPhone',
      });
      const { legalRepresentative, contactPerson, contactPhone } = row;
      return { legalRepresentative, contactPerson, contactPhone };
    });
  }

  return {
    list,
    exportAll,
    get,
    reveal,
    namesOf,
    create,
    update,
    deactivate,
    present,
    insert,
    saveChanges,
    problemsOf,
    assertCreditCodeFree,
  };
}

export type OrganisationService = ReturnType<typeof createOrganisationService>;

/** The search box of organisation lists and pickers: part of the name, or the credit code's start. */
export function organisationMatches(q: string): SQL {
  return or(
    ilike(organisations.name, `%${escapeLike(q)}%`),
    like(organisations.creditCode, `${escapeLike(q.toUpperCase())}%`),
  )!;
}
