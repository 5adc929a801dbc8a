import type { changePasswordRequestSchema, loginRequestSchema, Session } from '@shegong/domain';
import { isApiError } from '../api/api-error';
import { api } from '../api/client';

export type Credentials = ReturnType<typeof loginRequestSchema.parse>;
export type PasswordChange = ReturnType<typeof changePasswordRequestSchema.parse>;

export const sessionQueryKey = ['session'] as const;

/** The signed-in user, or null when there is no (valid) session. */
export async function fetchSession(): Promise<Session | null> {
  try {
    return await api.get<Session>('/auth/session', { ownsAuthErrors: true });
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED', 'SESSION_EXPIRED')) return null;
    throw error;
  }
}

export function login(credentials: Credentials): Promise<Session> {
  return api.post<Session>('/auth/login', credentials, { ownsAuthErrors: true });
}

export function logout(): Promise<void> {
  return api.post<void>('/auth/logout', undefined, { ownsAuthErrors: true });
}

export function changePassword(change: PasswordChange): Promise<Session> {
  return api.post<Session>('/auth/password', change, { ownsAuthErrors: true });
}
