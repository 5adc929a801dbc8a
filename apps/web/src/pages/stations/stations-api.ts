import type {
  StaffAssignment,
  StaffAssignmentInput,
  Station,
  StationDetail,
  StationInput,
  StationListQuery,
  UpdateStation,
} from '@shegong/domain';
import { api } from '../../api/client';

export const stationKeys = {
  all: ['stations'] as const,
  list: (query: Partial<StationListQuery>) => ['stations', 'list', query] as const,
  one: (id: string) => ['stations', 'one', id] as const,
};

export function listStations(query: Partial<StationListQuery>, signal?: AbortSignal) {
  return api.get<{ items: Station[]; total: number }>('/stations', { query, signal });
}

const path = (id: string) => `/stations/${encodeURIComponent(id)}`;

export function getStation(id: string, signal?: AbortSignal) {
  return api.get<StationDetail>(path(id), { signal });
}

export function createStation(input: StationInput) {
  return api.post<Station>('/stations', input);
}

export function updateStation(id: string, change: UpdateStation) {
  return api.patch<Station>(path(id), change);
}

export function assignStaff(stationId: string, input: StaffAssignmentInput) {
  return api.post<StaffAssignment>(`${path(stationId)}/staff`, input);
}

export function endStaffAssignment(id: string, body: { version: number; endedOn: string }) {
  return api.post<StaffAssignment>(`/station-staff/${encodeURIComponent(id)}/end`, body);
}
