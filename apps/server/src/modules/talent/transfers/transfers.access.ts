import type { AccessMap } from '../../../platform/access/route-access';
import { routeSchemaFor } from '../../../platform/http/route-schema';

/** What each route of the transfers (人才流动) requires; part of the talent module's map. */
export const transferAccess = {
  requestWorkerTransfer: 'workers:transfer',
  listWorkerTransfers: 'workers:transfer',
  getWorkerTransfer: 'workers:transfer',
  approveWorkerTransfer: 'workers:transfer',
  refuseWorkerTransfer: 'workers:transfer',
  withdrawWorkerTransfer: 'workers:transfer',
} as const satisfies AccessMap;

/** A route schema of the transfers: its operationId must be one of the map above. */
export const routeSchema = routeSchemaFor(transferAccess);
