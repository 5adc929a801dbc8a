import { and, eq, ne } from 'drizzle-orm';
import { isAnyOf } from '../../db/any-of';
import type { Transaction } from '../../db/connection';
import type { Actor } from '../../platform/access/actor';
import { inRegionScope } from '../../platform/access/region-scope';
import { stations } from './stations.table';

export interface StationReference {
  id: string;
  name: string;
  regionCode: string;
  operatorOrganisationId: string | null;
  status: string;
}

const referenceColumns = {
  id: stations.id,
  name: stations.name,
  regionCode: stations.regionCode,
  operatorOrganisationId: stations.operatorOrganisationId,
  status: stations.status,
};

/**
 * A station that another module's record names (a worker's job), if the actor may see it: null
 * for one in another region and for one that does not exist alike. Closed stations count, for
 * the jobs held there before.
 */
export async function stationInScope(
  tx: Transaction,
  actor: Actor,
  id: string,
): Promise<StationReference | null> {
  const [found] = await tx
    .select(referenceColumns)
    .from(stations)
    .where(and(eq(stations.id, id), inRegionScope(stations.regionCode, actor)));
  return found ?? null;
}

/** The same for many stations at once (a page of records naming theirs), in one query. */
export async function stationsInScope(
  tx: Transaction,
  actor: Actor,
  ids: readonly string[],
): Promise<Map<string, StationReference>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select(referenceColumns)
    .from(stations)
    .where(and(isAnyOf(stations.id, [...new Set(ids)]), inRegionScope(stations.regionCode, actor)));
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * Stations not closed that the actor may see, by their exact names, for a sheet that names its
 * station: a name may belong to several (the caller says which it cannot tell apart).
 */
export async function stationsNamed(
  tx: Transaction,
  actor: Actor,
  names: readonly string[],
): Promise<Map<string, StationReference[]>> {
  if (names.length === 0) return new Map();
  const rows = await tx
    .select(referenceColumns)
    .from(stations)
    .where(
      and(
        isAnyOf(stations.name, [...new Set(names)]),
        ne(stations.status, 'closed'),
        inRegionScope(stations.regionCode, actor),
      ),
    );
  const named = new Map<string, StationReference[]>();
  for (const row of rows) named.set(row.name, [...(named.get(row.name) ?? []), row]);
  return named;
}
