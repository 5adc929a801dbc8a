import {
  codesOf,
  organisationBackgrounds,
  organisationTypes,
  ratingGrades,
  serviceFields,
  type OrganisationListQuery,
} from '@shegong/domain';
import { oneOf, pageKeys, pageOf } from '../../hooks/url-filter-values';
import type { UrlFilters } from '../../hooks/useUrlFilters';

export const organisationFilterKeys = [
  'q',
  'region',
  'type',
  'background',
  'grade',
  'serviceField',
  'status',
  ...pageKeys,
] as const;
export type OrganisationFilterKey = (typeof organisationFilterKeys)[number];

export const organisationStatuses = ['active', 'deactivated'] as const;
const gradeFilters = [...codesOf(ratingGrades), 'none' as const];

/** The list query from the address, leaving out anything that is not a valid filter value. */
export function organisationQueryOf(
  filters: UrlFilters<OrganisationFilterKey>,
): OrganisationListQuery {
  return {
    ...pageOf(filters),
    q: filters.q,
    region: filters.region,
    type: oneOf(codesOf(organisationTypes), filters.type),
    background: oneOf(codesOf(organisationBackgrounds), filters.background),
    grade: oneOf(gradeFilters, filters.grade),
    serviceField: oneOf(codesOf(serviceFields), filters.serviceField),
    status: oneOf(organisationStatuses, filters.status),
  };
}
