import type { Permission } from '@shegong/domain';

/**
 * What each route requires, by operationId — the one map every route is checked against.
 * - `public`: anyone, signed in or not.
 * - `session`: any signed-in user, even one who must change the password first.
 * - `authenticated`: any signed-in user in good standing.
 * - a permission: a signed-in user whose roles grant it.
 * A route whose operationId is missing here fails at registration, so the server cannot start.
 */
export const routeAccess = {
  getHealth: 'public',

  login: 'public',
  logout: 'session',
  getCurrentSession: 'session',
  changePassword: 'session',

  listDivisions: 'authenticated',
  searchDivisions: 'authenticated',
  getDivision: 'authenticated',
  getDivisionPath: 'authenticated',

  listAccounts: 'accounts:read',
  getAccount: 'accounts:read',
  createAccount: 'accounts:manage',
  updateAccount: 'accounts:manage',
  assignAccountAccess: 'roles:assign',
  resetAccountPassword: 'accounts:manage',
  unlockAccount: 'accounts:manage',
  getRoleMatrix: 'authenticated',

  getSecurityPolicy: 'security:manage',
  updateSecurityPolicy: 'security:manage',

  listAuditEvents: 'audit:read',
  exportAuditEvents: 'audit:read',
} as const satisfies Record<string, RouteAccess>;

export type RouteAccess = 'public' | 'session' | 'authenticated' | Permission;

export type OperationId = keyof typeof routeAccess;

export function accessOf(operationId: string): RouteAccess | undefined {
  return (routeAccess as Record<string, RouteAccess>)[operationId];
}
