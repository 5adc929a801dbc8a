import type {
  AnonymousCase,
  AnonymousCaseQuery,
  AssessmentInput,
  CaseDesk,
  CaseFile,
  CaseListQuery,
  CaseSetting,
  CaseStatistics,
  CaseSummary,
  CaseTeam,
  CaseWorkStage,
  ClosureRequest,
  Colleague,
  ContactInput,
  EvaluationInput,
  GoalInput,
  IntakeInput,
  OpenCase,
  PendingClosure,
  StationOption,
  TaskInput,
} from '@shegong/domain';
import { api } from '../../api/client';
import type { StationSource } from '../stations/StationSelect';

export type CaseQuery = Partial<Omit<CaseListQuery, 'cursor' | 'limit'>>;
export type AnonymousQuery = Partial<Omit<AnonymousCaseQuery, 'cursor' | 'limit'>>;

/** Every key starts with 'cases': a change to a case fetches all of them again. */
export const caseKeys = {
  all: ['cases'] as const,
  list: (query: CaseQuery) => ['cases', 'list', query] as const,
  one: (id: string) => ['cases', 'one', id] as const,
  desk: ['cases', 'desk'] as const,
  pending: ['cases', 'pending'] as const,
  colleagues: ['cases', 'colleagues'] as const,
  stations: (q: string) => ['cases', 'stations', q] as const,
  /** The stations as the API answers them (the select keeps its own options under `stations`). */
  stationRecords: ['cases', 'station-records'] as const,
  statistics: (region: string | undefined) => ['cases', 'statistics', region] as const,
  anonymous: (query: AnonymousQuery) => ['cases', 'anonymous', query] as const,
  setting: (region: string | undefined) => ['cases', 'setting', region] as const,
};

const path = (id: string) => `/cases/${encodeURIComponent(id)}`;

export function listCases(query: CaseQuery, cursor: string | undefined, signal?: AbortSignal) {
  return api.get<{ items: CaseSummary[]; nextCursor: string | null }>('/cases', {
    query: { ...query, cursor },
    signal,
  });
}

export const getCase = (id: string, signal?: AbortSignal) =>
  api.get<CaseFile>(path(id), { signal });
export const openCase = (input: OpenCase) => api.post<CaseFile>('/cases', input);
export const recordIntake = (id: string, input: IntakeInput) =>
  api.put<CaseFile>(`${path(id)}/intake`, input);
export const advanceCase = (id: string, to: CaseWorkStage, version: number) =>
  api.post<CaseFile>(`${path(id)}/advance`, { to, version });
export const addAssessment = (id: string, input: AssessmentInput) =>
  api.post<CaseFile>(`${path(id)}/assessments`, input);
export const addGoal = (id: string, input: GoalInput) =>
  api.post<CaseFile>(`${path(id)}/goals`, input);
export const addTask = (id: string, input: TaskInput) =>
  api.post<CaseFile>(`${path(id)}/tasks`, input);
export const markTask = (id: string, taskId: string, done: boolean, version: number) =>
  api.patch<CaseFile>(`${path(id)}/tasks/${encodeURIComponent(taskId)}`, { done, version });
export const addContact = (id: string, input: ContactInput) =>
  api.post<CaseFile>(`${path(id)}/contacts`, input);
export const addEvaluation = (id: string, input: EvaluationInput) =>
  api.post<CaseFile>(`${path(id)}/evaluations`, input);
export const requestClosure = (id: string, input: ClosureRequest) =>
  api.post<CaseFile>(`${path(id)}/closure`, input);
export const approveClosure = (id: string, version: number, note?: string) =>
  api.post<CaseFile>(`${path(id)}/closure/approve`, { version, note: note ?? null });
export const rejectClosure = (id: string, version: number, reason: string) =>
  api.post<CaseFile>(`${path(id)}/closure/reject`, { version, reason });
export const reopenCase = (id: string, version: number, reason: string) =>
  api.post<CaseFile>(`${path(id)}/reopen`, { version, reason });
export const changeTeam = (id: string, input: CaseTeam) =>
  api.put<CaseFile>(`${path(id)}/team`, input);
export const openCaseFile = (id: string, reason: string) =>
  api.post<CaseFile>(`${path(id)}/open`, { reason });

export const getDesk = (signal?: AbortSignal) => api.get<CaseDesk>('/case-desk', { signal });
export const listPendingClosures = (signal?: AbortSignal) =>
  api.get<PendingClosure[]>('/case-closures/pending', { signal });
export const listColleagues = (signal?: AbortSignal) =>
  api.get<Colleague[]>('/case-options/colleagues', { signal });
export const listCaseStations = (q: string, signal?: AbortSignal) =>
  api.get<StationOption[]>('/case-options/stations', { query: { q: q || undefined }, signal });
/** What the station picker searches to open a case: the operating stations in scope. */
export const caseStations: StationSource = {
  queryKey: caseKeys.stations,
  search: listCaseStations,
};

export const getStatistics = (region: string | undefined, signal?: AbortSignal) =>
  api.get<CaseStatistics>('/case-statistics', { query: { region }, signal });
export function listAnonymousCases(
  query: AnonymousQuery,
  cursor: string | undefined,
  signal?: AbortSignal,
) {
  return api.get<{ items: AnonymousCase[]; nextCursor: string | null }>('/case-statistics/cases', {
    query: { ...query, cursor },
    signal,
  });
}
export const getCaseSetting = (region: string | undefined, signal?: AbortSignal) =>
  api.get<CaseSetting>('/case-settings', { query: { region }, signal });
export const setCaseSetting = (input: {
  region: string;
  reassessmentMonths: number;
  version: number;
}) => api.put<CaseSetting>('/case-settings', input);
