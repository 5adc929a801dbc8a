import type {
  IncubationBase,
  IncubationBaseInput,
  Residency,
  ResidencyInput,
} from '@shegong/domain';
import { api } from '../../api/client';

export const incubationKeys = {
  all: ['incubation'] as const,
  bases: ['incubation', 'bases'] as const,
  residents: (baseId: string, current: boolean) =>
    ['incubation', 'residents', baseId, current] as const,
};

export async function listBases(signal?: AbortSignal): Promise<IncubationBase[]> {
  const { items } = await api.get<{ items: IncubationBase[] }>('/incubation-bases', { signal });
  return items;
}

export function createBase(input: IncubationBaseInput) {
  return api.post<IncubationBase>('/incubation-bases', input);
}

/** The residents of a base: those in incubation now, or everyone who ever was. */
export async function listResidents(
  baseId: string,
  current: boolean,
  signal?: AbortSignal,
): Promise<Residency[]> {
  const { items } = await api.get<{ items: Residency[] }>('/incubation-residencies', {
    query: { baseId, current: current ? 'true' : undefined },
    signal,
  });
  return items;
}

export function admitResident(baseId: string, input: ResidencyInput) {
  return api.post<Residency>(`/incubation-bases/${encodeURIComponent(baseId)}/residencies`, input);
}

export function releaseResident(
  residencyId: string,
  body: { version: number; exitedOn: string; note?: string | null },
) {
  return api.post<Residency>(
    `/incubation-residencies/${encodeURIComponent(residencyId)}/exit`,
    body,
  );
}
