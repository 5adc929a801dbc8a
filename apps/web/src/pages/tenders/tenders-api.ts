import type {
  BidderStaff,
  CreateTender,
  MyBid,
  OpenTender,
  OwnBid,
  SubmitBid,
  TenderDetail,
  TenderList,
} from '@shegong/domain';
import { api } from '../../api/client';

export const tenderKeys = {
  all: ['tenders'] as const,
  ofProject: (projectId: string) => ['tenders', 'project', projectId] as const,
  detail: (id: string) => ['tenders', 'detail', id] as const,
  open: ['tenders', 'open'] as const,
  mine: ['tenders', 'mine'] as const,
  staff: ['tenders', 'staff'] as const,
};

const at = (id: string) => `/tenders/${encodeURIComponent(id)}`;

export const listTenders = (projectId: string, signal?: AbortSignal) =>
  api.get<TenderList>('/tenders', { query: { projectId }, signal });
export const getTender = (id: string, signal?: AbortSignal) =>
  api.get<TenderDetail>(at(id), { signal });
export const publishTender = (input: CreateTender) => api.post<TenderDetail>('/tenders', input);
export const setPanel = (id: string, version: number, members: { name: string; unit: string }[]) =>
  api.put<TenderDetail>(`${at(id)}/panel`, { version, members });
export const enterScores = (
  id: string,
  version: number,
  memberId: string,
  scores: { bidId: string; criterion: string; points: number }[],
) => api.put<TenderDetail>(`${at(id)}/scores`, { version, memberId, scores });
export const awardTender = (id: string, version: number, bidId: string, reason: string) =>
  api.post<TenderDetail>(`${at(id)}/award`, { version, bidId, reason });
export const failTender = (id: string, version: number, reason: string) =>
  api.post<TenderDetail>(`${at(id)}/fail`, { version, reason });
export const listOpenTenders = (signal?: AbortSignal) =>
  api.get<{ items: OpenTender[] }>('/open-tenders', { signal });
export const listMyBids = (signal?: AbortSignal) =>
  api.get<{ items: MyBid[] }>('/my-bids', { signal });
export const listBidderStaff = (signal?: AbortSignal) =>
  api.get<BidderStaff>('/bidder-staff', { signal });
export const submitBid = (tenderId: string, input: SubmitBid) =>
  api.post<OwnBid>(`${at(tenderId)}/bids`, input);
/** 撤回投标: one's own bid, before the deadline, with a reason. */
export const withdrawBid = (tenderId: string, bidId: string, reason: string) =>
  api.post<OwnBid>(`${at(tenderId)}/bids/${encodeURIComponent(bidId)}/withdraw`, { reason });
