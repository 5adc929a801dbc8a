import type { CeCompliance, Course, CourseInput, CreditRule, Enrolment } from '@shegong/domain';
import { api } from '../../../api/client';

export interface ShortOfHours {
  workerId: string;
  workerName: string;
  regionCode: string;
  validUntil: string;
  compliance: CeCompliance;
}

export const educationKeys = {
  courses: (query: { page: number; pageSize: number; region?: string }) =>
    ['courses', 'list', query] as const,
  enrolments: (courseId: string) => ['courses', 'enrolments', courseId] as const,
  short: (region: string | undefined) => ['continuing-education', 'short', region] as const,
  creditRule: (province: string) => ['credit-rules', province] as const,
};

export function listCourses(
  query: { page: number; pageSize: number; region?: string },
  signal?: AbortSignal,
) {
  return api.get<{ items: Course[]; total: number }>('/courses', { query, signal });
}

export function createCourse(input: CourseInput) {
  return api.post<Course>('/courses', input);
}

export async function listEnrolments(courseId: string, signal?: AbortSignal) {
  const { items } = await api.get<{ items: Enrolment[] }>(
    `/courses/${encodeURIComponent(courseId)}/enrolments`,
    { signal },
  );
  return items;
}

/** Enrols workers; those already enrolled are left as they are. */
export function enrolWorkers(courseId: string, workerIds: string[]) {
  return api.post<{ enrolled: number }>(`/courses/${encodeURIComponent(courseId)}/enrolments`, {
    workerIds,
  });
}

/** 结业 credits the course's hours once; 缺勤 credits nothing. */
export function recordAttendance(
  enrolment: Enrolment,
  status: 'completed' | 'absent',
  completedOn?: string,
) {
  return api.post<Enrolment>(`/enrolments/${encodeURIComponent(enrolment.id)}/attendance`, {
    version: enrolment.version,
    status,
    completedOn,
  });
}

export async function listShortOfHours(region: string | undefined, signal?: AbortSignal) {
  const { items } = await api.get<{ items: ShortOfHours[] }>('/continuing-education/short', {
    query: { region },
    signal,
  });
  return items;
}

/** The province of a division code: its first two digits. */
export const provinceOf = (regionCode: string) => regionCode.slice(0, 2);

export function getCreditRule(province: string, signal?: AbortSignal) {
  return api.get<CreditRule>(`/credit-rules/${encodeURIComponent(province)}`, { signal });
}

export function setCreditRule(province: string, rule: CreditRule) {
  return api.put<CreditRule>(`/credit-rules/${encodeURIComponent(province)}`, rule);
}
