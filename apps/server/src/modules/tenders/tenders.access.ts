import type { AccessMap } from '../../platform/access/route-access';
import { routeSchemaFor } from '../../platform/http/route-schema';

/** What each route of the tenders module requires, by operationId (see platform/access/route-access.ts). */
export const tendersAccess = {
  listTenders: 'tenders:read',
  getTender: ['tenders:read', 'tenders:bid'],
  publishTender: 'tenders:manage',
  setTenderPanel: 'tenders:manage',
  enterTenderScores: 'tenders:manage',
  awardTender: 'tenders:manage',
  failTender: 'tenders:manage',
  listOpenTenders: 'tenders:bid',
  submitBid: 'tenders:bid',
  withdrawBid: 'tenders:bid',
  listMyBids: 'tenders:bid',
  listBidderStaff: 'tenders:bid',
} as const satisfies AccessMap;

/** A route schema of this module: its operationId must be one of the map above. */
export const routeSchema = routeSchemaFor(tendersAccess);

declare module '../../platform/access/route-access' {
  interface ModuleAccess {
    tenders: typeof tendersAccess;
  }
}
