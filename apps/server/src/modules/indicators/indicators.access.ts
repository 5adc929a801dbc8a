import type { AccessMap } from '../../platform/access/route-access';
import { routeSchemaFor } from '../../platform/http/route-schema';

/** What each route of the indicators module requires, by operationId. */
export const indicatorsAccess = {
  listIndicatorTemplates: 'evaluations:read',
  createIndicatorTemplate: 'evaluations:configure',
  getCurrentIndicatorVersion: 'evaluations:read',
  getIndicatorVersion: 'evaluations:read',
  saveIndicatorDraft: 'evaluations:configure',
  publishIndicatorVersion: 'evaluations:configure',
  newIndicatorVersion: 'evaluations:configure',
} as const satisfies AccessMap;

/** A route schema of this module: its operationId must be one of the map above. */
export const routeSchema = routeSchemaFor(indicatorsAccess);

declare module '../../platform/access/route-access' {
  interface ModuleAccess {
    indicators: typeof indicatorsAccess;
  }
}
