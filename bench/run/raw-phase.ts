import type { Measure } from './measure';
import type { RawDriver } from './raw-driver';
import { rawLoad } from './raw-load';
import { levelsOf, type Scenario } from './scenarios';

/** Every scenario's queries on the bare driver at each of its concurrencies, after a warm-up. */
export async function measureRaw(
  driver: RawDriver,
  scenarios: Scenario[],
  levels: number[],
  bounds: { seconds: number; maxRequests: number },
): Promise<Map<Scenario, Measure[]>> {
  const results = new Map<Scenario, Measure[]>();
  for (const scenario of scenarios) {
    const work = () => scenario.raw(driver);
    await rawLoad({ concurrency: 1, seconds: 0.3, maxRequests: 200 }, work);
    const measures: Measure[] = [];
    for (const concurrency of levelsOf(scenario, levels))
      measures.push(await rawLoad({ concurrency, ...bounds }, work));
    results.set(scenario, measures);
  }
  return results;
}
