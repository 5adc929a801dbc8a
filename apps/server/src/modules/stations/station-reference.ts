import { and, eq } from 'drizzle-orm';
import type { Transaction } from '../../db/connection';
import type { Actor } from '../../platform/access/actor';
import { inRegionScope } from '../../platform/access/region-scope';
import { stations } from './stations.table';

export interface StationReference {
  id: string;
  name: string;
  regionCode: string;
  operatorOrganisationId: string | null;
}

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
    .select({
      id: stations.id,
      name: stations.name,
      regionCode: stations.regionCode,
      operatorOrganisationId: stations.operatorOrganisationId,
    })
    .from(stations)
    .where(and(eq(stations.id, id), inRegionScope(stations.regionCode, actor)));
  return found ?? null;
}
