import type {
  Allocation,
  CreateAllocation,
  CreateFundSource,
  FundShareRule,
  FundSource,
  FundsSummary,
  UpdateAllocation,
  UpdateFundSource,
} from '@shegong/domain';
import { api, apiUrl } from '../../api/client';

export interface FundFilters {
  region?: string;
  year?: number;
  kind?: string;
}

export const fundKeys = {
  all: ['funds'] as const,
  summary: (filters: FundFilters) => ['funds', 'summary', filters] as const,
  sources: (filters: FundFilters) => ['funds', 'sources', filters] as const,
  allocations: (query: { sourceId?: string; projectId?: string }) =>
    ['funds', 'allocations', query] as const,
  rule: (region: string) => ['funds', 'rule', region] as const,
};

export function getFundsSummary(filters: FundFilters, signal?: AbortSignal) {
  return api.get<FundsSummary>('/funds/summary', {
    query: { region: filters.region, year: filters.year },
    signal,
  });
}

export function listFundSources(filters: FundFilters, signal?: AbortSignal) {
  return api.get<{ items: FundSource[]; total: number }>('/fund-sources', {
    query: { ...filters, pageSize: 200 },
    signal,
  });
}

export function createFundSource(input: CreateFundSource) {
  return api.post<FundSource>('/fund-sources', input);
}

export function updateFundSource(id: string, input: UpdateFundSource) {
  return api.patch<FundSource>(`/fund-sources/${encodeURIComponent(id)}`, input);
}

export function listAllocations(
  query: { sourceId?: string; projectId?: string },
  signal?: AbortSignal,
) {
  return api.get<Allocation[]>('/fund-allocations', { query, signal });
}

export function createAllocation(input: CreateAllocation) {
  return api.post<Allocation>('/fund-allocations', input);
}

export function updateAllocation(id: string, input: UpdateAllocation) {
  return api.patch<Allocation>(`/fund-allocations/${encodeURIComponent(id)}`, input);
}

export function getShareRule(region: string, signal?: AbortSignal) {
  return api.get<FundShareRule>('/fund-share-rule', { query: { region }, signal });
}

export function fundLedgerUrl(filters: FundFilters): string {
  return apiUrl('/funds/export', { region: filters.region, year: filters.year });
}
