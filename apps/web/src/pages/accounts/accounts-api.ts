import type {
  Account,
  AccountListQuery,
  AssignAccess,
  CreateAccount,
  UpdateAccount,
} from '@shegong/domain';
import { api } from '../../api/client';

export const accountKeys = {
  all: ['accounts'] as const,
  list: (query: Partial<AccountListQuery>) => ['accounts', 'list', query] as const,
  one: (id: string) => ['accounts', 'one', id] as const,
};

export function listAccounts(query: Partial<AccountListQuery>, signal?: AbortSignal) {
  return api.get<{ items: Account[]; total: number }>('/accounts', { query, signal });
}

export function getAccount(id: string, signal?: AbortSignal) {
  return api.get<Account>(`/accounts/${encodeURIComponent(id)}`, { signal });
}

/** `roles` may be left out: only someone who may assign roles gives them at creation. */
export function createAccount(
  account: Omit<CreateAccount, 'roles'> & { roles?: CreateAccount['roles'] },
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
