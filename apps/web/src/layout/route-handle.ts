import type { MessageKey } from '../i18n/messages';

/** What a route tells the layout about itself (React Router's `handle`). */
export interface RouteHandle {
  /** Its name in the breadcrumb; routes without a handle add no crumb. */
  crumb: MessageKey;
  /** A menu group (系统管理) rather than a page: its crumb is not a link. */
  group?: boolean;
}

/** A route's `handle`, checked (React Router types it `any`). */
export const crumb = (handle: RouteHandle) => handle;

export function isRouteHandle(handle: unknown): handle is RouteHandle {
  return typeof handle === 'object' && handle !== null && 'crumb' in handle;
}
