import { auditActions, type AuditQuery } from '@shegong/domain';
import type { UrlFilters } from '../../hooks/useUrlFilters';
import type { AuditFilters } from './audit-api';

// entityType and entityId come from links (an import job's events), not from the filter bar.
export const auditFilterKeys = [
  'from',
  'to',
  'action',
  'outcome',
  'region',
  'entityType',
  'entityId',
] as const;
export type AuditFilterKey = (typeof auditFilterKeys)[number];

const outcomes = ['success', 'failure'] as const;

function isoOrUndefined(text: string | undefined): string | undefined {
  return text !== undefined && !Number.isNaN(Date.parse(text)) ? text : undefined;
}

/** The audit query from the address, leaving out anything that is not a valid filter value. */
export function auditFiltersOf(filters: UrlFilters<AuditFilterKey>): AuditFilters {
  return {
    from: isoOrUndefined(filters.from),
    to: isoOrUndefined(filters.to),
    action: auditActions.find((a): a is NonNullable<AuditQuery['action']> => a === filters.action),
    outcome: outcomes.find((o) => o === filters.outcome),
    region: filters.region,
    entityType: filters.entityType,
    entityId: filters.entityId,
  };
}
