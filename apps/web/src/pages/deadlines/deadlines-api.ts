import type {
  CalendarDay,
  CalendarYear,
  DeadlinePolicyView,
  SetCalendarDay,
  SetDeadlinePolicy,
} from '@shegong/domain';
import { api } from '../../api/client';

export const calendarKeys = {
  all: ['calendar-days'] as const,
  year: (year: number) => ['calendar-days', year] as const,
};

export const policyKeys = { all: ['deadline-policies'] as const };

export function getCalendarYear(year: number, signal?: AbortSignal) {
  return api.get<CalendarYear>('/calendar-days', { query: { year }, signal });
}

/** Makes a day a holiday or a make-up working day, or changes what it was. */
export function setCalendarDay(date: string, day: SetCalendarDay) {
  return api.put<CalendarDay>(`/calendar-days/${date}`, day);
}

/** Removes a day's arrangement: the weekend rule applies to it again. */
export function removeCalendarDay(date: string) {
  return api.delete<void>(`/calendar-days/${date}`);
}

export function getDeadlinePolicies(signal?: AbortSignal) {
  return api.get<{ items: DeadlinePolicyView[] }>('/deadline-policies', { signal });
}

/** Sets a policy's amount for deadlines started from now on (`version` 0: none set yet). */
export function setDeadlinePolicy(code: string, input: SetDeadlinePolicy) {
  return api.put<DeadlinePolicyView>(`/deadline-policies/${code}`, input);
}

/** Back to the amount the module declares. */
export function resetDeadlinePolicy(code: string, version: number) {
  return api.delete<DeadlinePolicyView>(`/deadline-policies/${code}`, {
    query: { version: String(version) },
  });
}
