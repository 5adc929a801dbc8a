import { and, asc, count, eq, ilike, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import {
  auditNote,
  chinaToday,
  effectiveNorm,
  normalizeRegionCode,
  regionContains,
  regionLevelOf,
  requiredStaff,
  settlementOf,
  stationTiers,
  type LocalizedText,
  type Station,
  type StationInput,
  type StationListQuery,
  type StationTier,
  type UpdateStation,
} from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import { newId } from '../../db/ids';
import type { Actor } from '../../platform/access/actor';
import { startsWith } from '../../db/text-prefix';
import {
  escapeLike,
  inRegionScope,
  withScope,
  withSystemScope,
} from '../../platform/access/region-scope';
import { isAnyOf } from '../../db/any-of';
import { changedFields, recordAudit, recordAuditMany } from '../../platform/audit/audit';
import { writeVersioned } from '../../platform/audit/versioned-write';
import type { Clock } from '../../platform/clock';
import { AppError, conflict, notFound } from '../../platform/errors/app-error';
import { regionProblem } from '../../platform/imports/row-checks';
import type { DivisionService } from '../divisions';
import type { OrganisationService } from '../organisations';
import { normSettingsAround } from './staffing-norms.service';
import { stations, stationStaff } from './stations.table';

type AuditEvent = Parameters<typeof recordAudit>[2];

export const stationEntity = { 'zh-CN': '服务站点', 'en-US': 'Station' } as const;
const entityType = 'station';

export type StationRow = typeof stations.$inferSelect;

/** The tier a station's parent must have: county → township → village station or studio. */
export const parentTierOf = Object.fromEntries(
  stationTiers.map((t) => [t.code, t.parentTier]),
) as Record<StationTier, StationTier | null>;

function invalid(path: string, message: LocalizedText): AppError {
  return new AppError('VALIDATION_FAILED', { fields: path }, [{ path, message }]);
}

/** Staff assigned on `day`: started, and not yet ended. */
export const activeStaff = (day: string) =>
  and(
    sql`${stationStaff.startedOn} <= ${day}`,
    or(isNull(stationStaff.endedOn), sql`${stationStaff.endedOn} >= ${day}`),
  )!;

/**
 * The station that holds a tier in a division: the one not closed (a planned or suspended one
 * holds it too). Closed stations stay as history and free the place for a new one.
 */
export const holdingPlace = (tier: StationTier, regionCode: string) =>
  and(eq(stations.tier, tier), eq(stations.regionCode, regionCode), ne(stations.status, 'closed'))!;

/**
 * Where a station may sit, for the form and the import: a division of its tier's level, inside
 * the actor's scope, that exists (`known`: the divisions looked up, one or a batch).
 */
export function placementProblem(
  actor: Actor,
  tier: StationTier,
  regionCode: string,
  known: ReadonlyMap<string, unknown>,
): LocalizedText | null {
  const level = stationTiers.find((t) => t.code === tier)!.regionLevel;
  if (regionLevelOf(regionCode) !== level) {
    const names = {
      county: ['县（区）', 'county'],
      township: ['乡镇（街道）', 'township'],
      village: ['村（社区）', 'village'],
    } as const;
    const [zh, en] = names[level as keyof typeof names];
    return { 'zh-CN': `该类站点须设在${zh}级区划`, 'en-US': `This tier sits on a ${en} division` };
  }
  return regionProblem(actor, regionCode, known);
}

function placeTaken(name: string, path: string): AppError {
  const message = {
    'zh-CN': `该区划已有同类站点（${name}），关闭后方可新建或恢复`,
    'en-US': `This division already has such a station (${name}); close it first`,
  };
  return conflict(message, [{ path, message }]);
}

const staffCountSql = (day: string) =>
  sql<number>`(select count(*)::int from ${stationStaff} where ${stationStaff.stationId} = "station"."id" and ${activeStaff(day)})`;

/** The four-tier station network (阵地) and the staff of each station. */
export function createStationService(deps: {
  database: Database;
  divisions: Pick<DivisionService, 'describeRegions' | 'namesOf' | 'villagesOf'>;
  organisations: Pick<OrganisationService, 'namesOf'>;
  clock: Clock;
}) {
  const { database, divisions, organisations, clock } = deps;
  const today = () => chinaToday(clock());

  async function present(
    actor: Actor,
    rows: (StationRow & { staffCount: number })[],
  ): Promise<Station[]> {
    if (rows.length === 0) return [];
    const parentIds = rows.map((r) => r.parentStationId).filter((id): id is string => id !== null);
    const [regionNames, villages, operators, parents, settings] = await Promise.all([
      divisions.describeRegions(
        rows.map((r) => r.regionCode),
        actor.request.language,
      ),
      divisions.villagesOf(rows.map((r) => r.regionCode)),
      organisations.namesOf(
        actor,
        rows.map((r) => r.operatorOrganisationId).filter((id): id is string => id !== null),
      ),
      parentIds.length
        ? withScope(database, actor, (tx) =>
            tx
              .select({ id: stations.id, name: stations.name })
              .from(stations)
              .where(inArray(stations.id, parentIds)),
          )
        : Promise.resolve([]),
      withScope(database, actor, (tx) => normSettingsAround(tx, actor.regionCode)),
    ]);
    const parentName = new Map(parents.map((p) => [p.id, p.name]));
    return rows.map((row) => {
      const village = villages.get(row.regionCode);
      const settlement = settlementOf(village?.name ?? '', village?.urbanRuralClass ?? null);
      return {
        id: row.id,
        name: row.name,
        tier: row.tier as StationTier,
        regionCode: row.regionCode,
        regionName: regionNames.get(row.regionCode) ?? row.regionCode,
        parentStationId: row.parentStationId,
        parentStationName: row.parentStationId
          ? (parentName.get(row.parentStationId) ?? null)
          : null,
        operatorOrganisationId: row.operatorOrganisationId,
        operatorOrganisationName: row.operatorOrganisationId
          ? (operators.get(row.operatorOrganisationId) ?? null)
          : null,
        address: row.address,
        openedOn: row.openedOn,
        status: row.status as Station['status'],
        serviceFields: row.serviceFields as Station['serviceFields'],
        servicePopulation: row.servicePopulation,
        staffCount: row.staffCount,
        can: {
          edit:
            actor.permissions.has('stations:write') &&
            regionContains(actor.regionCode, row.regionCode),
        },
        requiredStaff: requiredStaff(
          row.tier as StationTier,
          effectiveNorm(row.regionCode, settings),
          settlement,
        ),
        version: row.version,
      };
    });
  }

  function conditions(actor: Actor, query: Omit<StationListQuery, 'page' | 'pageSize'>): SQL {
    const where: SQL[] = [inRegionScope(stations.regionCode, actor)];
    if (query.region) where.push(startsWith(stations.regionCode, query.region));
    if (query.tier) where.push(eq(stations.tier, query.tier));
    if (query.status) where.push(eq(stations.status, query.status));
    if (query.q) where.push(ilike(stations.name, `%${escapeLike(query.q)}%`));
    return and(...where)!;
  }

  const selection = (day: string) => ({ station: stations, staffCount: staffCountSql(day) });
  const flatten = (rows: { station: StationRow; staffCount: number }[]) =>
    rows.map((r) => ({ ...r.station, staffCount: r.staffCount }));

  async function list(actor: Actor, query: StationListQuery) {
    const day = today();
    const all = await withScope(database, actor, async (tx) => {
      const where = conditions(actor, query);
      const order = [asc(stations.regionCode), asc(stations.tier), asc(stations.id)];
      if (query.belowNorm === undefined) {
        const [counted] = await tx.select({ n: count() }).from(stations).where(where);
        const page = await tx
          .select(selection(day))
          .from(stations)
          .where(where)
          .orderBy(...order)
          .limit(query.pageSize)
          .offset((query.page - 1) * query.pageSize);
        return { rows: flatten(page), total: counted?.n ?? 0, paged: true };
      }
      // Below-norm depends on each station's norm and village: filter the candidates, then page.
      return {
        rows: flatten(
          await tx
            .select(selection(day))
            .from(stations)
            .where(where)
            .orderBy(...order),
        ),
        total: 0,
        paged: false,
      };
    });
    if (all.paged) return { items: await present(actor, all.rows), total: all.total };
    const presented = await present(actor, all.rows);
    const matching = presented.filter((s) => s.staffCount < s.requiredStaff === query.belowNorm);
    const start = (query.page - 1) * query.pageSize;
    return { items: matching.slice(start, start + query.pageSize), total: matching.length };
  }

  async function loadRow(tx: Transaction, actor: Actor, id: string) {
    const [found] = await tx
      .select(selection(today()))
      .from(stations)
      .where(and(eq(stations.id, id), inRegionScope(stations.regionCode, actor)));
    if (!found) throw notFound(stationEntity);
    return { ...found.station, staffCount: found.staffCount };
  }

  async function get(actor: Actor, id: string) {
    const { row, children } = await withScope(database, actor, async (tx) => ({
      row: await loadRow(tx, actor, id),
      children: await tx
        .select({
          id: stations.id,
          name: stations.name,
          tier: stations.tier,
          regionCode: stations.regionCode,
          status: stations.status,
        })
        .from(stations)
        .where(and(eq(stations.parentStationId, id), inRegionScope(stations.regionCode, actor)))
        .orderBy(asc(stations.regionCode)),
    }));
    const [station] = await present(actor, [row]);
    return {
      ...station!,
      children: children.map((c) => ({
        ...c,
        tier: c.tier as StationTier,
        status: c.status as Station['status'],
      })),
    };
  }

  /** The tier/division and parent rules, and the default parent found from the division tree. */
  async function resolveParent(
    tx: Transaction,
    actor: Actor,
    tier: StationTier,
    regionCode: string,
    parentStationId: string | null | undefined,
  ) {
    const parentTier = parentTierOf[tier];
    if (parentStationId) {
      const [parent] = await tx
        .select()
        .from(stations)
        .where(and(eq(stations.id, parentStationId), inRegionScope(stations.regionCode, actor)));
      if (!parent)
        throw invalid('body.parentStationId', {
          'zh-CN': '上级站点不存在',
          'en-US': 'No such parent station',
        });
      if (parent.status === 'closed')
        throw invalid('body.parentStationId', {
          'zh-CN': '上级站点已关闭',
          'en-US': 'The parent station is closed',
        });
      if (parent.tier !== parentTier || !regionContains(parent.regionCode, regionCode)) {
        const expected = stationTiers.find((t) => t.code === parentTier);
        throw invalid('body.parentStationId', {
          'zh-CN': `上级站点应为本区划所属的${expected?.['zh-CN'] ?? '（无）'}`,
          'en-US': `The parent must be the ${expected?.['en-US'] ?? '(none)'} enclosing this division`,
        });
      }
      return parent.id;
    }
    if (!parentTier) return null;
    const parentLevel = stationTiers.find((t) => t.code === parentTier)!.regionLevel;
    const enclosing = normalizeRegionCode(regionCode.slice(0, parentLevel === 'county' ? 6 : 9));
    if (!enclosing) return null;
    const [parent] = await tx
      .select({ id: stations.id })
      .from(stations)
      .where(holdingPlace(parentTier, enclosing));
    return parent?.id ?? null;
  }

  async function assertPlacement(actor: Actor, tier: StationTier, regionCode: string) {
    const problem = placementProblem(
      actor,
      tier,
      regionCode,
      await divisions.namesOf([regionCode]),
    );
    if (problem) throw invalid('body.regionCode', problem);
  }

  async function assertOperator(actor: Actor, operatorOrganisationId: string | null | undefined) {
    if (
      operatorOrganisationId &&
      !(await organisations.namesOf(actor, [operatorOrganisationId])).has(operatorOrganisationId)
    ) {
      throw invalid('body.operatorOrganisationId', {
        'zh-CN': '运营机构不存在',
        'en-US': 'No such organisation',
      });
    }
  }

  /** Inserts one station after the checks of `create`; shared with the import. */
  async function insert(tx: Transaction, actor: Actor, input: StationInput): Promise<StationRow> {
    if (input.status !== 'closed') {
      const [taken] = await tx
        .select({ name: stations.name })
        .from(stations)
        .where(holdingPlace(input.tier, input.regionCode));
      if (taken) throw placeTaken(taken.name, 'body.regionCode');
    }
    const parentStationId = await resolveParent(
      tx,
      actor,
      input.tier,
      input.regionCode,
      input.parentStationId,
    );
    const [row] = await tx
      .insert(stations)
      .values({ id: newId(), ...input, parentStationId })
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

  async function create(actor: Actor, input: StationInput): Promise<Station> {
    await assertPlacement(actor, input.tier, input.regionCode);
    await assertOperator(actor, input.operatorOrganisationId);
    const row = await withScope(database, actor, (tx) => insert(tx, actor, input));
    return (await present(actor, [{ ...row, staffCount: 0 }]))[0]!;
  }

  async function update(actor: Actor, id: string, input: UpdateStation): Promise<Station> {
    await assertOperator(actor, input.operatorOrganisationId);
    const row = await withScope(database, actor, async (tx) => {
      const before = await loadRow(tx, actor, id);
      if (before.version !== input.version) throw new AppError('VERSION_CONFLICT');
      const { version: _version, ...fields } = input;
      if (before.status === 'closed' && fields.status && fields.status !== 'closed') {
        const [taken] = await tx
          .select({ name: stations.name })
          .from(stations)
          .where(holdingPlace(before.tier as StationTier, before.regionCode));
        if (taken) throw placeTaken(taken.name, 'body.status');
      }
      if (fields.parentStationId !== undefined) {
        fields.parentStationId = await resolveParent(
          tx,
          actor,
          before.tier as StationTier,
          before.regionCode,
          fields.parentStationId,
        );
      }
      const { staffCount, ...beforeRow } = before;
      return { ...(await saveChanges(tx, actor, beforeRow, fields)), staffCount };
    });
    return (await present(actor, [row]))[0]!;
  }

  /**
   * Writes changed fields over the row as read: the version bumped (409 if it moved on
   * meanwhile), the assignments still open ended when the station closes, the change audited.
   * The form's update and the import's both write through here.
   */
  function saveChanges(
    tx: Transaction,
    actor: Actor,
    before: StationRow,
    fields: Partial<StationInput>,
    detail?: AuditEvent['detail'],
  ): Promise<StationRow> {
    return writeVersioned(tx, actor, { table: stations, entityType }, before, fields, {
      now: clock(),
      detail,
      // A closed station's assignments end with it.
      afterWrite: async (after) => {
        if (after.status === 'closed' && before.status !== 'closed')
          await endAssignments(tx, actor, before.id);
      },
    });
  }

  /** A station that closes ends the assignments still open there, today; each end is audited. */
  async function endAssignments(tx: Transaction, actor: Actor, stationId: string) {
    const day = today();
    const open = and(
      eq(stationStaff.stationId, stationId),
      or(isNull(stationStaff.endedOn), sql`${stationStaff.endedOn} > ${day}`),
    );
    const before = await tx.select().from(stationStaff).where(open);
    if (before.length === 0) return;
    await tx
      .update(stationStaff)
      .set({ endedOn: day, version: sql`${stationStaff.version} + 1`, updatedAt: clock() })
      .where(open);
    await recordAuditMany(
      tx,
      actor,
      before.map((a) => ({
        action: 'update' as const,
        entityType: 'station_staff',
        entityId: a.id,
        regionCode: a.regionCode,
        changes: { endedOn: [a.endedOn, day] as [unknown, unknown] },
        detail: auditNote('station_closed'),
      })),
    );
  }

  /**
   * Operating stations the given organisations run inside `regionCode`: whether an organisation
   * serves a region, for a tender's eligibility. Station names and places are public (the map of
   * stations), and a bidder may come from another county, so this reads nationwide.
   */
  async function operatingStationsOf(
    organisationIds: readonly string[],
    regionCode: string,
  ): Promise<Map<string, { id: string; name: string; regionCode: string }[]>> {
    const wanted = [...new Set(organisationIds)];
    if (wanted.length === 0) return new Map();
    const rows = await withSystemScope(database, (tx) =>
      tx
        .select({
          id: stations.id,
          name: stations.name,
          regionCode: stations.regionCode,
          operator: stations.operatorOrganisationId,
        })
        .from(stations)
        .where(
          and(
            isAnyOf(stations.operatorOrganisationId, wanted),
            startsWith(stations.regionCode, regionCode),
            eq(stations.status, 'operating'),
          ),
        )
        .orderBy(asc(stations.regionCode), asc(stations.name)),
    );
    const byOperator = new Map<string, { id: string; name: string; regionCode: string }[]>();
    for (const { operator, ...station } of rows)
      byOperator.set(operator!, [...(byOperator.get(operator!) ?? []), station]);
    return byOperator;
  }

  return {
    list,
    get,
    operatingStationsOf,
    create,
    update,
    saveChanges,
    insert,
    loadRow,
    present,
    assertPlacement,
    assertOperator,
  };
}

export type StationService = ReturnType<typeof createStationService>;
