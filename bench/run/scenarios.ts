import type { VersionedSheet } from './evaluation-fixtures';
import type { Fixtures, VersionedStation } from './fixtures';
import type { Query, RawDriver } from './raw-driver';
import * as raw from './raw-queries';

/** One HTTP request of a scenario; `station`, `sheet`: the record a write holds until it answers. */
export interface RequestSpec {
  method: 'GET' | 'PATCH' | 'PUT';
  path: string;
  body?: string;
  station?: VersionedStation;
  sheet?: VersionedSheet;
}

/** One line of the table: an endpoint, how the app is asked, and the same work done raw. */
export interface Scenario {
  name: string;
  as: 'officer' | 'auditor' | 'county' | 'worker' | 'evaluator';
  /** Run only at concurrencies up to this (the talent endpoints: the 1 and 8). */
  maxConcurrency?: number;
  next(): RequestSpec;
  done(request: RequestSpec, status: number, body: string): void;
  raw(driver: RawDriver): Promise<void>;
  /** After each run: reads again what writes cut off by its end left unknown (`read` GETs a path). */
  settle?(read: (path: string) => Promise<unknown>): Promise<void>;
}

/**
 * Versioned records for a write scenario. A write takes one that no other write holds and gives it
 * back with the version it answered, so concurrent writes never race for the same version.
 */
export class RecordPool<T> {
  private readonly free: T[];
  private readonly held = new Set<T>();
  constructor(records: T[]) {
    this.free = [...records];
  }
  take(): T {
    const record = this.free.shift();
    if (!record) throw new Error('more concurrent writes than records in the pool');
    this.held.add(record);
    return record;
  }
  give(record: T): void {
    if (this.held.delete(record)) this.free.push(record);
  }
  /** Records whose write was cut off when a run stopped: their version must be read again. */
  lost(): T[] {
    return [...this.held];
  }
}

/** The stations of the station write scenario. */
export class StationPool extends RecordPool<VersionedStation> {}

/** The run's levels a scenario takes part in (at least the lowest). */
export function levelsOf(scenario: Scenario, levels: readonly number[]): number[] {
  const max = scenario.maxConcurrency ?? Infinity;
  const own = levels.filter((level) => level <= max);
  return own.length ? own : [Math.min(...levels)];
}

/** Cycles through a list of parameters, the same order for the app and the raw driver. */
export function cycle<T>(items: readonly T[]): () => T {
  if (items.length === 0) throw new Error('no parameters for a scenario: is the dataset empty?');
  let i = 0;
  return () => items[i++ % items.length]!;
}

/** A read: the i-th request takes the i-th parameters, for the app and for the raw driver. */
export function reads<T>(
  name: string,
  params: () => T,
  path: (p: T) => string,
  rawWork: (query: Query, p: T) => Promise<void>,
  as: Scenario['as'] = 'officer',
): Scenario {
  return {
    name,
    as,
    next: () => ({ method: 'GET', path: path(params()) }),
    done: () => {},
    raw: (d) => {
      const p = params();
      return d.transaction((query) => rawWork(query, p));
    },
  };
}

export function buildScenarios(f: Fixtures, day: string, stations: StationPool): Scenario[] {
  const orgPages = cycle([
    ...f.counties.map((region) => ({ region, page: 1 })),
    ...f.cities.flatMap((region) => [1, 2, 3].map((page) => ({ region, page }))),
  ]);
  const orgIds = cycle(f.organisationIds);
  const counties = cycle(f.counties);
  const terms = cycle(f.searchTerms);
  let population = 0;
  return [
    reads(
      'GET /organisations?region&page',
      orgPages,
      (p) => `/api/v1/organisations?region=${p.region}&page=${p.page}`,
      (q, p) => raw.listOrganisations(q, f.scope, day, p.region, p.page),
    ),
    reads(
      'GET /organisations/:id',
      orgIds,
      (id) => `/api/v1/organisations/${id}`,
      (q, id) => raw.getOrganisation(q, f.scope, day, id),
    ),
    reads(
      'GET /stations?region=<county>',
      counties,
      (c) => `/api/v1/stations?region=${c}`,
      (q, c) => raw.listStations(q, f.scope, day, c),
    ),
    reads(
      'GET /coverage?region=<county>',
      counties,
      (c) => `/api/v1/coverage?region=${c}`,
      (q, c) => raw.coverage(q, f.scope, day, c),
    ),
    reads(
      'GET /coverage?region=52',
      () => f.scope,
      (c) => `/api/v1/coverage?region=${c}`,
      (q, c) => raw.coverage(q, f.scope, day, c),
    ),
    reads(
      'GET /audit-events?limit=50',
      () => '50',
      (limit) => `/api/v1/audit-events?limit=${limit}`,
      (q, limit) => raw.listAuditEvents(q, f.scope, Number(limit)),
      'auditor',
    ),
    reads(
      'GET /divisions/search?q',
      terms,
      (q) => `/api/v1/divisions/search?q=${encodeURIComponent(q)}`,
      (query, q) => raw.searchDivisions(query, q),
    ),
    {
      name: 'PATCH /stations/:id',
      as: 'officer',
      next() {
        const station = stations.take();
        population = (population % 90) + 1;
        return {
          method: 'PATCH',
          path: `/api/v1/stations/${station.id}`,
          body: JSON.stringify({
            version: station.version,
            servicePopulation: population * 1000,
            // Sent unchanged: a PATCH that leaves them out resets them (the schema's defaults).
            serviceFields: station.serviceFields,
            status: 'operating',
          }),
          station,
        };
      },
      done(request, status, body) {
        const station = request.station!;
        if (status !== 200) return; // held: its version is read again after the run
        station.version = (JSON.parse(body) as { version: number }).version;
        stations.give(station);
      },
      async raw(d) {
        const station = stations.take();
        population = (population % 90) + 1;
        const servicePopulation = population * 1000;
        try {
          station.version = await d.transaction((q) =>
            raw.updateStation(q, f.scope, day, station, servicePopulation),
          );
        } finally {
          stations.give(station);
        }
      },
    },
  ];
}
