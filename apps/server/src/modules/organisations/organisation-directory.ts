import { and, asc, eq } from 'drizzle-orm';
import type { AccountOrganisationOption } from '@shegong/domain';
import type { Database } from '../../db/connection';
import { isAnyOf } from '../../db/any-of';
import { startsWith } from '../../db/text-prefix';
import type { Actor } from '../../platform/access/actor';
import { inRegionScope, visibleFromScope, withScope } from '../../platform/access/region-scope';
import { organisationMatches } from './organisations.service';
import { organisations } from './organisations.table';

/**
 * What binding a 机构管理员 account to its organisation needs of the registry: the organisations
 * inside the reader's scope, whatever registry permissions the reader holds — the security
 * administrator who binds an account may not read the registry itself.
 */
export function createOrganisationDirectory({ database }: { database: Database }) {
  return {
    /** Names of the given organisations that lie inside the reader's scope. */
    async namesInScope(actor: Actor, ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await withScope(database, actor, (tx) =>
        tx
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(isAnyOf(organisations.id, [...ids])),
      );
      return new Map(rows.map((o) => [o.id, o.name]));
    },

    /**
     * Names of active organisations working in the reader's scope (registered in it or above it):
     * the public registry, for naming the organisation a client shares with or is referred to.
     */
    async activeNamesVisible(actor: Actor, ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await withScope(database, actor, (tx) =>
        tx
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(
            and(
              isAnyOf(organisations.id, [...ids]),
              visibleFromScope(organisations.regionCode, actor),
              eq(organisations.status, 'active'),
            ),
          ),
      );
      return new Map(rows.map((o) => [o.id, o.name]));
    },

    /**
     * Active organisations working in the reader's scope (registered in it or above it), by name
     * or credit code: the public registry, for choosing whom a client shares with or is referred to.
     */
    async visibleOptions(actor: Actor, q?: string): Promise<AccountOrganisationOption[]> {
      return withScope(database, actor, (tx) =>
        tx
          .select({
            id: organisations.id,
            name: organisations.name,
            creditCode: organisations.creditCode,
            regionCode: organisations.regionCode,
          })
          .from(organisations)
          .where(
            and(
              visibleFromScope(organisations.regionCode, actor),
              eq(organisations.status, 'active'),
              q ? organisationMatches(q) : undefined,
            ),
          )
          .orderBy(asc(organisations.name))
          .limit(20),
      );
    },

    /** The region of an organisation inside the reader's scope, or null. */
    async regionInScope(actor: Actor, id: string): Promise<string | null> {
      const [found] = await withScope(database, actor, (tx) =>
        tx
          .select({ regionCode: organisations.regionCode })
          .from(organisations)
          .where(and(eq(organisations.id, id), inRegionScope(organisations.regionCode, actor))),
      );
      return found?.regionCode ?? null;
    },

    /** Active organisations in the reader's scope (and inside `region`), by name or credit code. */
    async activeOptions(
      actor: Actor,
      { q, region }: { q?: string; region?: string },
    ): Promise<AccountOrganisationOption[]> {
      return withScope(database, actor, (tx) =>
        tx
          .select({
            id: organisations.id,
            name: organisations.name,
            creditCode: organisations.creditCode,
            regionCode: organisations.regionCode,
          })
          .from(organisations)
          .where(
            and(
              inRegionScope(organisations.regionCode, actor),
              region ? startsWith(organisations.regionCode, region) : undefined,
              eq(organisations.status, 'active'),
              q ? organisationMatches(q) : undefined,
            ),
          )
          .orderBy(asc(organisations.name))
          .limit(20),
      );
    },
  };
}

export type OrganisationDirectory = ReturnType<typeof createOrganisationDirectory>;
