import { and, asc, type SQL } from 'drizzle-orm';
import type { AccountWorkerOption } from '@shegong/domain';
import type { Database } from '../../../db/connection';
import { isAnyOf } from '../../../db/any-of';
import type { Actor } from '../../../platform/access/actor';
import { inRegionScope, withScope } from '../../../platform/access/region-scope';
import type { DivisionService } from '../../divisions';
import { workerSearch } from './workers.service';
import { admitWorkerSearch, idNumberShownTo } from './worker-search-guard';
import { workers } from './workers.table';

/**
 * The workers an account administrator links an evaluator's or social worker's account to: every
 * worker of the administrator's region, whatever their talent permissions (the accounts route
 * holds roles:assign) — the name, the region and the ID number masked, nothing of the record.
 */
export function createAccountWorkers(deps: {
  database: Database;
  divisions: Pick<DivisionService, 'describeRegions'>;
}) {
  const { database, divisions } = deps;

  async function read(
    actor: Actor,
    where: SQL | undefined,
    limit: number,
  ): Promise<AccountWorkerOption[]> {
    const rows = await withScope(database, actor, (tx) =>
      tx
        .select({
          id: workers.id,
          name: workers.name,
          idNumber: workers.idNumber,
          regionCode: workers.regionCode,
        })
        .from(workers)
        .where(and(inRegionScope(workers.regionCode, actor), where))
        .orderBy(asc(workers.name), asc(workers.id))
        .limit(limit),
    );
    const regionNames = await divisions.describeRegions(
      rows.map((r) => r.regionCode),
      actor.request.language,
    );
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      idNumber: idNumberShownTo(actor, r.idNumber),
      regionName: regionNames.get(r.regionCode) ?? r.regionCode,
    }));
  }

  return {
    /** Workers of the administrator's scope by name prefix (or a whole ID or phone number). */
    async accountWorkerOptions(actor: Actor, q?: string): Promise<AccountWorkerOption[]> {
      await admitWorkerSearch(database, actor, q, 'account worker');
      return read(actor, q ? workerSearch(q) : undefined, 20);
    },

    /** Those of `ids` that lie in the reader's scope, by id. */
    async accountWorkersOf(
      actor: Actor,
      ids: readonly string[],
    ): Promise<Map<string, AccountWorkerOption>> {
      if (ids.length === 0) return new Map();
      const found = await read(actor, isAnyOf(workers.id, ids), ids.length);
      return new Map(found.map((w) => [w.id, w]));
    },
  };
}
