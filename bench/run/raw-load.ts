import { summarise, type Measure } from './measure';

export interface LoadBounds {
  concurrency: number;
  seconds: number;
  maxRequests: number;
}

/** Runs `work` from `concurrency` loops until the time or the request budget is spent. */
export async function rawLoad(bounds: LoadBounds, work: () => Promise<void>): Promise<Measure> {
  const latencies: number[] = [];
  let errors = 0;
  let started = 0;
  let firstError: unknown;
  const begin = performance.now();
  const deadline = begin + bounds.seconds * 1000;
  const loop = async () => {
    while (performance.now() < deadline && started < bounds.maxRequests) {
      started++;
      const t = performance.now();
      try {
        await work();
        latencies.push(performance.now() - t);
      } catch (error) {
        errors++;
        firstError ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: bounds.concurrency }, loop));
  if (firstError && latencies.length === 0) throw firstError;
  if (firstError) console.warn(`bench: raw errors (${errors}): ${String(firstError)}`);
  return summarise(latencies, errors, (performance.now() - begin) / 1000);
}
