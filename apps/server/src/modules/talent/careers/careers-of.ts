import { asc } from 'drizzle-orm';
import type { EvaluatorJob } from '@shegong/domain';
import type { Database } from '../../../db/connection';
import { isAnyOf } from '../../../db/any-of';
import { withSystemScope } from '../../../platform/access/region-scope';
import { employments } from './careers.table';

/**
 * The jobs of many workers in one query, by worker: employer and dates only, for the conflict of
 * interest an organiser is shown. Read nationwide: a city's evaluator is often registered outside
 * the county whose round they score, and a job elsewhere is still a tie to the provider.
 */
export function createCareersOf(database: Database) {
  return async function careersOf(
    workerIds: readonly string[],
  ): Promise<Map<string, EvaluatorJob[]>> {
    const jobs = new Map<string, EvaluatorJob[]>(workerIds.map((id) => [id, []]));
    if (workerIds.length === 0) return jobs;
    const rows = await withSystemScope(database, (tx) =>
      tx
        .select({
          workerId: employments.workerId,
          organisationId: employments.organisationId,
          organisationName: employments.employerName,
          startedOn: employments.startedOn,
          endedOn: employments.endedOn,
        })
        .from(employments)
        .where(isAnyOf(employments.workerId, workerIds))
        .orderBy(asc(employments.startedOn)),
    );
    for (const { workerId, ...job } of rows) jobs.get(workerId)?.push(job);
    return jobs;
  };
}
