import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { nextQuery } from './next-path';
import { useSession } from './useSession';

/** Signed-in users in good standing only: others go to sign in or to change their password. */
export function RequireSession({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const location = useLocation();
  const next = nextQuery(location.pathname, location.search);
  if (!session) return <Navigate to={`/login${next}`} replace />;
  if (session.mustChangePassword) return <Navigate to={`/change-password${next}`} replace />;
  return children;
}
