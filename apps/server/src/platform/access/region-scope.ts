import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { regionAncestors } from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import { startsWith } from '../../db/text-prefix';
import { openUnitOf, workInUnit } from '../../db/unit-of-work';
import type { Actor } from './actor';

/** The database role every scoped transaction runs as; row-level security applies to it. */
export const appRole = 'shegong_app';

/**
 * Runs `work` as the app role with the actor's scope set, so PostgreSQL's row-level security
 * holds even where a query forgets the service-layer filter: on the request's unit of work when
 * there is one (the scope is set once for the request), else in a transaction of its own.
 */
export function withScope<T>(
  database: Database,
  actor: Pick<Actor, 'regionCode'>,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const setting = scopeSetting(actor.regionCode);
  const apply = (tx: Transaction) =>
    tx.execute(
      sql`select set_config('role', ${appRole}, true), set_config('shegong.scope', ${setting}, true)`,
    );
  const alone = () =>
    database.drizzle.transaction(async (tx) => {
      await apply(tx);
      return work(tx);
    });
  const unit = openUnitOf(database);
  return unit ? workInUnit(unit, setting, apply, work, alone) : alone();
}

/** The `shegong.scope` setting; the prefix tells "no scope set" ('' after a reset) from the country. */
export function scopeSetting(regionCode: string): string {
  return `scope:${regionCode}`;
}

/**
 * The first wall: the WHERE condition that keeps a query inside the actor's region. Every query
 * on region-owned rows goes through it. Switching it off (tests only, via the app options) leaves
 * row-level security as the only wall, which the tests prove still holds.
 */
export function inRegionScope(column: AnyColumn, actor: Pick<Actor, 'regionCode'>): SQL {
  if (!serviceScopeFilter.enabled) return sql`true`;
  return startsWith(column, actor.regionCode);
}

/**
 * For public registry data (organisations): rows inside the scope and rows registered by the
 * governments above it — a city-registered organisation works in every county of the city.
 */
export function visibleFromScope(column: AnyColumn, actor: Pick<Actor, 'regionCode'>): SQL {
  if (!serviceScopeFilter.enabled) return sql`true`;
  const ancestors = ['', ...regionAncestors(actor.regionCode)];
  if (actor.regionCode !== '') ancestors.push(actor.regionCode);
  return sql`(${startsWith(column, actor.regionCode)} or ${column} in (${sql.join(
    ancestors.map((code) => sql`${code}`),
    sql`, `,
  )}))`;
}

export const serviceScopeFilter = { enabled: true };

export { escapeLike } from '../../db/text-prefix';

/**
 * Work that is not done on behalf of a scoped user — login, seeding, jobs, the nationwide
 * uniqueness of an ID number. It names the whole country as its scope explicitly; nothing else
 * does. Inside a request it joins the unit of work, leaving the app role for its duration.
 */
export function withSystemScope<T>(
  database: Database,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const alone = () =>
    database.drizzle.transaction(async (tx) => {
      await applySystemScope(tx);
      return work(tx);
    });
  const unit = openUnitOf(database);
  return unit ? workInUnit(unit, systemSetting, applySystemScope, work, alone) : alone();
}

const systemSetting = 'system';

/** The session's own role (the owner) and the whole country as the scope. */
function applySystemScope(tx: Transaction) {
  return tx.execute(
    sql`select set_config('role', 'none', true), set_config('shegong.scope', ${scopeSetting('')}, true)`,
  );
}
