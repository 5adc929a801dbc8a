import type {
  Activity,
  ActivityDetail,
  ActivityInput,
  ActivityListQuery,
  ActivitySessionInput,
  AddMember,
  AttendanceSheet,
  Group,
  GroupDetail,
  GroupInput,
  GroupListQuery,
  GroupSessionInput,
  LeaderOption,
  MemberLeave,
  MoveGroupStage,
  PersonTimesByDivision,
  PersonTimesReport,
  SaveAttendance,
  ServiceSession,
  StationMonth,
  UpdateActivity,
  UpdateGroup,
  UpdateSession,
} from '@shegong/domain';
import { api, apiUrl } from '../../api/client';
import type { StationSource } from '../stations/StationSelect';

/** Every query of the module starts with 'groupwork': one change refreshes them all. */
export const groupworkKeys = {
  all: ['groupwork'] as const,
  groups: (query: Partial<GroupListQuery>) => ['groupwork', 'groups', query] as const,
  group: (id: string) => ['groupwork', 'group', id] as const,
  activities: (query: Partial<ActivityListQuery>) => ['groupwork', 'activities', query] as const,
  activity: (id: string) => ['groupwork', 'activity', id] as const,
  sheet: (sessionId: string) => ['groupwork', 'sheet', sessionId] as const,
  stationMonth: (stationId: string, month: string) =>
    ['groupwork', 'station-month', stationId, month] as const,
  personTimes: (from: string, to: string, stationId: string) =>
    ['groupwork', 'person-times', from, to, stationId] as const,
  personTimesByDivision: (from: string, to: string, region?: string) =>
    ['groupwork', 'person-times-by-division', from, to, region] as const,
  leaders: ['groupwork', 'leaders'] as const,
  stations: (q: string) => ['groupwork', 'stations', q] as const,
};

export interface StationOption {
  id: string;
  name: string;
  regionCode: string;
  regionName: string;
}

const groupPath = (id: string) => `/groups/${encodeURIComponent(id)}`;
const activityPath = (id: string) => `/activities/${encodeURIComponent(id)}`;
const sessionPath = (id: string) => `/service-sessions/${encodeURIComponent(id)}`;

export const listGroupworkStations = (q: string, signal?: AbortSignal) =>
  api.get<StationOption[]>('/groupwork/stations', { query: { q: q || undefined }, signal });
/** What the station picker searches for group work: the stations in scope, not closed. */
export const groupworkStations: StationSource = {
  queryKey: groupworkKeys.stations,
  search: listGroupworkStations,
};
export const listLeaders = (signal?: AbortSignal) =>
  api.get<LeaderOption[]>('/groupwork/leaders', { signal });

export const listGroups = (query: Partial<GroupListQuery>, signal?: AbortSignal) =>
  api.get<{ items: Group[]; total: number }>('/groups', { query, signal });
export const getGroup = (id: string, signal?: AbortSignal) =>
  api.get<GroupDetail>(groupPath(id), { signal });
export const createGroup = (input: GroupInput) => api.post<GroupDetail>('/groups', input);
export const updateGroup = (id: string, change: UpdateGroup) =>
  api.patch<GroupDetail>(groupPath(id), change);
export const moveGroupStage = (id: string, move: MoveGroupStage) =>
  api.post<GroupDetail>(`${groupPath(id)}/stage`, move);
export const addMember = (id: string, input: AddMember) =>
  api.post<GroupDetail>(`${groupPath(id)}/members`, input);
export const endMembership = (id: string, memberId: string, input: MemberLeave) =>
  api.post<GroupDetail>(`${groupPath(id)}/members/${encodeURIComponent(memberId)}/leave`, input);
export const addGroupSession = (id: string, input: GroupSessionInput) =>
  api.post<ServiceSession>(`${groupPath(id)}/sessions`, input);

export const listActivities = (query: Partial<ActivityListQuery>, signal?: AbortSignal) =>
  api.get<{ items: Activity[]; total: number }>('/activities', { query, signal });
export const getActivity = (id: string, signal?: AbortSignal) =>
  api.get<ActivityDetail>(activityPath(id), { signal });
export const createActivity = (input: ActivityInput) =>
  api.post<ActivityDetail>('/activities', input);
export const updateActivity = (id: string, change: UpdateActivity) =>
  api.patch<ActivityDetail>(activityPath(id), change);
export const addParticipant = (id: string, clientId: string) =>
  api.post<ActivityDetail>(`${activityPath(id)}/participants`, { clientId });
export const removeParticipant = (id: string, participantId: string, reason: string) =>
  api.post<ActivityDetail>(
    `${activityPath(id)}/participants/${encodeURIComponent(participantId)}/remove`,
    { reason },
  );
export const addActivitySession = (id: string, input: ActivitySessionInput) =>
  api.post<ServiceSession>(`${activityPath(id)}/sessions`, input);

export const updateSession = (id: string, change: UpdateSession) =>
  api.patch<ServiceSession>(sessionPath(id), change);
export const getAttendanceSheet = (id: string, signal?: AbortSignal) =>
  api.get<AttendanceSheet>(`${sessionPath(id)}/attendance`, { signal });
export const saveAttendance = (id: string, sheet: SaveAttendance) =>
  api.put<AttendanceSheet>(`${sessionPath(id)}/attendance`, sheet);

/** A station's person-times by month. */
export const getStationPersonTimes = (
  from: string,
  to: string,
  stationId: string,
  signal?: AbortSignal,
) => api.get<PersonTimesReport>('/person-times', { query: { from, to, stationId }, signal });
/** A region's person-times by month, for each division one level down (the whole scope by default). */
export const getPersonTimesByDivision = (
  from: string,
  to: string,
  signal?: AbortSignal,
  region?: string,
) =>
  api.get<PersonTimesByDivision>('/person-times/by-division', {
    query: { from, to, region },
    signal,
  });
export const getStationMonth = (stationId: string, month: string, signal?: AbortSignal) =>
  api.get<StationMonth>('/person-times/station-month', { query: { stationId, month }, signal });
export const serviceLedgerUrl = (stationId: string, month: string) =>
  apiUrl('/service-ledger', { stationId, month });
