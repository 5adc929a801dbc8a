import { and, asc, count, desc, eq, isNull, or, sql } from 'drizzle-orm';
import {
  type Grant,
  type GrantInput,
  type IncubationBase,
  type IncubationBaseInput,
  type Residency,
  type ResidencyInput,
} from '@shegong/domain';
import type { Database } from '../../db/connection';
import { newId } from '../../db/ids';
import type { Actor } from '../../platform/access/actor';
import { startsWith } from '../../db/text-prefix';
import { inRegionScope, withScope } from '../../platform/access/region-scope';
import { changedFields, recordAudit } from '../../platform/audit/audit';
import type { Clock } from '../../platform/clock';
import { refuseOutsideScope } from '../../platform/access/region-in-scope';
import { AppError, notFound } from '../../platform/errors/app-error';
import type { DivisionService } from '../divisions';
import { loadVisibleOrganisation } from './organisation-access';
import { invalidField } from './organisations.service';
import {
  incubationBases,
  incubationResidencies,
  organisationGrants,
  organisations,
} from './organisations.table';

const baseEntity = { 'zh-CN': '孵化基地', 'en-US': 'Incubation base' } as const;
const residencyEntity = { 'zh-CN': '入驻记录', 'en-US': 'Residency' } as const;

/** Support for organisations: subsidies and awards, incubation bases and their residents. */
export function createOrganisationSupportService(deps: {
  database: Database;
  divisions: Pick<DivisionService, 'describeRegions'>;
  clock: Clock;
}) {
  const { database, divisions, clock } = deps;

  const grantColumns = { grant: organisationGrants, organisationName: organisations.name };
  const presentGrant = ({
    grant,
    organisationName,
  }: {
    grant: typeof organisationGrants.$inferSelect;
    organisationName: string;
  }): Grant => ({
    ...grant,
    kind: grant.kind as Grant['kind'],
    fundingSource: grant.fundingSource as Grant['fundingSource'],
    organisationName,
  });

  /**
   * Grants given inside the actor's scope or to an organisation inside it (a city's subsidy to a
   * county organisation), newest first; optionally to one organisation.
   */
  async function listGrants(actor: Actor, filter: { organisationId?: string; region?: string }) {
    return withScope(database, actor, async (tx) => {
      const rows = await tx
        .select(grantColumns)
        .from(organisationGrants)
        .innerJoin(organisations, eq(organisations.id, organisationGrants.organisationId))
        .where(
          and(
            or(
              inRegionScope(organisationGrants.regionCode, actor),
              inRegionScope(organisations.regionCode, actor),
            ),
            filter.organisationId
              ? eq(organisationGrants.organisationId, filter.organisationId)
              : undefined,
            filter.region ? startsWith(organisationGrants.regionCode, filter.region) : undefined,
          ),
        )
        .orderBy(desc(organisationGrants.grantedOn), desc(organisationGrants.id))
        .limit(500);
      return rows.map(presentGrant);
    });
  }

  async function addGrant(actor: Actor, organisationId: string, input: GrantInput): Promise<Grant> {
    return withScope(database, actor, async (tx) => {
      const organisation = await loadVisibleOrganisation(tx, actor, organisationId);
      const regionCode = input.regionCode ?? organisation.regionCode;
      refuseOutsideScope(actor, regionCode, 'body.regionCode');
      const { regionCode: _given, ...fields } = input;
      const [row] = await tx
        .insert(organisationGrants)
        .values({ id: newId(), organisationId, regionCode, ...fields })
        .returning();
      await recordAudit(tx, actor, {
        action: 'create',
        entityType: 'organisation_grant',
        entityId: row!.id,
        regionCode,
        changes: changedFields(null, row!),
      });
      return presentGrant({ grant: row!, organisationName: organisation.name });
    });
  }

  async function listBases(actor: Actor): Promise<IncubationBase[]> {
    const rows = await withScope(database, actor, (tx) =>
      tx
        .select({
          base: incubationBases,
          residents: sql<number>`(select count(*)::int from ${incubationResidencies} r where r.base_id = "incubation_base"."id" and r.exited_on is null)`,
        })
        .from(incubationBases)
        .where(inRegionScope(incubationBases.regionCode, actor))
        .orderBy(asc(incubationBases.regionCode), asc(incubationBases.name)),
    );
    const names = await divisions.describeRegions(
      rows.map((r) => r.base.regionCode),
      actor.request.language,
    );
    return rows.map(({ base, residents }) => ({
      id: base.id,
      name: base.name,
      regionCode: base.regionCode,
      regionName: names.get(base.regionCode) ?? base.regionCode,
      address: base.address,
      openedOn: base.openedOn,
      capacity: base.capacity,
      residents,
      version: base.version,
    }));
  }

  async function createBase(actor: Actor, input: IncubationBaseInput): Promise<IncubationBase> {
    refuseOutsideScope(actor, input.regionCode, 'body.regionCode');
    const created = await withScope(database, actor, async (tx) => {
      const [row] = await tx
        .insert(incubationBases)
        .values({ id: newId(), ...input })
        .returning();
      await recordAudit(tx, actor, {
        action: 'create',
        entityType: 'incubation_base',
        entityId: row!.id,
        regionCode: row!.regionCode,
        changes: changedFields(null, row!),
      });
      return row!;
    });
    return (await listBases(actor)).find((b) => b.id === created.id)!;
  }

  const residencyColumns = {
    residency: incubationResidencies,
    baseName: incubationBases.name,
    organisationName: organisations.name,
  };
  type ResidencyRow = {
    residency: typeof incubationResidencies.$inferSelect;
    baseName: string;
    organisationName: string;
  };
  const presentResidency = ({
    residency,
    baseName,
    organisationName,
  }: ResidencyRow): Residency => ({
    ...residency,
    supports: residency.supports as Residency['supports'],
    baseName,
    organisationName,
  });

  async function listResidencies(
    actor: Actor,
    filter: { baseId?: string; organisationId?: string; current?: boolean },
  ) {
    return withScope(database, actor, async (tx) => {
      const rows = await tx
        .select(residencyColumns)
        .from(incubationResidencies)
        .innerJoin(incubationBases, eq(incubationBases.id, incubationResidencies.baseId))
        .innerJoin(organisations, eq(organisations.id, incubationResidencies.organisationId))
        .where(
          and(
            inRegionScope(incubationResidencies.regionCode, actor),
            filter.baseId ? eq(incubationResidencies.baseId, filter.baseId) : undefined,
            filter.organisationId
              ? eq(incubationResidencies.organisationId, filter.organisationId)
              : undefined,
            filter.current ? isNull(incubationResidencies.exitedOn) : undefined,
          ),
        )
        .orderBy(desc(incubationResidencies.enteredOn));
      return rows.map(presentResidency);
    });
  }

  async function admit(actor: Actor, baseId: string, input: ResidencyInput): Promise<Residency> {
    return withScope(database, actor, async (tx) => {
      const [base] = await tx
        .select()
        .from(incubationBases)
        .where(
          and(eq(incubationBases.id, baseId), inRegionScope(incubationBases.regionCode, actor)),
        );
      if (!base) throw notFound(baseEntity);
      const organisation = await loadVisibleOrganisation(tx, actor, input.organisationId);
      const [inside] = await tx
        .select({ n: count() })
        .from(incubationResidencies)
        .where(
          and(
            eq(incubationResidencies.organisationId, input.organisationId),
            isNull(incubationResidencies.exitedOn),
          ),
        );
      if ((inside?.n ?? 0) > 0) {
        throw invalidField('body.organisationId', {
          'zh-CN': '该组织正在孵化中',
          'en-US': 'The organisation is already in incubation',
        });
      }
      const [row] = await tx
        .insert(incubationResidencies)
        .values({ id: newId(), baseId, regionCode: base.regionCode, ...input })
        .returning();
      await recordAudit(tx, actor, {
        action: 'create',
        entityType: 'incubation_residency',
        entityId: row!.id,
        regionCode: base.regionCode,
        changes: changedFields(null, row!),
      });
      return presentResidency({
        residency: row!,
        baseName: base.name,
        organisationName: organisation.name,
      });
    });
  }

  async function release(
    actor: Actor,
    residencyId: string,
    input: { version: number; exitedOn: string; note?: string | null },
  ) {
    return withScope(database, actor, async (tx) => {
      const [found] = await tx
        .select(residencyColumns)
        .from(incubationResidencies)
        .innerJoin(incubationBases, eq(incubationBases.id, incubationResidencies.baseId))
        .innerJoin(organisations, eq(organisations.id, incubationResidencies.organisationId))
        .where(
          and(
            eq(incubationResidencies.id, residencyId),
            inRegionScope(incubationResidencies.regionCode, actor),
          ),
        );
      if (!found) throw notFound(residencyEntity);
      if (found.residency.version !== input.version) throw new AppError('VERSION_CONFLICT');
      if (input.exitedOn < found.residency.enteredOn) {
        throw invalidField('body.exitedOn', {
          'zh-CN': '出孵日期早于入驻日期',
          'en-US': 'The exit precedes the entry',
        });
      }
      const [after] = await tx
        .update(incubationResidencies)
        .set({
          exitedOn: input.exitedOn,
          note: input.note ?? found.residency.note,
          version: sql`${incubationResidencies.version} + 1`,
          updatedAt: clock(),
        })
        .where(
          and(
            eq(incubationResidencies.id, residencyId),
            eq(incubationResidencies.version, input.version),
          ),
        )
        .returning();
      if (!after) throw new AppError('VERSION_CONFLICT');
      await recordAudit(tx, actor, {
        action: 'update',
        entityType: 'incubation_residency',
        entityId: residencyId,
        regionCode: after.regionCode,
        changes: changedFields(found.residency, after),
      });
      return presentResidency({ ...found, residency: after });
    });
  }

  return { listGrants, addGrant, listBases, createBase, listResidencies, admit, release };
}

export type OrganisationSupportService = ReturnType<typeof createOrganisationSupportService>;
