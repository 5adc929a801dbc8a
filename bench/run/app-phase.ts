import { httpLoad, type Credentials } from './http-load';
import { api } from './http-session';
import type { Measure } from './measure';
import type { LoadBounds } from './raw-load';
import type { EndpointResult } from './report';
import { levelsOf, type Scenario, type StationPool } from './scenarios';
import { idleLatency, memoryOf, waitForIdle } from './server-process';

/**
 * A run long enough for each connection to see a few answers: slow endpoints at high concurrency
 * queue for seconds, and a window shorter than that measures nothing. At most four times `seconds`.
 */
function runSeconds(
  seconds: number,
  previous: { concurrency: number; p50: number },
  concurrency: number,
) {
  if (!Number.isFinite(previous.p50)) return seconds * 4;
  const expectedMs = (previous.p50 * concurrency) / previous.concurrency;
  return Math.min(seconds * 4, Math.max(seconds, (3 * expectedMs) / 1000));
}

/**
 * Every scenario against the running server at each concurrency, after a one-second warm-up on one
 * connection, next to the raw figures of the same scenario and concurrency.
 */
export async function measureApp(options: {
  port: number;
  pid: number;
  scenarios: Scenario[];
  sessions: Record<Scenario['as'], Credentials>;
  stations: StationPool;
  levels: number[];
  bounds: { seconds: number; maxRequests: number };
  raw: Map<Scenario, Measure[]>;
  log: (line: string) => void;
}): Promise<EndpointResult[]> {
  const { port, pid, scenarios, sessions, stations, levels, bounds, raw, log } = options;
  const idleMs = await idleLatency(port);
  // Writes cut off when a run stops leave their station's version unknown: read it again.
  const settle = async () => {
    for (const station of stations.lost()) {
      const path = `/api/v1/stations/${station.id}`;
      const { json } = await api(port, sessions.officer, 'GET', path);
      station.version = (json as { version: number }).version;
      stations.give(station);
    }
  };
  const results: EndpointResult[] = [];
  for (const scenario of scenarios) {
    const own = levelsOf(scenario, levels);
    log(`${scenario.name}: ${own.join(', ')} connections`);
    const run = async (load: LoadBounds) => {
      const measure = await httpLoad(port, scenario, sessions[scenario.as], load);
      // Node keeps working on requests whose client left: let them finish before the next run.
      await waitForIdle(port, idleMs);
      await settle();
      await scenario.settle?.(
        async (path) => (await api(port, sessions[scenario.as], 'GET', path)).json,
      );
      return measure;
    };
    const warm = await run({ concurrency: 1, seconds: 1, maxRequests: 500 });
    let previous = { concurrency: 1, p50: warm.p50 };
    for (const [i, concurrency] of own.entries()) {
      const app = await run({
        concurrency,
        ...bounds,
        seconds: runSeconds(bounds.seconds, previous, concurrency),
      });
      if (Number.isFinite(app.p50)) previous = { concurrency, p50: app.p50 };
      const bare = raw.get(scenario)![i]!;
      results.push({
        endpoint: scenario.name,
        as: scenario.as,
        concurrency,
        app,
        raw: bare,
        appOverRaw: Math.round((bare.perSecond / app.perSecond) * 10) / 10,
        peakRssMiB: memoryOf(pid, 'VmHWM'),
      });
    }
  }
  return results;
}
