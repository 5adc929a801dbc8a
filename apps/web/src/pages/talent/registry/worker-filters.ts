import {
  ageBands,
  certificateLevels,
  codesOf,
  educationLevels,
  employerKinds,
  expertTags,
  serviceYearBands,
  workerListFilterKeys,
  type WorkerListFilterKey,
} from '@shegong/domain';
import { oneOf } from '../../../hooks/url-filter-values';
import type { UrlFilters } from '../../../hooks/useUrlFilters';
import type { WorkerFilters } from './workers-api';

/** The list's filters, kept in the address (the census links to the list with them). */
export const workerFilterKeys = workerListFilterKeys;
export type WorkerFilterKey = WorkerListFilterKey;

export const levelFilters = [...codesOf(certificateLevels), 'none' as const, 'any' as const];
const sexes = ['male', 'female'] as const;

function flag(text: string | undefined): boolean | undefined {
  return text === 'true' ? true : text === 'false' ? false : undefined;
}

function year(text: string | undefined): number | undefined {
  return text && /^\d{4}$/.test(text) ? Number(text) : undefined;
}

function uuidOf(text: string | undefined): string | undefined {
  return text && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text)
    ? text
    : undefined;
}

/** The years of the census trend: this one and the four before it. */
export function trendYears(today = new Date()): number[] {
  return Array.from({ length: 5 }, (_, i) => today.getFullYear() - 4 + i);
}

/** The list query from the address, leaving out anything that is not a valid filter value. */
export function workerFiltersOf(filters: UrlFilters<WorkerFilterKey>): WorkerFilters {
  return {
    q: filters.q,
    region: filters.region,
    regionExact: flag(filters.regionExact),
    level: oneOf(levelFilters, filters.level),
    educationLevel: oneOf(codesOf(educationLevels), filters.educationLevel),
    sex: oneOf(sexes, filters.sex),
    employed: flag(filters.employed),
    socialWorkMajor: flag(filters.socialWorkMajor),
    expertTag: oneOf(codesOf(expertTags), filters.expertTag),
    ageBand: oneOf(
      ageBands.map((b) => b.code),
      filters.ageBand,
    ),
    serviceYears: oneOf(
      serviceYearBands.map((b) => b.code),
      filters.serviceYears,
    ),
    employerKind: oneOf(codesOf(employerKinds), filters.employerKind),
    organisation: uuidOf(filters.organisation),
    employedAt: year(filters.employedAt),
    certifiedBy: year(filters.certifiedBy),
  };
}
