import { defineModule } from '../../platform/modules/define-module';
import type { MoveMergedClient } from '../clients';
import { createActivityService } from './activities.service';
import { attendanceImport } from './attendance-import';
import { groupworkAuditNames } from './groupwork-audit-names';
import { groupworkAccess } from './groupwork.access';
import { groupworkRoutes } from './groupwork.routes';
import { moveServiceRecordsOfMergedClient } from './merged-client';
import { createGroupService } from './groups.service';
import { personTimesImport } from './person-times-import';
import { createPersonTimesService, type PersonTimesService } from './person-times.service';
import { serviceLedger } from './service-ledger';
import { createSessionService } from './sessions.service';
import { stationOptions } from './station-options';

export type { PersonTimesByMonth, PersonTimesFilter } from './person-times.service';

/** What the groupwork module offers the others: person-times (人次), attendance only. */
export interface GroupworkServices {
  /** Person-times per station, organisation and month in the actor's scope, in `tx`. */
  personTimesByStationMonth: PersonTimesService['byStationMonth'];
  /** Person-times and sessions held of groups or of activities, by id, in `tx`. */
  personTimesOfRecords: PersonTimesService['ofRecords'];
  /** A client's merge: the duplicate's places on lists and marks at sessions move to the kept. */
  moveMergedClient: MoveMergedClient;
}

const tags = ['服务人次 Person-times'];

/** 小组工作与社区活动: groups with their stages, community activities, sessions, attendance, 人次. */
export const groupworkModule = defineModule({
  name: 'groupwork',
  summary: '小组工作与社区活动 Group work and community activities',
  access: groupworkAccess,
  needs: {
    divisions: ['describeRegions', 'children'],
    organisations: ['namesOf'],
    stations: ['loadRow', 'list'],
    clients: ['loadServed', 'loadServedMany'],
  },
  build({ platform: { database, clock }, needs: { divisions, organisations, stations, clients } }) {
    const sessions = createSessionService({ database, clock, clients });
    const deps = { database, clock, divisions, organisations, stations, clients, sessions };
    const personTimes = createPersonTimesService(deps);
    const services: GroupworkServices = {
      personTimesByStationMonth: personTimes.byStationMonth,
      personTimesOfRecords: personTimes.ofRecords,
      moveMergedClient: moveServiceRecordsOfMergedClient(sessions.recount),
    };
    return {
      services,
      auditSubjects: groupworkAuditNames,
      routes: [
        groupworkRoutes({
          groups: createGroupService(deps),
          activities: createActivityService(deps),
          sessions,
          personTimes,
          ledger: serviceLedger(deps),
          stationOptions: stationOptions(stations),
        }),
      ],
      imports: [
        {
          kind: attendanceImport({ database, clock, clients, sessions }),
          basePath: '/activity-attendance',
          tags,
          operations: {
            template: 'downloadActivityAttendanceImportTemplate',
            upload: 'uploadActivityAttendanceImport',
            report: 'getActivityAttendanceImport',
            problems: 'downloadActivityAttendanceImportProblems',
            commit: 'commitActivityAttendanceImport',
          },
        },
        {
          kind: personTimesImport({ database, clock, sessions }),
          basePath: '/activity-person-times',
          tags,
          operations: {
            template: 'downloadPersonTimesImportTemplate',
            upload: 'uploadPersonTimesImport',
            report: 'getPersonTimesImport',
            problems: 'downloadPersonTimesImportProblems',
            commit: 'commitPersonTimesImport',
          },
        },
      ],
    };
  },
});

declare module '../../platform/modules/define-module' {
  interface ModuleServices {
    groupwork: GroupworkServices;
  }
}
