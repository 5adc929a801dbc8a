import { importRoutes } from '../../platform/imports/imports.routes';
import type { DivisionService } from '../divisions/divisions.service';
import type { ModuleContext } from '../module-context';
import type { OrganisationService } from '../organisations/organisations.service';
import { createCoverageService } from './coverage.service';
import { coverageRoutes } from './coverage.routes';
import { stationImport } from './station-import';
import { createStaffingNormService } from './staffing-norms.service';
import { createStationStaffService } from './station-staff.service';
import { createStationService } from './stations.service';
import { stationRoutes } from './stations.routes';

/** 阵地: the four-tier station network, its staff and norms, coverage, and the station import. */
export async function registerStationsModule(
  context: ModuleContext,
  deps: { divisions: DivisionService; organisations: OrganisationService },
) {
  const { api, database, clock, imports } = context;
  const { divisions, organisations } = deps;
  const stations = createStationService({ database, divisions, organisations, clock });
  await api.register(
    stationRoutes({
      stations,
      staff: createStationStaffService({ database, stations, clock, talent: context.talent }),
    }),
  );
  await api.register(
    coverageRoutes({
      coverage: createCoverageService({ database, divisions, clock }),
      norms: createStaffingNormService({ database, clock }),
    }),
  );
  await api.register(
    importRoutes({
      imports,
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
    }),
  );
}
