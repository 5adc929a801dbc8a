import { defineModule } from '../../platform/modules/define-module';
import { stationAuditNames } from './station-audit-names';
import { createCoverageService } from './coverage.service';
import { coverageRoutes } from './coverage.routes';
import { stationImport } from './station-import';
import { createStaffingNormService } from './staffing-norms.service';
import { createStationStaffService } from './station-staff.service';
import { createStationService, type StationService } from './stations.service';
import { stationRoutes } from './stations.routes';
import { stationsAccess } from './stations.access';

export { stationInScope, stationsInScope, stationsNamed } from './station-reference';
export type { StationReference } from './station-reference';

/** 阵地: the four-tier station network, its staff and norms, coverage, and the station import. */
export const stationsModule = defineModule({
  name: 'stations',
  summary: '阵地建设 Stations',
  access: stationsAccess,
  needs: {
    divisions: ['describeRegions', 'namesOf', 'villagesOf', 'children', 'descendants', 'get'],
    organisations: ['namesOf'],
  },
  calls: { talent: ['workerName'] },
  build({ platform: { database, clock }, needs: { divisions, organisations }, calls: { talent } }) {
    const stations = createStationService({ database, divisions, organisations, clock });
    return {
      services: stations,
      auditSubjects: { station: stationAuditNames },
      routes: [
        stationRoutes({
          stations,
          staff: createStationStaffService({ database, stations, clock, talent }),
        }),
        coverageRoutes({
          coverage: createCoverageService({ database, divisions, clock }),
          norms: createStaffingNormService({ database, clock }),
        }),
      ],
      imports: [
        {
          kind: stationImport({ divisions, stations }),
          basePath: '/stations',
          tags: ['服务站点 Stations'],
          operations: {
            template: 'downloadStationImportTemplate',
            upload: 'uploadStationImport',
            report: 'getStationImport',
            problems: 'downloadStationImportProblems',
            commit: 'commitStationImport',
          },
        },
      ],
    };
  },
});

declare module '../../platform/modules/define-module' {
  interface ModuleServices {
    stations: StationService;
  }
}
