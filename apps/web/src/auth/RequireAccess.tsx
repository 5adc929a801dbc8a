import type { ReactNode } from 'react';
import type { Requirement } from '../layout/menu';
import { ForbiddenPage } from '../pages/errors/ForbiddenPage';
import { useSession } from './useSession';

/** Shows the 403 page to users who lack what a route requires (the menu hides it already). */
export function RequireAccess({
  requires,
  children,
}: {
  requires: Requirement;
  children: ReactNode;
}) {
  const { meets } = useSession();
  return meets(requires) ? children : <ForbiddenPage />;
}
