import { defineModule } from '../../platform/modules/define-module';
import { tenderAuditNames } from './tender-audit-names';
import { tendersAccess } from './tenders.access';
import { tenderRoutes } from './tenders.routes';
import { createTenderService, type TenderService } from './tenders.service';

export type { TenderService };

/** What the tenders module offers the others. */
export interface TenderServices {
  /** The award of each project's tender (the winning bid and its price, 中标价), in `tx`. */
  awardsOf: TenderService['awardsOf'];
}

/**
 * 招标与投标: a set-up project's tender with its rules, bids whose eligibility is computed from
 * the registries, the panel's scores, the award or 流标 — each moving the project.
 */
export const tendersModule = defineModule({
  name: 'tenders',
  summary: '招标与投标 Tenders',
  access: tendersAccess,
  needs: {
    divisions: ['describeRegions', 'namesOf'],
    projects: ['loadInScope', 'move'],
    organisations: ['tenderFactsOf'],
    stations: ['operatingStationsOf'],
    talent: ['staffOf'],
  },
  build({ platform: { database, clock }, needs }) {
    const tenders = createTenderService({ database, clock, ...needs });
    return {
      services: { awardsOf: tenders.awardsOf } satisfies TenderServices,
      routes: [tenderRoutes({ tenders })],
      auditSubjects: { tender: tenderAuditNames, tender_bid: tenderAuditNames },
    };
  },
});

declare module '../../platform/modules/define-module' {
  interface ModuleServices {
    tenders: TenderServices;
  }
}
