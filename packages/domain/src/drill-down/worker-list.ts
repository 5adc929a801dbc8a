import { workerListQuerySchema, type WorkerListQuery } from '../contracts/talent/workers';
import { listPath } from './figure-link';

export type WorkerListFilterKey = Exclude<keyof WorkerListQuery, 'cursor' | 'limit'>;
/** The worker list's filters (what its address and its export carry). */
export type WorkerListFilters = Partial<Pick<WorkerListQuery, WorkerListFilterKey>>;

/** The filters in the contract's order, which is the order of the address. */
export const workerListFilterKeys = Object.keys(workerListQuerySchema.shape).filter(
  (key) => key !== 'cursor' && key !== 'limit',
) as WorkerListFilterKey[];

/** The worker list with these filters: `/workers?…`. */
export const workerListPath = (filters: WorkerListFilters): string =>
  listPath('/workers', workerListFilterKeys, filters);
