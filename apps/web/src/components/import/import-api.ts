import type { ImportReport } from '@shegong/domain';
import { api, apiUrl } from '../../api/client';

/**
 * The five routes of an import, under the module's own path (`/workers`, `/organisations`,
 * `/stations`): template, upload (validates every row), problems sheet, commit.
 */
export function importApi(basePath: string) {
  const imports = `${basePath}/imports`;
  return {
    templateUrl: apiUrl(`${basePath}/import-template`),
    problemsUrl: (id: string) => apiUrl(`${imports}/${encodeURIComponent(id)}/problems`),
    upload: (file: File, onProgress: (share: number) => void, signal?: AbortSignal) =>
      api.upload<ImportReport>(imports, file, { onProgress, signal }),
    commit: (id: string) =>
      api.post<ImportReport>(`${imports}/${encodeURIComponent(id)}/commit`, undefined),
  };
}
