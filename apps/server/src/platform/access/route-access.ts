import type { Permission } from '@shegong/domain';

/**
 * What a route requires, by operationId:
 * - `public`: anyone, signed in or not.
 * - `session`: any signed-in user, even one who must change the password first.
 * - `authenticated`: any signed-in user in good standing.
 * - a permission, or a list of them: a signed-in user whose roles grant it (any one of the list).
 */
export type RouteAccess =
  'public' | 'session' | 'authenticated' | Permission | readonly Permission[];

export type AccessMap = Readonly<Record<string, RouteAccess>>;

/**
 * The platform's own routes. Each module has its map in `modules/<name>/<name>.access.ts`, named
 * in its manifest; a route whose operationId is in none of them fails at registration, so the
 * server cannot start.
 */
export const platformAccess = {
  getHealth: 'public',

  login: 'public',
  logout: 'session',
  getCurrentSession: 'session',
  changePassword: 'session',

  getSecurityPolicy: 'security:manage',
  updateSecurityPolicy: 'security:manage',

  listAuditEvents: 'audit:read',
  exportAuditEvents: 'audit:read',

  // The working calendar is reference data every user may read; deadline policies are settings.
  listCalendarDays: 'authenticated',
  setCalendarDay: 'settings:manage',
  removeCalendarDay: 'settings:manage',
  listDeadlinePolicies: 'settings:manage',
  setDeadlinePolicy: 'settings:manage',
  resetDeadlinePolicy: 'settings:manage',
} as const satisfies AccessMap;

/**
 * Each module's access map by module name: its `<name>.access.ts` adds its entry
 * (`declare module '…/route-access' { interface ModuleAccess { name: typeof nameAccess } }`).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface ModuleAccess {}

type ModuleOperationId = {
  [M in keyof ModuleAccess]: keyof ModuleAccess[M] & string;
}[keyof ModuleAccess];

export type OperationId = keyof typeof platformAccess | ModuleOperationId;

/** The platform's map and every module's, as one lookup; an operationId claimed twice stops start-up. */
export function joinAccessMaps(maps: readonly { owner: string; access: AccessMap }[]) {
  const joined = new Map<string, { owner: string; access: RouteAccess }>();
  for (const { owner, access } of maps) {
    for (const [operationId, rule] of Object.entries(access)) {
      const earlier = joined.get(operationId);
      if (earlier)
        throw new Error(
          `operationId ${operationId} is in the access maps of both ${earlier.owner} and ${owner}`,
        );
      joined.set(operationId, { owner, access: rule });
    }
  }
  return joined;
}

/** Whether a set of granted permissions satisfies a route's permission requirement. */
export function grants(
  granted: ReadonlySet<Permission>,
  access: Permission | readonly Permission[],
): boolean {
  return typeof access === 'string' ? granted.has(access) : access.some((p) => granted.has(p));
}
