import { defineModule } from '../../platform/modules/define-module';
import { indicatorsAccess } from './indicators.access';
import { indicatorRoutes } from './indicators.routes';
import { createIndicatorService, type IndicatorService } from './indicators.service';

export type { IndicatorService, UsableIndicatorVersion } from './indicators.service';
export { seedDemoIndicators } from './demo-indicators';

/**
 * 评估指标体系: one versioned indicator library — templates per region and project type, a city
 * extending its province's, published versions frozen — that evaluations and contracts score on.
 */
export const indicatorsModule = defineModule({
  name: 'indicators',
  summary: '评估指标体系 Evaluation indicators',
  access: indicatorsAccess,
  needs: { divisions: ['describeRegions', 'namesOf'] },
  build({ platform: { database, clock }, needs: { divisions } }) {
    const indicators = createIndicatorService({ database, clock, divisions });
    return {
      services: {
        currentFor: indicators.currentFor,
        currentForAll: indicators.currentForAll,
        loadUsable: indicators.loadUsable,
        freeze: indicators.freeze,
      },
      routes: [indicatorRoutes({ indicators })],
    };
  },
});

declare module '../../platform/modules/define-module' {
  interface ModuleServices {
    indicators: Pick<IndicatorService, 'currentFor' | 'currentForAll' | 'loadUsable' | 'freeze'>;
  }
}
