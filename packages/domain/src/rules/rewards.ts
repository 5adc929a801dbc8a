import type { CertificateLevel } from '../enums/certificate-levels';

/**
 * One-off rewards on certification are local rules (domain.md §3): Guangdong cities pay 3000
 * (社会工作师) and 2000 (助理); Ningxia 6000 for senior. These are the defaults a region changes.
 */
export const defaultRewardAmountsFen: Partial<Record<CertificateLevel, number>> = {
  assistant_social_worker: 2000_00,
  social_worker: 3000_00,
  senior_social_worker: 6000_00,
};
