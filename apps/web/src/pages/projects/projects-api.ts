import type {
  CreateProject,
  ProjectDetail,
  ProjectListQuery,
  ProjectPage,
  ProjectReviewInput,
  UpdateProject,
} from '@shegong/domain';
import { api, apiUrl } from '../../api/client';

export type ProjectQuery = Partial<Omit<ProjectListQuery, 'cursor' | 'limit'>>;

export const projectKeys = {
  all: ['projects'] as const,
  list: (query: ProjectQuery) => ['projects', 'list', query] as const,
  one: (id: string) => ['projects', 'one', id] as const,
};

const path = (id: string) => `/projects/${encodeURIComponent(id)}`;

export function listProjects(
  query: ProjectQuery,
  cursor: string | undefined,
  signal?: AbortSignal,
) {
  return api.get<ProjectPage>('/projects', { query: { ...query, cursor }, signal });
}

/** 项目台账 of the projects the list's filters select (xlsx). */
export function projectLedgerUrl(query: ProjectQuery): string {
  return apiUrl('/projects/export', query);
}

export function getProject(id: string, signal?: AbortSignal) {
  return api.get<ProjectDetail>(path(id), { signal });
}

export function createProject(input: CreateProject) {
  return api.post<ProjectDetail>('/projects', input);
}

export function updateProject(id: string, input: UpdateProject) {
  return api.patch<ProjectDetail>(path(id), input);
}

export function recordProjectReview(id: string, input: ProjectReviewInput) {
  return api.post<ProjectDetail>(`${path(id)}/reviews`, input);
}

/** The projects module's own moves, each with the version read (and a reason where needed). */
export type ProjectStep = 'review' | 'approve' | 'return' | 'terminate' | 'close';

export function stepProject(
  project: Pick<ProjectDetail, 'id' | 'version'>,
  step: ProjectStep,
  reason?: string,
) {
  return api.post<ProjectDetail>(`${path(project.id)}/${step}`, {
    version: project.version,
    ...(reason === undefined ? {} : { reason }),
  });
}
