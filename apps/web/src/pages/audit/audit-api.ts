import type { AuditEvent, AuditQuery } from '@shegong/domain';
import { api, apiUrl } from '../../api/client';

/** The filters of the audit list and its export (without the paging). */
export type AuditFilters = Partial<Omit<AuditQuery, 'cursor' | 'limit'>>;

export const auditKeys = {
  list: (filters: AuditFilters) => ['audit-events', filters] as const,
};

const pageSize = 50;

export function listAuditEvents(
  filters: AuditFilters,
  cursor: string | undefined,
  signal?: AbortSignal,
) {
  return api.get<{ items: AuditEvent[]; nextCursor: string | null }>('/audit-events', {
    query: { ...filters, cursor, limit: pageSize },
    signal,
  });
}

/** A plain link: the browser downloads the sheet with the session cookie. */
export function auditExportUrl(filters: AuditFilters): string {
  return apiUrl('/audit-events/export', filters);
}
