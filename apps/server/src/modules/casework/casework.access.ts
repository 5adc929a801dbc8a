import type { AccessMap } from '../../platform/access/route-access';
import { routeSchemaFor } from '../../platform/http/route-schema';

const teamOrAdministrator = ['cases:work', 'cases:read_org'] as const;

/** What each route of the casework module requires, by operationId (see platform/access/route-access.ts). */
export const caseworkAccess = {
  listCases: teamOrAdministrator,
  openCase: 'cases:work',
  getCase: teamOrAdministrator,
  recordCaseIntake: 'cases:work',
  advanceCase: 'cases:work',
  addCaseAssessment: 'cases:work',
  addCaseGoal: 'cases:work',
  addCaseTask: 'cases:work',
  markCaseTask: 'cases:work',
  addCaseContact: 'cases:work',
  addCaseEvaluation: 'cases:work',
  requestCaseClosure: 'cases:work',
  approveCaseClosure: 'cases:work',
  rejectCaseClosure: 'cases:work',
  reopenCase: 'cases:work',
  changeCaseTeam: 'cases:work',
  openCaseFile: 'clients:open_file',
  getCaseDesk: 'cases:work',
  listPendingClosures: 'cases:work',
  listCaseColleagues: 'cases:work',
  listCaseStations: 'cases:work',
  getCaseStatistics: 'cases:statistics',
  listAnonymousCases: 'cases:statistics',
  getCaseSetting: 'cases:configure',
  setCaseSetting: 'cases:configure',
} as const satisfies AccessMap;

/** A route schema of this module: its operationId must be one of the map above. */
export const routeSchema = routeSchemaFor(caseworkAccess);

declare module '../../platform/access/route-access' {
  interface ModuleAccess {
    casework: typeof caseworkAccess;
  }
}
