import type { Permission } from '@shegong/domain';

/**
 * What each route requires, by operationId — the one map every route is checked against.
 * - `public`: anyone, signed in or not.
 * - `session`: any signed-in user, even one who must change the password first.
 * - `authenticated`: any signed-in user in good standing.
 * - a permission, or a list of them: a signed-in user whose roles grant it (any one of the list).
 * A route whose operationId is missing here fails at registration, so the server cannot start.
 */
export const routeAccess = {
  getHealth: 'public',

  login: 'public',
  logout: 'session',
  getCurrentSession: 'session',
  changePassword: 'session',

  listDivisions: 'authenticated',
  searchDivisions: 'authenticated',
  getDivision: 'authenticated',
  getDivisionPath: 'authenticated',

  listAccounts: 'accounts:read',
  getAccount: 'accounts:read',
  createAccount: 'accounts:manage',
  updateAccount: 'accounts:manage',
  assignAccountAccess: 'roles:assign',
  listAccountOrganisations: 'roles:assign',
  resetAccountPassword: 'accounts:manage',
  unlockAccount: 'accounts:manage',
  getRoleMatrix: 'authenticated',

  getSecurityPolicy: 'security:manage',
  updateSecurityPolicy: 'security:manage',

  listAuditEvents: 'audit:read',
  exportAuditEvents: 'audit:read',

  listOrganisations: ['organisations:read', 'organisations:read_own'],
  exportOrganisations: 'organisations:read',
  getOrganisation: ['organisations:read', 'organisations:read_own'],
  createOrganisation: 'organisations:write',
  updateOrganisation: 'organisations:write',
  deactivateOrganisation: 'organisations:write',
  revealOrganisation: 'organisations:write',
  addOrganisationRating: 'organisations:assess',
  addOrganisationInspection: 'organisations:assess',
  addOrganisationCreditRecord: 'organisations:assess',
  endOrganisationCreditRecord: 'organisations:assess',
  listGrants: 'organisations:support',
  addOrganisationGrant: 'organisations:support',
  listIncubationBases: 'organisations:support',
  createIncubationBase: 'organisations:support',
  listResidencies: 'organisations:support',
  admitResident: 'organisations:support',
  releaseResident: 'organisations:support',

  downloadOrganisationImportTemplate: 'organisations:write',
  uploadOrganisationImport: 'organisations:write',
  getOrganisationImport: 'organisations:write',
  downloadOrganisationImportProblems: 'organisations:write',
  commitOrganisationImport: 'organisations:write',

  listStations: 'stations:read',
  getStation: 'stations:read',
  createStation: 'stations:write',
  updateStation: 'stations:write',
  assignStationStaff: 'stations:write',
  endStationStaff: 'stations:write',
  downloadStationImportTemplate: 'stations:write',
  uploadStationImport: 'stations:write',
  getStationImport: 'stations:write',
  downloadStationImportProblems: 'stations:write',
  commitStationImport: 'stations:write',
  getCoverage: 'coverage:read',
  exportCoverage: 'coverage:read',
  getStaffingNorm: 'coverage:read',
  setStaffingNorm: 'norms:manage',
  removeStaffingNorm: 'norms:manage',

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
} as const satisfies Record<string, RouteAccess>;

export type RouteAccess =
  'public' | 'session' | 'authenticated' | Permission | readonly Permission[];

/** Whether a set of granted permissions satisfies a route's permission requirement. */
export function grants(
  granted: ReadonlySet<Permission>,
  access: Permission | readonly Permission[],
): boolean {
  return typeof access === 'string' ? granted.has(access) : access.some((p) => granted.has(p));
}

export type OperationId = keyof typeof routeAccess;

export function accessOf(operationId: string): RouteAccess | undefined {
  return (routeAccess as Record<string, RouteAccess>)[operationId];
}
