import type { AccessMap } from '../../platform/access/route-access';
import { routeSchemaFor } from '../../platform/http/route-schema';

const readers = ['projects:read', 'projects:read_own'] as const;

/** What each route of the projects module requires, by operationId (see platform/access/route-access.ts). */
export const projectsAccess = {
  listProjects: readers,
  exportProjectLedger: 'projects:read',
  getProject: readers,
  createProject: 'projects:manage',
  updateProject: 'projects:manage',
  sendProjectToReview: 'projects:manage',
  recordProjectReview: 'projects:manage',
  approveProject: 'projects:approve',
  returnProject: 'projects:approve',
  terminateProject: 'projects:manage',
  closeProject: 'projects:manage',
  downloadProjectImportTemplate: 'projects:manage',
  uploadProjectImport: 'projects:manage',
  getProjectImport: 'projects:manage',
  downloadProjectImportProblems: 'projects:manage',
  commitProjectImport: 'projects:manage',
} as const satisfies AccessMap;

/** A route schema of this module: its operationId must be one of the map above. */
export const routeSchema = routeSchemaFor(projectsAccess);

declare module '../../platform/access/route-access' {
  interface ModuleAccess {
    projects: typeof projectsAccess;
  }
}
