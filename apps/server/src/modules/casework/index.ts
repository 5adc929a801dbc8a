import { defineModule } from '../../platform/modules/define-module';
import type { MoveMergedClient } from '../clients';
import { caseAuditNames } from './case-audit-names';
import { createCaseOutputs, type CaseOutputs } from './case-outputs';
import { createCaseFiles } from './case-file';
import { createCaseSettingService } from './case-settings.service';
import { createCaseStatisticsService } from './case-statistics.service';
import { caseworkAccess } from './casework.access';
import { caseworkRoutes } from './casework.routes';
import { createCaseworkService, type CaseworkService } from './casework.service';
import { moveCasesOfMergedClient } from './merged-client';

export type { CaseCountFilter, CasesByMonth } from './case-outputs';
export type { ReferralEvent, WorkableCase } from './casework.service';

/** 个案工作 (MZ/T 094-2017): cases through their stages, read by their team, counted by the offices. */
export const caseworkModule = defineModule({
  name: 'casework',
  summary: '个案工作 Case work',
  access: caseworkAccess,
  needs: {
    clients: ['loadServed', 'loadServedMany', 'maskedNamesOf'],
    stations: ['list'],
    divisions: ['describeRegions', 'children'],
  },
  build({ platform: { database, clock }, needs: { clients, stations, divisions } }) {
    const casework = createCaseworkService({ database, clock, clients, stations, divisions });
    const statistics = createCaseStatisticsService({
      database,
      clock,
      divisions,
      files: createCaseFiles({ clock, clients, divisions }),
    });
    const settings = createCaseSettingService({ database, clock });
    return {
      // Offered to the referral module, to a client's merge, and counts without content to the
      // contracts module: nothing else of a case leaves.
      services: {
        loadWorkable: casework.loadWorkable,
        recordReferralEvent: casework.recordReferralEvent,
        moveMergedClient: moveCasesOfMergedClient,
        casesByStationMonth: createCaseOutputs({ clock }),
      },
      routes: [caseworkRoutes({ casework, statistics, settings })],
      auditSubjects: { case: caseAuditNames(clients) },
    };
  },
});

/** What the casework module offers other modules. */
export type CaseworkOffer = Pick<CaseworkService, 'loadWorkable' | 'recordReferralEvent'> & {
  moveMergedClient: MoveMergedClient;
  /** Cases opened and closed and contacts made per station, organisation and month, in `tx`. */
  casesByStationMonth: CaseOutputs;
};

declare module '../../platform/modules/define-module' {
  interface ModuleServices {
    casework: CaseworkOffer;
  }
}
