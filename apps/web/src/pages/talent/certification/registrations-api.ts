import type { Registration, RegistrationListItem, RegistrationListQuery } from '@shegong/domain';
import { api } from '../../../api/client';

export type RegistrationView = RegistrationListQuery['view'];
export const registrationViews = ['pending', 'due', 'overdue', 'all'] as const;

export const registrationKeys = {
  list: (query: Partial<RegistrationListQuery>) => ['registrations', 'list', query] as const,
};

export function listRegistrations(query: Partial<RegistrationListQuery>, signal?: AbortSignal) {
  return api.get<{ items: RegistrationListItem[]; total: number }>('/registrations', {
    query,
    signal,
  });
}

/** 初审 on a pending application, 终审 (by someone else) after a passed first review. */
export function reviewRegistration(
  id: string,
  body: { version: number; outcome: 'pass' | 'fail'; comment?: string | null },
) {
  return api.post<Registration>(`/registrations/${encodeURIComponent(id)}/review`, body);
}
