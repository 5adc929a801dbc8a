import autocannon from 'autocannon';
import { summarise, type Measure } from './measure';
import type { LoadBounds } from './raw-load';
import type { RequestSpec, Scenario } from './scenarios';

export interface Credentials {
  cookie: string;
  csrfToken: string;
}

/**
 * Drives one scenario against the server with autocannon (this process; the server is a child
 * process). Latencies come from every response, so p95 is exact rather than autocannon's buckets.
 */
export function httpLoad(
  port: number,
  scenario: Scenario,
  credentials: Credentials,
  bounds: LoadBounds,
): Promise<Measure> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections: bounds.concurrency,
        duration: bounds.seconds,
        maxOverallRequests: bounds.maxRequests,
        timeout: 30,
        headers: {
          cookie: credentials.cookie,
          'x-csrf-token': credentials.csrfToken,
          'accept-language': 'zh-CN',
        },
        requests: [
          {
            setupRequest(request, context) {
              const spec = scenario.next();
              (context as { spec?: RequestSpec }).spec = spec;
              if (spec.body === undefined)
                return { ...request, method: spec.method, path: spec.path };
              const headers = { ...request.headers, 'content-type': 'application/json' };
              return { ...request, method: spec.method, path: spec.path, headers, body: spec.body };
            },
            onResponse(status, body, context) {
              const spec = (context as { spec?: RequestSpec }).spec;
              if (spec) scenario.done(spec, status, body);
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error instanceof Error ? error : new Error(String(error)));
        const measure = summarise(
          latencies,
          errors + result.errors + result.timeouts,
          result.duration,
        );
        resolve({ ...measure, statuses });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else errors++;
    });
  });
}
