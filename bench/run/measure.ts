/** Throughput and latency of one run (one endpoint at one concurrency, app or raw). */
export interface Measure {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Responses by status, for the app (an error row says which). */
  statuses?: Record<string, number>;
}

/** The value below which a share `p` of the sorted samples lie (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export function summarise(latencies: number[], errors: number, seconds: number): Measure {
  const sorted = Float64Array.from(latencies).sort();
  const list = Array.from(sorted);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    requests: latencies.length,
    errors,
    seconds: round(seconds),
    perSecond: round(latencies.length / seconds),
    p50: round(percentile(list, 0.5)),
    p95: round(percentile(list, 0.95)),
    p99: round(percentile(list, 0.99)),
  };
}
