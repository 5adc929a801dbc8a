import type { Coverage, StaffingNorm, StaffingNormResponse } from '@shegong/domain';
import { api, apiUrl } from '../../api/client';

export const coverageKeys = {
  all: ['coverage'] as const,
  one: (region: string) => ['coverage', region] as const,
};

export const normKeys = {
  all: ['staffing-norms'] as const,
  one: (region: string) => ['staffing-norms', region] as const,
};

export function getCoverage(region: string, signal?: AbortSignal) {
  return api.get<Coverage>('/coverage', { query: { region }, signal });
}

export function coverageExportUrl(region: string): string {
  return apiUrl('/coverage/export', { region });
}

export function getStaffingNorm(region: string, signal?: AbortSignal) {
  return api.get<StaffingNormResponse>('/staffing-norms', { query: { region }, signal });
}

/** Sets the region's own norm; `version` is that of its own setting (0 when it has none yet). */
export function setStaffingNorm(region: string, norm: StaffingNorm & { version: number }) {
  return api.put<StaffingNormResponse>('/staffing-norms', norm, { query: { region } });
}

/**
 * Removes the region's own norm (`version`: that of its setting), so that the enclosing region's
 * norm or the defaults apply again; answers the norm now in force.
 */
export function removeStaffingNorm(region: string, version: number) {
  return api.delete<StaffingNormResponse>('/staffing-norms', {
    query: { region, version: String(version) },
  });
}
