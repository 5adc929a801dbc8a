import type {
  Client,
  ClientDetail,
  ClientInput,
  ClientListQuery,
  DuplicateMatch,
  DuplicateQuery,
  UpdateClient,
} from '@shegong/domain';
import { api, apiUrl } from '../../api/client';

export const clientKeys = {
  all: ['clients'] as const,
  list: (query: Partial<ClientListQuery>) => ['clients', 'list', query] as const,
  one: (id: string) => ['clients', 'one', id] as const,
};

const path = (id: string) => `/clients/${encodeURIComponent(id)}`;

export function listClients(
  query: Partial<ClientListQuery>,
  cursor: string | undefined,
  signal?: AbortSignal,
) {
  return api.get<{ items: Client[]; nextCursor: string | null }>('/clients', {
    query: { ...query, cursor },
    signal,
  });
}

export function getClient(id: string, signal?: AbortSignal) {
  return api.get<ClientDetail>(path(id), { signal });
}

export function openClientFile(id: string, reason: string) {
  return api.post<ClientDetail>(`${path(id)}/open`, { reason });
}

export function findDuplicates(query: DuplicateQuery) {
  return api.post<DuplicateMatch[]>('/clients/duplicates', query);
}

export function createClient(input: ClientInput) {
  return api.post<ClientDetail>('/clients', input);
}

export function updateClient(id: string, change: UpdateClient) {
  return api.patch<ClientDetail>(path(id), change);
}

type ConsentGiven = ClientInput['consent'];

export function linkClient(id: string, consent: ConsentGiven) {
  return api.post<ClientDetail>(`${path(id)}/link`, { consent });
}

export function addConsent(
  id: string,
  input: ConsentGiven & { kind: 'sharing' | 'photos'; sharedWithOrganisationId?: string | null },
) {
  return api.post<ClientDetail>(`${path(id)}/consents`, input);
}

export function revokeConsent(
  id: string,
  consentId: string,
  body: { revokedOn: string; reason: string },
) {
  return api.post<ClientDetail>(
    `${path(id)}/consents/${encodeURIComponent(consentId)}/revoke`,
    body,
  );
}

export function uploadConsentForm(id: string, consentId: string, file: Blob) {
  return api.upload<ClientDetail>(
    `${path(id)}/consents/${encodeURIComponent(consentId)}/evidence`,
    file,
  );
}

export const consentFormUrl = (id: string, consentId: string) =>
  apiUrl(`${path(id)}/consents/${encodeURIComponent(consentId)}/evidence`);

export function mergeClients(id: string, duplicateId: string, reason: string) {
  return api.post<ClientDetail>(`${path(id)}/merge`, { duplicateId, reason });
}
