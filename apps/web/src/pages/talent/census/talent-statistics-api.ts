import type { TalentCensus } from '@shegong/domain';
import { api, apiUrl } from '../../../api/client';

export const censusKeys = {
  one: (region: string, year: number) => ['talent-statistics', region, year] as const,
};

/** The census today, with the target of `year`. */
export function getCensus(region: string, year: number, signal?: AbortSignal) {
  return api.get<TalentCensus>('/talent-statistics', { query: { region, year }, signal });
}

export function censusExportUrl(region: string): string {
  return apiUrl('/talent-statistics/export', { region });
}

export function setTalentTarget(
  region: string,
  target: { year: number; targetWorkers: number; targetCertified: number },
) {
  return api.put<TalentCensus>('/talent-targets', target, { query: { region } });
}
