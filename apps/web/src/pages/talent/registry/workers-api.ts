import type {
  Certificate,
  CertificateInput,
  CreditLedgerEntry,
  creditEntryInputSchema,
  DeleteRecord,
  Employment,
  EmploymentInput,
  ExamScoreInput,
  Registration,
  RewardGrant,
  Supervision,
  supervisionInputSchema,
  UpdateCertificate,
  UpdateCreditEntry,
  UpdateExamScore,
  UpdateWorker,
  updateSupervisionSchema,
  Worker,
  WorkerDetail,
  WorkerInput,
  WorkerListQuery,
} from '@shegong/domain';
import { api, apiUrl } from '../../../api/client';

export type ExamScoreRecord = WorkerDetail['examScores'][number];
export type CreditEntryInput = ReturnType<typeof creditEntryInputSchema.parse>;
export type SupervisionInput = ReturnType<typeof supervisionInputSchema.parse>;
export type SupervisionChange = ReturnType<typeof updateSupervisionSchema.parse>;

/** The filters of the list and its export (without the cursor). */
export type WorkerFilters = Partial<Omit<WorkerListQuery, 'cursor' | 'limit'>>;

export const workerKeys = {
  all: ['workers'] as const,
  list: (filters: WorkerFilters) => ['workers', 'list', filters] as const,
  one: (id: string) => ['workers', 'one', id] as const,
  search: (q: string) => ['workers', 'search', q] as const,
};

const pageSize = 20;

export function listWorkers(
  filters: WorkerFilters,
  cursor: string | undefined,
  signal?: AbortSignal,
  limit = pageSize,
) {
  return api.get<{ items: Worker[]; nextCursor: string | null; total: number | null }>('/workers', {
    query: { ...filters, cursor, limit },
    signal,
  });
}

export function workerExportUrl(filters: WorkerFilters): string {
  return apiUrl('/workers/export', filters);
}

const path = (id: string) => `/workers/${encodeURIComponent(id)}`;

/** Opening a worker's record is audited by the server. */
export function getWorker(id: string, signal?: AbortSignal) {
  return api.get<WorkerDetail>(path(id), { signal });
}

export function createWorker(input: WorkerInput) {
  return api.post<Worker>('/workers', input);
}

export function updateWorker(id: string, change: UpdateWorker) {
  return api.patch<Worker>(path(id), change);
}

/** The whole ID and phone numbers; the server records who looked. */
export function revealWorker(id: string) {
  return api.post<{ idNumber: string; phone: string | null }>(`${path(id)}/reveal`);
}

export function addExamScore(id: string, input: ExamScoreInput) {
  return api.post<ExamScoreRecord>(`${path(id)}/exam-scores`, input);
}

export function addCertificate(id: string, input: CertificateInput) {
  return api.post<Certificate>(`${path(id)}/certificates`, input);
}

export function addEmployment(id: string, input: EmploymentInput) {
  return api.post<Employment>(`${path(id)}/employments`, input);
}

export function endEmployment(
  employmentId: string,
  body: { version: number; endedOn: string; leavingReason: string },
) {
  return api.post<Employment>(`/employments/${encodeURIComponent(employmentId)}/end`, body);
}

export function addSupervision(id: string, input: SupervisionInput) {
  return api.post<Supervision>(`${path(id)}/supervisions`, input);
}

export function updateSupervision(supervisionId: string, change: SupervisionChange) {
  return api.patch<Supervision>(`/supervisions/${encodeURIComponent(supervisionId)}`, change);
}

export function addCredit(id: string, input: CreditEntryInput) {
  return api.post<CreditLedgerEntry>(`${path(id)}/credits`, input);
}

export function applyReward(id: string, level: RewardGrant['level']) {
  return api.post<RewardGrant>(`${path(id)}/rewards`, { level });
}

export function applyRegistration(
  id: string,
  input: { certificateId: string; appliedOn?: string },
) {
  return api.post<Registration>(`${path(id)}/registrations`, input);
}

/** Corrections of what was entered by hand: only the changed fields, with the version read. */
export function updateExamScore(scoreId: string, change: UpdateExamScore) {
  return api.patch<ExamScoreRecord>(`/exam-scores/${encodeURIComponent(scoreId)}`, change);
}

export function updateCertificate(certificateId: string, change: UpdateCertificate) {
  return api.patch<Certificate>(`/certificates/${encodeURIComponent(certificateId)}`, change);
}

export function updateCredit(entryId: string, change: UpdateCreditEntry) {
  return api.patch<CreditLedgerEntry>(`/credit-entries/${encodeURIComponent(entryId)}`, change);
}

/** The kinds of hand-entered records that can be deleted with a reason. */
export type CorrectableRecord = 'exam-scores' | 'certificates' | 'credit-entries';

export function deleteRecord(kind: CorrectableRecord, id: string, body: DeleteRecord) {
  return api.delete<void>(`/${kind}/${encodeURIComponent(id)}`, { body });
}
