import { sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { regionAncestors } from '@shegong/domain';
import type { Database, Transaction } from '../../db/connection';
import { startsWith } from '../../db/text-prefix';
import type { Actor } from './actor';

/** The database role every scoped transaction runs as; row-level security applies to it. */
export const appRole = 'shegong_app';

/**
 * Runs `work` in one transaction as the app role with the actor's scope set, so PostgreSQL's
 * row-level security holds even where a query forgets the service-layer filter.
 */
export function withScope<T>(
  database: Database,
  actor: Pick<Actor, 'regionCode'>,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return database.drizzle.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', ${appRole}, true), set_config('shegong.scope', ${scopeSetting(actor.regionCode)}, true)`,
    );
    return work(tx);
  });
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
 * One transaction for work that is not done on behalf of a scoped user — login, seeding, jobs.
 * It names the whole country as its scope explicitly; nothing else does.
 */
export function withSystemScope<T>(
  database: Database,
  work: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return database.drizzle.transaction(async (tx) => {
    await tx.execute(sql`select set_config('shegong.scope', ${scopeSetting('')}, true)`);
    return work(tx);
  });
}
