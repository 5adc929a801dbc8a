import { regionContains, type Permission, type Session } from '@shegong/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { onAuthFailure } from '../api/client';
import { FullPageError } from '../components/FullPageError';
import { FullPageSpinner } from '../components/FullPageSpinner';
import type { Requirement } from '../layout/menu';
import {
  changePassword as postPasswordChange,
  fetchSession,
  login,
  logout,
  sessionQueryKey,
  type Credentials,
  type PasswordChange,
} from './session-api';
import { SessionContext, type SessionContextValue } from './session-context';

/**
 * Loads the session once at start and keeps it in the query cache (where the API client also
 * reads the CSRF token). Reacts centrally to the server ending the session or demanding a new
 * password; the route guards then redirect.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [signedOutBecause, setSignedOutBecause] = useState<'expired' | null>(null);
  const query = useQuery({
    queryKey: sessionQueryKey,
    queryFn: fetchSession,
    staleTime: Infinity,
    retry: false,
  });
  const session = query.data ?? null;

  const accept = useCallback(
    (next: Session | null) => {
      if (next === null) {
        // Nothing of the previous user may stay in the cache for the next one.
        queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== sessionQueryKey[0] });
      }
      queryClient.setQueryData(sessionQueryKey, next);
    },
    [queryClient],
  );

  useEffect(
    () =>
      onAuthFailure((failure) => {
        if (failure === 'signed-out') {
          setSignedOutBecause('expired');
          accept(null);
        } else {
          queryClient.setQueryData<Session | null>(sessionQueryKey, (current) =>
            current ? { ...current, mustChangePassword: true } : current,
          );
        }
      }),
    [accept, queryClient],
  );

  const value = useMemo<SessionContextValue>(() => {
    const granted = new Set(session?.permissions ?? []);
    const can = (permission: Permission) => granted.has(permission);
    return {
      session,
      signedOutBecause,
      can,
      meets: (requirement: Requirement) =>
        session !== null &&
        (requirement === 'authenticated' ||
          (typeof requirement === 'string' ? can(requirement) : requirement.some(can))),
      inScope: (regionCode: string) =>
        session !== null && regionContains(session.account.regionCode, regionCode),
      signIn: async (credentials: Credentials) => {
        const signedIn = await login(credentials);
        setSignedOutBecause(null);
        accept(signedIn);
        return signedIn;
      },
      signOut: async () => {
        try {
          await logout();
        } finally {
          accept(null);
        }
      },
      changePassword: async (change: PasswordChange) => {
        const renewed = await postPasswordChange(change);
        accept(renewed);
        return renewed;
      },
      refresh: async () => {
        await queryClient.invalidateQueries({ queryKey: sessionQueryKey });
      },
    };
  }, [session, signedOutBecause, accept, queryClient]);

  if (query.isPending) return <FullPageSpinner />;
  if (query.isError) return <FullPageError error={query.error} onRetry={() => query.refetch()} />;
  return <SessionContext value={value}>{children}</SessionContext>;
}
