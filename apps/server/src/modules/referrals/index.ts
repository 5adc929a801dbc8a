import { defineModule } from '../../platform/modules/define-module';
import type { MoveMergedClient } from '../clients';
import { moveReferralsOfMergedClient } from './merged-client';
import { createReferralBoard } from './referral-board';
import { referralAuditNames } from './referral-audit-names';
import { referralDeadlines } from './referral-deadlines';
import { referralsAccess } from './referrals.access';
import { referralRoutes } from './referrals.routes';
import { createReferralService, type ReferralService } from './referrals.service';

export type { ReferralService } from './referrals.service';

/** 转介: two-way referrals (全科 + 专科) with the answer's and the result's deadlines. */
export const referralsModule = defineModule({
  name: 'referrals',
  summary: '转介 Referrals',
  access: referralsAccess,
  deadlinePolicies: referralDeadlines,
  needs: {
    clients: ['loadServed', 'sharingConsent'],
    organisations: ['activeNamesVisible'],
    divisions: ['describeRegions', 'get', 'children'],
    // The sending case (个案): its station, and the referral and its result on its timeline.
    casework: ['loadWorkable', 'recordReferralEvent'],
  },
  build({
    platform: { database, clock, deadlines },
    needs: { clients, organisations, divisions, casework },
  }) {
    const referrals = createReferralService({
      database,
      clock,
      deadlines,
      clients,
      organisations,
      divisions,
      cases: casework,
    });
    const board = createReferralBoard({ database, clock, divisions });
    return {
      services: { ...referrals, moveMergedClient: moveReferralsOfMergedClient },
      routes: [referralRoutes({ referrals, board })],
      auditSubjects: { referral: referralAuditNames },
    };
  },
});

declare module '../../platform/modules/define-module' {
  interface ModuleServices {
    referrals: ReferralService & { moveMergedClient: MoveMergedClient };
  }
}
