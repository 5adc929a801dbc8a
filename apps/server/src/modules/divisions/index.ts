import { readerFor } from '../../db/unit-of-work';
import { defineModule } from '../../platform/modules/define-module';
import { divisionRoutes } from './divisions.routes';
import { createDivisionService, type DivisionService } from './divisions.service';
import { divisionsAccess } from './divisions.access';

export type { DivisionService } from './divisions.service';
export { regionCodeSheet } from './region-code-sheet';
export { childDivisionSql } from './child-division-sql';
export { ensureUpperDivisions } from './divisions.loader';
export { loadVillages } from './village-loader';

/** 行政区划: the national divisions, read from memory; villages loaded per province. */
export const divisionsModule = defineModule({
  name: 'divisions',
  summary: '行政区划 Administrative divisions',
  access: divisionsAccess,
  needs: {},
  build({ platform }) {
    const divisions = createDivisionService({ reader: () => readerFor(platform.database) });
    return { services: divisions, routes: [divisionRoutes(divisions)] };
  },
});

declare module '../../platform/modules/define-module' {
  interface ModuleServices {
    divisions: DivisionService;
  }
}
