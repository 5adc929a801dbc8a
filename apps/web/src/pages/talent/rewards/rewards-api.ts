import type { RewardGrant, RewardRule, RewardStatus } from '@shegong/domain';
import { api } from '../../../api/client';

export type RewardGrantQuery = {
  page: number;
  pageSize: number;
  region?: string;
  status?: RewardStatus;
};

export const rewardKeys = {
  grants: (query: RewardGrantQuery) => ['reward-grants', 'list', query] as const,
  rules: (region: string) => ['reward-rules', region] as const,
};

export function listRewardGrants(query: RewardGrantQuery, signal?: AbortSignal) {
  return api.get<{ items: RewardGrant[]; total: number }>('/reward-grants', { query, signal });
}

export function decideReward(
  grant: RewardGrant,
  decision: { approve: boolean; note?: string | null },
) {
  return api.post<RewardGrant>(`/reward-grants/${encodeURIComponent(grant.id)}/decision`, {
    version: grant.version,
    ...decision,
  });
}

export function payReward(grant: RewardGrant, paidOn: string) {
  return api.post<RewardGrant>(`/reward-grants/${encodeURIComponent(grant.id)}/payment`, {
    version: grant.version,
    paidOn,
  });
}

/** The amounts in force in a region (its own, an enclosing region's or the defaults), in fen. */
export async function getRewardRules(region: string, signal?: AbortSignal) {
  const { items } = await api.get<{ items: RewardRule[] }>('/reward-rules', {
    query: { region },
    signal,
  });
  return items;
}

export async function setRewardRules(
  region: string,
  amounts: { level: RewardRule['level']; amountFen: number }[],
) {
  const { items } = await api.put<{ items: RewardRule[] }>(
    '/reward-rules',
    { amounts },
    { query: { region } },
  );
  return items;
}
