import type { Division, DivisionWithPath } from '@shegong/domain';
import { api } from './client';

// Division data changes only with a data release: cache it for the whole visit.
export const divisionStaleTime = Infinity;

export const divisionKeys = {
  root: (scope: string) => ['divisions', 'root', scope] as const,
  children: (parent: string) => ['divisions', 'children', parent] as const,
  path: (code: string) => ['divisions', 'path', code] as const,
  search: (q: string, within: string) => ['divisions', 'search', within, q] as const,
};

/** Children of a division; '' gives the provinces. */
export async function fetchDivisionChildren(parent: string): Promise<Division[]> {
  const { items } = await api.get<{ items: Division[] }>('/divisions', {
    query: { parent: parent || undefined },
  });
  return items;
}

export function fetchDivisionPath(code: string): Promise<DivisionWithPath> {
  return api.get<DivisionWithPath>(`/divisions/${encodeURIComponent(code)}/path`);
}

export async function searchDivisions(q: string, within: string): Promise<DivisionWithPath[]> {
  const { items } = await api.get<{ items: DivisionWithPath[] }>('/divisions/search', {
    query: { q, within: within || undefined, limit: 20 },
  });
  return items;
}
