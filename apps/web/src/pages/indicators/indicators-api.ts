import type {
  CreateIndicatorTemplate,
  IndicatorItemInput,
  IndicatorTemplate,
  IndicatorVersion,
} from '@shegong/domain';
import { api } from '../../api/client';

export const indicatorKeys = {
  all: ['indicators'] as const,
  templates: ['indicators', 'templates'] as const,
  version: (id: string) => ['indicators', 'version', id] as const,
};

const path = (id: string) => `/indicator-versions/${encodeURIComponent(id)}`;

export const listTemplates = (signal?: AbortSignal) =>
  api.get<IndicatorTemplate[]>('/indicator-templates', { signal });

export const getVersion = (id: string, signal?: AbortSignal) =>
  api.get<IndicatorVersion>(path(id), { signal });

export const createTemplate = (input: CreateIndicatorTemplate) =>
  api.post<IndicatorVersion>('/indicator-templates', input);

export const saveDraft = (version: IndicatorVersion, items: IndicatorItemInput[]) =>
  api.put<IndicatorVersion>(path(version.id), { items, version: version.version });

export const publishVersion = (version: IndicatorVersion) =>
  api.post<IndicatorVersion>(`${path(version.id)}/publish`, { version: version.version });

export const nextVersion = (version: IndicatorVersion) =>
  api.post<IndicatorVersion>(`${path(version.id)}/next`);
