import type {
  Referral,
  ReferralBoard,
  ReferralBoardQuery,
  ReferralDetail,
  ReferralListQuery,
  ReferralSummary,
  SendReferral,
} from '@shegong/domain';
import { api } from '../../api/client';

export type ReferralQuery = Partial<Omit<ReferralListQuery, 'overdue' | 'cursor'>> & {
  overdue?: 'true';
};

export const referralKeys = {
  all: ['referrals'] as const,
  list: (query: ReferralQuery) => ['referrals', 'list', query] as const,
  one: (id: string) => ['referrals', 'one', id] as const,
  summary: ['referrals', 'summary'] as const,
  board: (query: Partial<ReferralBoardQuery>) => ['referrals', 'board', query] as const,
};

const path = (id: string) => `/referrals/${encodeURIComponent(id)}`;

export function listReferrals(
  query: ReferralQuery,
  cursor: string | undefined,
  signal?: AbortSignal,
) {
  return api.get<{ items: Referral[]; nextCursor: string | null }>('/referrals', {
    query: { ...query, cursor },
    signal,
  });
}

export function getReferral(id: string, signal?: AbortSignal) {
  return api.get<ReferralDetail>(path(id), { signal });
}

export function sendReferral(input: SendReferral) {
  return api.post<ReferralDetail>('/referrals', input);
}

/** The steps of a referral after sending: each carries the version read. */
export type ReferralStep = 'accept' | 'refuse' | 'complete' | 'revoke';

export function stepReferral(
  referral: Pick<Referral, 'id' | 'version'>,
  step: ReferralStep,
  body: { note?: string; reason?: string; result?: string },
) {
  return api.post<ReferralDetail>(`${path(referral.id)}/${step}`, {
    version: referral.version,
    ...body,
  });
}

/** 回转: hands the client back to the referring station, as a referral of its own. */
export function returnReferral(id: string, body: { reason: string; sharedSummary: string }) {
  return api.post<ReferralDetail>(`${path(id)}/return`, body);
}

export function getReferralBoard(query: Partial<ReferralBoardQuery>, signal?: AbortSignal) {
  return api.get<ReferralBoard>('/referral-board', { query, signal });
}

export function getReferralSummary(signal?: AbortSignal) {
  return api.get<ReferralSummary>('/referral-summary', { signal });
}
