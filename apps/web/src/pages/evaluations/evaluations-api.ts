import type {
  Assignment,
  ContractReport,
  EvaluationOutputs,
  EvidenceFile,
  CreateEvaluationRound,
  DecideObjection,
  DeclareConflict,
  DrawSpotCheck,
  EvaluationRoundDetail,
  EvaluationRoundListQuery,
  EvaluationRoundPage,
  EvaluatorCandidate,
  MyEvaluation,
  MyEvaluationSummary,
  ProviderEvaluation,
  RaiseObjection,
  Rescore,
  SaveSheet,
  ScheduleEntry,
  ScoringParty,
  SpotCheckDraw,
  WaiveConflict,
  WithdrawAssignment,
} from '@shegong/domain';

type ReviewRectificationInput = { version: number; accept: boolean; note?: string };
import { api, apiUrl } from '../../api/client';

export type RoundQuery = Partial<EvaluationRoundListQuery>;

export const evaluationKeys = {
  all: ['evaluations'] as const,
  schedule: ['evaluations', 'schedule'] as const,
  rounds: (query: RoundQuery) => ['evaluations', 'rounds', query] as const,
  round: (id: string) => ['evaluations', 'round', id] as const,
  candidates: (id: string) => ['evaluations', 'candidates', id] as const,
  draws: ['evaluations', 'draws'] as const,
  mine: ['evaluations', 'mine'] as const,
  my: (id: string) => ['evaluations', 'mine', id] as const,
  evidence: (id: string, reportId: string) => ['evaluations', 'evidence', id, reportId] as const,
  outputs: (id: string) => ['evaluations', 'evidence', id, 'outputs'] as const,
  files: (id: string) => ['evaluations', 'evidence', id, 'files'] as const,
  own: ['evaluations', 'own'] as const,
  ownOne: (id: string) => ['evaluations', 'own', id] as const,
};

const round = (id: string) => `/evaluation-rounds/${encodeURIComponent(id)}`;
const assignment = (id: string, assignmentId: string) =>
  `${round(id)}/assignments/${encodeURIComponent(assignmentId)}`;
const my = (id: string) => `/my-evaluations/${encodeURIComponent(id)}`;
const own = (id: string) => `/own-evaluations/${encodeURIComponent(id)}`;

// ── The organiser ──────────────────────────────────────────────────────────────────────────
export const getSchedule = (signal?: AbortSignal) =>
  api.get<{ items: ScheduleEntry[] }>('/evaluation-schedule', { signal });
export const listRounds = (query: RoundQuery, signal?: AbortSignal) =>
  api.get<EvaluationRoundPage>('/evaluation-rounds', { query, signal });
export const createRound = (input: CreateEvaluationRound) =>
  api.post<EvaluationRoundDetail>('/evaluation-rounds', input);
export const getRound = (id: string, signal?: AbortSignal) =>
  api.get<EvaluationRoundDetail>(round(id), { signal });
export const listCandidates = (id: string, signal?: AbortSignal) =>
  api.get<{ items: EvaluatorCandidate[] }>(`${round(id)}/candidates`, { signal });
export const assignEvaluator = (id: string, accountId: string) =>
  api.post<Assignment>(`${round(id)}/assignments`, { accountId });
export const waiveConflict = (id: string, assignmentId: string, input: WaiveConflict) =>
  api.post<Assignment>(`${assignment(id, assignmentId)}/waive`, input);
export const withdrawAssignment = (id: string, assignmentId: string, input: WithdrawAssignment) =>
  api.post<Assignment>(`${assignment(id, assignmentId)}/withdraw`, input);
export const saveOfficeSheet = (id: string, party: ScoringParty, input: SaveSheet) =>
  api.put<EvaluationRoundDetail>(`${round(id)}/sheets/${party}`, input);
export const submitOfficeSheet = (id: string, party: ScoringParty, version: number) =>
  api.post<EvaluationRoundDetail>(`${round(id)}/sheets/${party}/submit`, { version });
export type RoundStep = 'lock' | 'publish' | 'finalise';
export const stepRound = (id: string, step: RoundStep, version: number) =>
  api.post<EvaluationRoundDetail>(`${round(id)}/${step}`, { version });
export const rescoreItem = (id: string, input: Rescore) =>
  api.post<EvaluationRoundDetail>(`${round(id)}/rescores`, input);
export const decideObjection = (id: string, objectionId: string, input: DecideObjection) =>
  api.post<EvaluationRoundDetail>(
    `${round(id)}/objections/${encodeURIComponent(objectionId)}/decide`,
    input,
  );
export const listDraws = (signal?: AbortSignal) =>
  api.get<{ items: SpotCheckDraw[] }>('/spot-check-draws', { signal });
export const drawSpotCheck = (input: DrawSpotCheck) =>
  api.post<SpotCheckDraw>('/spot-check-draws', input);

// ── The evaluator ──────────────────────────────────────────────────────────────────────────
export const listMine = (signal?: AbortSignal) =>
  api.get<{ items: MyEvaluationSummary[] }>('/my-evaluations', { signal });
export const getMine = (id: string, signal?: AbortSignal) =>
  api.get<MyEvaluation>(my(id), { signal });
export const declare = (id: string, input: DeclareConflict) =>
  api.post<MyEvaluation>(`${my(id)}/declaration`, input);
export const saveMySheet = (id: string, input: SaveSheet) =>
  api.put<MyEvaluation>(`${my(id)}/sheet`, input);
export const submitMySheet = (id: string, version: number) =>
  api.post<MyEvaluation>(`${my(id)}/sheet/submit`, { version });
export const getEvidenceReport = (id: string, reportId: string, signal?: AbortSignal) =>
  api.get<ContractReport>(`${my(id)}/reports/${encodeURIComponent(reportId)}`, { signal });

export const getEvidenceOutputs = (id: string, signal?: AbortSignal) =>
  api.get<EvaluationOutputs>(`${my(id)}/outputs`, { signal });

type FileList = { items: EvidenceFile[] };
const myFile = (id: string, fileId: string) => `${my(id)}/files/${encodeURIComponent(fileId)}`;
export const listMyFiles = (id: string, signal?: AbortSignal) =>
  api.get<FileList>(`${my(id)}/files`, { signal });
export const attachMyFile = (
  id: string,
  itemKey: string,
  file: Blob,
  onProgress?: (share: number) => void,
) =>
  api.upload<FileList>(`${my(id)}/files?item=${encodeURIComponent(itemKey)}`, file, {
    ...(onProgress ? { onProgress } : {}),
  });
export const removeMyFile = (id: string, fileId: string) =>
  api.delete<FileList>(myFile(id, fileId));
export const myFileUrl = (id: string, fileId: string) => apiUrl(myFile(id, fileId));
/** The organiser's download of a sheet's file (audited). */
export const roundFileUrl = (id: string, fileId: string) =>
  apiUrl(`${round(id)}/files/${encodeURIComponent(fileId)}`);

// ── The provider ───────────────────────────────────────────────────────────────────────────
export const listOwn = (signal?: AbortSignal) =>
  api.get<{ items: ProviderEvaluation[] }>('/own-evaluations', { signal });
export const getOwn = (id: string, signal?: AbortSignal) =>
  api.get<ProviderEvaluation>(own(id), { signal });
export const raiseObjection = (id: string, input: RaiseObjection) =>
  api.post<ProviderEvaluation>(`${own(id)}/objections`, input);
export const confirmResult = (id: string, version: number) =>
  api.post<ProviderEvaluation>(`${own(id)}/confirm`, { version });
export const submitRectification = (id: string, version: number, plan: string) =>
  api.post<ProviderEvaluation>(`${own(id)}/rectification`, { version, plan });

// ── 整改 (the organiser's review) ──────────────────────────────────────────────────────────
export const reviewRectification = (id: string, input: ReviewRectificationInput) =>
  api.post<EvaluationRoundDetail>(`${round(id)}/rectification/review`, input);
