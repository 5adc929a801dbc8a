import type {
  AmendContract,
  BidderStaff,
  CancelTranche,
  ContractDetail,
  ContractDraftStart,
  ContractListQuery,
  ContractPage,
  ContractReport,
  CreateContract,
  PayTranche,
  ReportDraft,
  ReviewReport,
  SignContract,
  SubmitReport,
  TrancheStep,
  UpdateContract,
} from '@shegong/domain';
import { api } from '../../api/client';

export type ContractQuery = Partial<ContractListQuery>;

export const contractKeys = {
  all: ['contracts'] as const,
  list: (query: ContractQuery) => ['contracts', 'list', query] as const,
  detail: (id: string) => ['contracts', 'detail', id] as const,
  staff: (projectId: string) => ['contracts', 'staff', projectId] as const,
  draftStart: (projectId: string) => ['contracts', 'draft-start', projectId] as const,
  reportDraft: (id: string, periodKey: string) =>
    ['contracts', 'report-draft', id, periodKey] as const,
  report: (id: string, reportId: string) => ['contracts', 'report', id, reportId] as const,
};

const at = (id: string) => `/contracts/${encodeURIComponent(id)}`;
const trancheAt = (id: string, trancheId: string) =>
  `${at(id)}/tranches/${encodeURIComponent(trancheId)}`;
const reportAt = (id: string, reportId: string) =>
  `${at(id)}/reports/${encodeURIComponent(reportId)}`;

export const listContracts = (query: ContractQuery, signal?: AbortSignal) =>
  api.get<ContractPage>('/contracts', { query, signal });
export const getContract = (id: string, signal?: AbortSignal) =>
  api.get<ContractDetail>(at(id), { signal });
/** The provider's staff an officer may name on the contract of a project. */
export const listProviderStaff = (projectId: string, signal?: AbortSignal) =>
  api.get<BidderStaff>('/contracts/provider-staff', { query: { projectId }, signal });

/** Where a new contract of a project starts: the winning bid's price (中标价) and the term. */
export const getDraftStart = (projectId: string, signal?: AbortSignal) =>
  api.get<ContractDraftStart>('/contracts/draft-start', { query: { projectId }, signal });

export const createContract = (input: CreateContract) =>
  api.post<ContractDetail>('/contracts', input);
export const updateContract = (id: string, input: UpdateContract) =>
  api.put<ContractDetail>(at(id), input);
export const signContract = (id: string, input: SignContract) =>
  api.post<ContractDetail>(`${at(id)}/sign`, input);
export const amendContract = (id: string, input: AmendContract) =>
  api.post<ContractDetail>(`${at(id)}/amend`, input);
export const startContract = (id: string, version: number) =>
  api.post<ContractDetail>(`${at(id)}/start`, { version });
export const completeContract = (id: string, version: number) =>
  api.post<ContractDetail>(`${at(id)}/complete`, { version });

// A tranche's own version, not the contract's.
export const requestTranche = (id: string, trancheId: string, input: TrancheStep) =>
  api.post<ContractDetail>(`${trancheAt(id, trancheId)}/request`, input);
export const approveTranche = (id: string, trancheId: string, input: TrancheStep) =>
  api.post<ContractDetail>(`${trancheAt(id, trancheId)}/approve`, input);
export const payTranche = (id: string, trancheId: string, input: PayTranche) =>
  api.post<ContractDetail>(`${trancheAt(id, trancheId)}/pay`, input);
export const cancelTranche = (id: string, trancheId: string, input: CancelTranche) =>
  api.post<ContractDetail>(`${trancheAt(id, trancheId)}/cancel`, input);

export const getReportDraft = (id: string, periodKey: string, signal?: AbortSignal) =>
  api.get<ReportDraft>(`${at(id)}/report-draft`, { query: { periodKey }, signal });
export const submitReport = (id: string, input: SubmitReport) =>
  api.post<ContractReport>(`${at(id)}/reports`, input);
export const getReport = (id: string, reportId: string, signal?: AbortSignal) =>
  api.get<ContractReport>(reportAt(id, reportId), { signal });
export const acceptReport = (id: string, reportId: string, input: ReviewReport) =>
  api.post<ContractReport>(`${reportAt(id, reportId)}/accept`, input);
export const returnReport = (id: string, reportId: string, input: ReviewReport) =>
  api.post<ContractReport>(`${reportAt(id, reportId)}/return`, input);
