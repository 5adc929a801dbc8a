import type { AccessMap } from '../../platform/access/route-access';
import { routeSchemaFor } from '../../platform/http/route-schema';
import { transferAccess } from './transfers/transfers.access';

/** What each route of the talent module requires, by operationId (see platform/access/route-access.ts). */
export const talentAccess = {
  listWorkers: ['workers:read', 'workers:read_own'],
  exportWorkers: ['workers:read', 'workers:read_own'],
  getWorker: ['workers:read', 'workers:read_own'],
  createWorker: 'workers:write',
  updateWorker: 'workers:write',
  revealWorker: 'workers:reveal',
  addExamScore: 'workers:write',
  addCertificate: 'workers:write',
  updateExamScore: 'workers:write',
  deleteExamScore: 'workers:write',
  updateCertificate: 'workers:write',
  deleteCertificate: 'workers:write',
  updateCreditEntry: 'education:manage',
  deleteCreditEntry: 'education:manage',
  addEmployment: 'workers:write',
  endEmployment: 'workers:write',
  addSupervision: 'workers:write',
  updateSupervision: 'workers:write',
  addCredit: 'education:manage',
  applyReward: 'workers:write',
  applyRegistration: 'workers:write',
  listRegistrations: 'workers:read',
  reviewRegistration: 'registrations:review',
  listCourses: 'workers:read',
  createCourse: 'education:manage',
  listEnrolments: 'workers:read',
  enrolWorkers: 'education:manage',
  recordAttendance: 'education:manage',
  listShortOfHours: 'workers:read',
  getCreditRule: 'workers:read',
  setCreditRule: 'talent:settings',
  getRewardRules: 'workers:read',
  setRewardRules: 'talent:settings',
  listRewardGrants: 'rewards:manage',
  decideReward: 'rewards:manage',
  payReward: 'rewards:manage',
  getTalentCensus: 'talent:statistics',
  exportTalentCensus: 'talent:statistics',
  setTalentTarget: 'talent:settings',
  downloadWorkerImportTemplate: 'workers:write',
  uploadWorkerImport: 'workers:write',
  getWorkerImport: 'workers:write',
  downloadWorkerImportProblems: 'workers:write',
  commitWorkerImport: 'workers:write',
  downloadCertificateImportTemplate: 'workers:write',
  uploadCertificateImport: 'workers:write',
  getCertificateImport: 'workers:write',
  downloadCertificateImportProblems: 'workers:write',
  commitCertificateImport: 'workers:write',
  downloadCreditImportTemplate: 'education:manage',
  uploadCreditImport: 'education:manage',
  getCreditImport: 'education:manage',
  downloadCreditImportProblems: 'education:manage',
  commitCreditImport: 'education:manage',
  ...transferAccess,
} as const satisfies AccessMap;

/** A route schema of this module: its operationId must be one of the map above. */
export const routeSchema = routeSchemaFor(talentAccess);

declare module '../../platform/access/route-access' {
  interface ModuleAccess {
    talent: typeof talentAccess;
  }
}
