import type { Actor } from '../../platform/access/actor';
import type { ModuleServices } from '../../platform/modules/define-module';

/** Stations a group or an activity may be held at: those in the actor's scope, not closed. */
export function stationOptions(stations: Pick<ModuleServices['stations'], 'list'>) {
  return async (actor: Actor, q: string | undefined) => {
    const { items } = await stations.list(actor, { q, page: 1, pageSize: 50 });
    return items
      .filter((s) => s.status !== 'closed')
      .map((s) => ({ id: s.id, name: s.name, regionCode: s.regionCode, regionName: s.regionName }));
  };
}

export type StationOptions = ReturnType<typeof stationOptions>;
