import type { AccessMap } from '../../platform/access/route-access';
import { routeSchemaFor } from '../../platform/http/route-schema';

/** What each route of the referrals module requires, by operationId (see platform/access/route-access.ts). */
export const referralsAccess = {
  listReferrals: 'referrals:work',
  getReferralSummary: 'referrals:work',
  sendReferral: 'referrals:work',
  getReferral: 'referrals:work',
  acceptReferral: 'referrals:work',
  refuseReferral: 'referrals:work',
  completeReferral: 'referrals:work',
  revokeReferral: 'referrals:work',
  returnReferral: 'referrals:work',
  getReferralBoard: 'referrals:oversee',
} as const satisfies AccessMap;

/** A route schema of this module: its operationId must be one of the map above. */
export const routeSchema = routeSchemaFor(referralsAccess);

declare module '../../platform/access/route-access' {
  interface ModuleAccess {
    referrals: typeof referralsAccess;
  }
}
