import type {
  AccountOrganisationOption,
  CreditRecord,
  CreditRecordInput,
  Grant,
  GrantInput,
  Inspection,
  InspectionInput,
  Organisation,
  OrganisationDetail,
  OrganisationInput,
  OrganisationListQuery,
  Rating,
  RatingInput,
  RevealedOrganisation,
  UpdateOrganisation,
} from '@shegong/domain';
import { api, apiUrl } from '../../api/client';

/** The filters of the list and its export (without the paging). */
export type OrganisationFilters = Partial<Omit<OrganisationListQuery, 'page' | 'pageSize'>>;

export const organisationKeys = {
  all: ['organisations'] as const,
  list: (query: Partial<OrganisationListQuery>) => ['organisations', 'list', query] as const,
  one: (id: string) => ['organisations', 'one', id] as const,
  search: (q: string) => ['organisations', 'search', q] as const,
  directory: (q: string) => ['organisations', 'directory', q] as const,
};

const path = (id: string) => `/organisations/${encodeURIComponent(id)}`;

export function listOrganisations(query: Partial<OrganisationListQuery>, signal?: AbortSignal) {
  return api.get<{ items: Organisation[]; total: number }>('/organisations', { query, signal });
}

export function organisationExportUrl(filters: OrganisationFilters): string {
  return apiUrl('/organisations/export', filters);
}

export function getOrganisation(id: string, signal?: AbortSignal) {
  return api.get<OrganisationDetail>(path(id), { signal });
}

/** The representative, contact person and phone whole (masked elsewhere); audited. */
export function revealOrganisation(id: string) {
  return api.post<RevealedOrganisation>(`${path(id)}/reveal`);
}

export function createOrganisation(input: OrganisationInput) {
  return api.post<Organisation>('/organisations', input);
}

export function updateOrganisation(id: string, change: UpdateOrganisation) {
  return api.patch<Organisation>(path(id), change);
}

export function deactivateOrganisation(
  id: string,
  body: { version: number; deactivatedOn: string; reason: string },
) {
  return api.post<Organisation>(`${path(id)}/deactivation`, body);
}

export function addRating(id: string, input: RatingInput) {
  return api.post<Rating>(`${path(id)}/ratings`, input);
}

export function addInspection(id: string, input: InspectionInput) {
  return api.post<Inspection>(`${path(id)}/inspections`, input);
}

export function addCreditRecord(id: string, input: CreditRecordInput) {
  return api.post<CreditRecord>(`${path(id)}/credit-records`, input);
}

export function endCreditRecord(
  id: string,
  recordId: string,
  body: { version: number; endedOn: string },
) {
  return api.post<CreditRecord>(
    `${path(id)}/credit-records/${encodeURIComponent(recordId)}/end`,
    body,
  );
}

export function addGrant(id: string, input: GrantInput) {
  return api.post<Grant>(`${path(id)}/grants`, input);
}

/** Active organisations working in the reader's scope, by name: the public registry's names. */
export function searchOrganisationDirectory(q: string, signal?: AbortSignal) {
  return api.get<AccountOrganisationOption[]>('/organisation-directory', {
    query: { q: q || undefined },
    signal,
  });
}
