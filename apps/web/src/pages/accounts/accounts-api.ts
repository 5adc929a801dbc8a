import type {
  Account,
  AccountListQuery,
  AccountOrganisationOption,
  AccountWorkerOption,
  AssignAccess,
  CreateAccount,
  UpdateAccount,
} from '@shegong/domain';
import { api } from '../../api/client';

export const accountKeys = {
  all: ['accounts'] as const,
  list: (query: Partial<AccountListQuery>) => ['accounts', 'list', query] as const,
  one: (id: string) => ['accounts', 'one', id] as const,
  organisationOptions: (region: string, q: string) =>
    ['accounts', 'organisation-options', region, q] as const,
  workerOptions: (q: string) => ['accounts', 'worker-options', q] as const,
};

export function listAccounts(query: Partial<AccountListQuery>, signal?: AbortSignal) {
  return api.get<{ items: Account[]; total: number }>('/accounts', { query, signal });
}

export function getAccount(id: string, signal?: AbortSignal) {
  return api.get<Account>(`/accounts/${encodeURIComponent(id)}`, { signal });
}

/**
 * `roles` may be left out: only someone who may assign roles gives them at creation (and the
 * organisation of a 机构管理员, which can also be given later with the roles).
 */
export function createAccount(
  account: Omit<CreateAccount, 'roles' | 'organisationId' | 'workerId'> & {
    roles?: CreateAccount['roles'];
    organisationId?: string | null;
    workerId?: string | null;
  },
) {
  return api.post<Account>('/accounts', account);
}

export function updateAccount(id: string, change: UpdateAccount) {
  return api.patch<Account>(`/accounts/${encodeURIComponent(id)}`, change);
}

export function assignAccess(id: string, access: AssignAccess) {
  return api.put<Account>(`/accounts/${encodeURIComponent(id)}/access`, access);
}

export function resetPassword(id: string, password: string) {
  return api.post<Account | undefined>(`/accounts/${encodeURIComponent(id)}/password-reset`, {
    password,
  });
}

export function unlockAccount(id: string) {
  return api.post<Account | undefined>(`/accounts/${encodeURIComponent(id)}/unlock`);
}

/** Organisations in the administrator's scope that a 机构管理员 account may manage. */
export function organisationOptions(region: string, q: string, signal?: AbortSignal) {
  return api.get<AccountOrganisationOption[]>('/accounts/organisation-options', {
    query: { q: q || undefined, region: region || undefined },
    signal,
  });
}

/** Workers of the talent registry in the administrator's scope that an account may be linked to. */
export function workerOptions(q: string, signal?: AbortSignal) {
  return api.get<AccountWorkerOption[]>('/accounts/worker-options', {
    query: { q: q || undefined },
    signal,
  });
}
