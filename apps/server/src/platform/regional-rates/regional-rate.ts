import { sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  regionAncestors,
  regionalRateInputSchema,
  regionalRateQuerySchema,
  regionalRateSchema,
  type AuditDetail,
  type RegionalRate,
  type RegionalRateInput,
} from '@shegong/domain';
import { isAnyOf } from '../../db/any-of';
import { queryRows, type Database, type Executor } from '../../db/connection';
import type { Actor } from '../access/actor';
import { regionWithinScope } from '../access/region-in-scope';
import { withScope } from '../access/region-scope';
import type { OperationId } from '../access/route-access';
import { changedFields, recordAudit } from '../audit/audit';
import { actorOf } from '../auth/authentication';
import { AppError } from '../errors/app-error';
import { moduleRouteSchema } from '../http/route-schema';

/**
 * A table holding one rate per region (`region_code` primary key, the rate in basis points, a
 * version), read from below (`shegong_protect_region_table_readable_from_below`) so that a
 * county reads the rule its province set.
 */
export interface RegionalRateTable {
  table: PgTable;
  regionCode: AnyPgColumn;
  rate: AnyPgColumn;
  version: AnyPgColumn;
  updatedAt: AnyPgColumn;
}

export interface RegionalRateSpec extends RegionalRateTable {
  database: Database;
  clock: () => Date;
  /** The audit's entity type, e.g. `fund_share_rule`. */
  entityType: string;
  /** What applies where no region has a rule; null: nothing applies. */
  defaultBp: number | null;
  /** The audit event's detail for a rate set. */
  note: (rateBp: number) => AuditDetail;
}

/**
 * 地区比例规则: one way to read and set a rate per region — the nearest enclosing region's rule
 * applies (else the default); officers set their own region's (in their scope, with the version
 * they read, audited with before and after). The funds' 社会救助资金 cap and the contracts'
 * personnel share are two of them.
 */
export function regionalRate(spec: RegionalRateSpec) {
  const { database, clock, table, entityType, defaultBp } = spec;
  const column = (c: AnyPgColumn) => sql.identifier(c.name);

  /** The rule that applies to `regionCode`: its own, else the nearest enclosing region's. */
  async function ruleOf(db: Executor, regionCode: string): Promise<RegionalRate> {
    const chain = ['', ...regionAncestors(regionCode), regionCode];
    const rows = (await db
      .select({ regionCode: spec.regionCode, rateBp: spec.rate, version: spec.version })
      .from(table)
      .where(isAnyOf(spec.regionCode, chain))) as {
      regionCode: string;
      rateBp: number;
      version: number;
    }[];
    const byRegion = new Map(rows.map((r) => [r.regionCode, r]));
    const applies = [...chain].reverse().find((code) => byRegion.has(code));
    return {
      regionCode,
      ruleRegionCode: applies ?? null,
      rateBp: applies === undefined ? defaultBp : byRegion.get(applies)!.rateBp,
      defaultBp,
      version: byRegion.get(regionCode)?.version ?? 0,
    };
  }

  /** The rate in force for `regionCode` (the rule's, else the default), in `db`. */
  async function rateOf(db: Executor, regionCode: string): Promise<number | null> {
    return (await ruleOf(db, regionCode)).rateBp;
  }

  /** The rule of a region in the actor's scope (`?region=`, the scope by default). */
  async function get(actor: Actor, region: string | undefined) {
    const regionCode = regionWithinScope(actor, region);
    return withScope(database, actor, (tx) => ruleOf(tx, regionCode));
  }

  /** Sets the region's own rate: the version read (0 for a first rule), audited. */
  async function set(actor: Actor, region: string | undefined, input: RegionalRateInput) {
    const regionCode = regionWithinScope(actor, region);
    return withScope(database, actor, async (tx) => {
      const before = await ruleOf(tx, regionCode);
      if (before.version !== input.version) throw new AppError('VERSION_CONFLICT');
      const written = await queryRows(
        tx,
        input.version === 0
          ? sql`insert into ${table} (${column(spec.regionCode)}, ${column(spec.rate)})
                values (${regionCode}, ${input.rateBp}) on conflict do nothing returning 1`
          : sql`update ${table} set ${column(spec.rate)} = ${input.rateBp},
                  ${column(spec.version)} = ${column(spec.version)} + 1,
                  ${column(spec.updatedAt)} = ${clock().toISOString()}
                where ${column(spec.regionCode)} = ${regionCode}
                  and ${column(spec.version)} = ${input.version} returning 1`,
      );
      if (written.length === 0) throw new AppError('VERSION_CONFLICT');
      const after = await ruleOf(tx, regionCode);
      await recordAudit(tx, actor, {
        action: 'update',
        entityType,
        entityId: regionCode,
        regionCode,
        changes: changedFields(before, after),
        detail: spec.note(input.rateBp),
      });
      return after;
    });
  }

  return { ruleOf, rateOf, get, set };
}

export type RegionalRateService = ReturnType<typeof regionalRate>;

/** The two routes of a regional rate: `GET` and `PUT <path>?region=`, under the module's names. */
export function regionalRateRoutes(
  rate: Pick<RegionalRateService, 'get' | 'set'>,
  options: {
    path: string;
    tags: string[];
    get: { operationId: OperationId; summary: string };
    set: { operationId: OperationId; summary: string };
  },
): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      options.path,
      {
        schema: moduleRouteSchema({
          ...options.get,
          tags: options.tags,
          querystring: regionalRateQuerySchema,
          response: { 200: regionalRateSchema },
        }),
      },
      async (request) => rate.get(actorOf(request), request.query.region),
    );
    app.put(
      options.path,
      {
        schema: moduleRouteSchema({
          ...options.set,
          tags: options.tags,
          querystring: regionalRateQuerySchema,
          body: regionalRateInputSchema,
          response: { 200: regionalRateSchema },
        }),
      },
      async (request) => rate.set(actorOf(request), request.query.region, request.body),
    );
  };
}
