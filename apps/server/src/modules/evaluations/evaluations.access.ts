import type { AccessMap } from '../../platform/access/route-access';
import { routeSchemaFor } from '../../platform/http/route-schema';

/** What each route of the evaluations module requires, by operationId. */
export const evaluationsAccess = {
  getEvaluationSchedule: 'evaluations:organise',
  listEvaluationRounds: 'evaluations:organise',
  createEvaluationRound: 'evaluations:organise',
  getEvaluationRound: 'evaluations:organise',
  listEvaluatorCandidates: 'evaluations:organise',
  assignEvaluator: 'evaluations:organise',
  waiveConflict: 'evaluations:organise',
  withdrawAssignment: 'evaluations:organise',
  saveOfficeSheet: 'evaluations:organise',
  submitOfficeSheet: 'evaluations:organise',
  lockEvaluationRound: 'evaluations:organise',
  rescoreEvaluationItem: 'evaluations:organise',
  publishEvaluationRound: 'evaluations:organise',
  decideObjection: 'evaluations:organise',
  finaliseEvaluationRound: 'evaluations:organise',
  listSpotCheckDraws: 'evaluations:organise',
  drawSpotCheck: 'evaluations:organise',
  getEvaluationStatistics: 'evaluations:organise',
  reviewRectification: 'evaluations:organise',
  downloadRoundEvidenceFile: 'evaluations:organise',
  listMyEvaluations: 'evaluations:score',
  getMyEvaluation: 'evaluations:score',
  declareConflict: 'evaluations:score',
  saveMyEvaluationSheet: 'evaluations:score',
  submitMyEvaluationSheet: 'evaluations:score',
  getEvaluationEvidenceReport: 'evaluations:score',
  getEvaluationEvidenceOutputs: 'evaluations:score',
  listMyEvidenceFiles: 'evaluations:score',
  attachMyEvidenceFile: 'evaluations:score',
  downloadMyEvidenceFile: 'evaluations:score',
  removeMyEvidenceFile: 'evaluations:score',
  listOwnEvaluations: 'evaluations:respond',
  getOwnEvaluation: 'evaluations:respond',
  raiseObjection: 'evaluations:respond',
  confirmEvaluationResult: 'evaluations:respond',
  submitRectification: 'evaluations:respond',
} as const satisfies AccessMap;

/** A route schema of this module: its operationId must be one of the map above. */
export const routeSchema = routeSchemaFor(evaluationsAccess);

declare module '../../platform/access/route-access' {
  interface ModuleAccess {
    evaluations: typeof evaluationsAccess;
  }
}
