import { stationListQuerySchema, type StationListQuery } from '../contracts/stations/stations';
import { listPath } from './figure-link';

export type StationListFilterKey = Exclude<keyof StationListQuery, 'page' | 'pageSize'>;
/** The station list's filters (what its address carries, besides the page). */
export type StationListFilters = Partial<Pick<StationListQuery, StationListFilterKey>>;

const stationListFilterKeys = Object.keys(stationListQuerySchema.shape).filter(
  (key) => key !== 'page' && key !== 'pageSize',
) as StationListFilterKey[];

/** The station list with these filters: `/stations?…`. */
export const stationListPath = (filters: StationListFilters): string =>
  listPath('/stations', stationListFilterKeys, filters);
