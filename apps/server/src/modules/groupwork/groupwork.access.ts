import type { AccessMap } from '../../platform/access/route-access';
import { routeSchemaFor } from '../../platform/http/route-schema';

const work = 'groupwork:work';
/** Officers read counts; the organisation's workers read their own records. */
const read = ['groupwork:work', 'groupwork:read'] as const;

/** What each route of the groupwork module requires, by operationId (see platform/access/route-access.ts). */
export const groupworkAccess = {
  listGroupworkStations: read,
  listGroupworkColleagues: work,
  listGroups: read,
  createGroup: work,
  getGroup: read,
  updateGroup: work,
  moveGroupStage: work,
  addGroupMember: work,
  endGroupMembership: work,
  addGroupSession: work,
  listActivities: read,
  createActivity: work,
  getActivity: read,
  updateActivity: work,
  addActivityParticipant: work,
  removeActivityParticipant: work,
  addActivitySession: work,
  updateServiceSession: work,
  getAttendanceSheet: work,
  saveAttendance: work,
  getPersonTimes: read,
  getPersonTimesByDivision: read,
  getStationMonth: read,
  exportServiceLedger: read,
  downloadActivityAttendanceImportTemplate: work,
  uploadActivityAttendanceImport: work,
  getActivityAttendanceImport: work,
  downloadActivityAttendanceImportProblems: work,
  commitActivityAttendanceImport: work,
  downloadPersonTimesImportTemplate: work,
  uploadPersonTimesImport: work,
  getPersonTimesImport: work,
  downloadPersonTimesImportProblems: work,
  commitPersonTimesImport: work,
} as const satisfies AccessMap;

/** A route schema of this module: its operationId must be one of the map above. */
export const routeSchema = routeSchemaFor(groupworkAccess);

declare module '../../platform/access/route-access' {
  interface ModuleAccess {
    groupwork: typeof groupworkAccess;
  }
}
