import type { SecurityPolicy } from '@shegong/domain';
import { api } from '../../api/client';

export type VersionedPolicy = SecurityPolicy & { version: number };

export const securityPolicyKey = ['security-policy'] as const;

export function getSecurityPolicy(signal?: AbortSignal) {
  return api.get<VersionedPolicy>('/security-policy', { signal });
}

export function saveSecurityPolicy(policy: VersionedPolicy) {
  return api.put<VersionedPolicy>('/security-policy', policy);
}
