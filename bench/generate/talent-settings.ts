import {
  defaultCreditRule,
  defaultRewardAmountsFen,
  type CertificateLevel,
  type CreditRule,
} from '@shegong/domain';
import { creditRules, rewardRules, talentTargets } from '../../apps/server/src/db/schema';
import type { GenerationContext } from './context';
import type { CityChunk } from './talent-places';

/** Guizhou counts supervision and conferences too, up to a cap per cycle (a provincial rule). */
const provincialCreditRules: Record<string, CreditRule> = {
  '52': {
    countedSources: ['course', 'degree', 'supervision', 'conference'],
    capsPerCycle: { supervision: 24, conference: 12 },
  },
};

/** Regions that set their own one-off rewards (domain.md §3: Guangdong, Ningxia; Guiyang here). */
const rewardOverrides: Record<string, Partial<Record<CertificateLevel, number>>> = {
  '5201': {
    assistant_social_worker: 2500_00,
    social_worker: 4000_00,
    senior_social_worker: 8000_00,
  },
  '44': { assistant_social_worker: 2000_00, social_worker: 3000_00 },
  '64': { social_worker: 3000_00, senior_social_worker: 6000_00 },
};

export const creditRuleFor = (code: string): CreditRule =>
  provincialCreditRules[code.slice(0, 2)] ?? defaultCreditRule;

/** The nearest region's amount, else the national default (as rewards.service `rulesFor`). */
export function rewardAmountFor(code: string, level: CertificateLevel): number {
  for (const length of [12, 9, 6, 4, 2]) {
    const own = rewardOverrides[code.slice(0, length)]?.[level];
    if (length <= code.length && own !== undefined) return own;
  }
  return defaultRewardAmountsFen[level] ?? 0;
}

/** Rules and targets of the regions in the scale: a few rows, written after the registry. */
export async function writeTalentSettings(
  context: GenerationContext,
  chunks: CityChunk[],
): Promise<Record<string, number>> {
  const { writer, divisions, asOf } = context;
  const present = (code: string) => divisions.nameOf(code) !== code;
  const now = new Date(context.asOfMs);
  const credit = Object.entries(provincialCreditRules)
    .filter(([code]) => present(code))
    .map(([regionCode, rule]) => ({
      regionCode,
      countedSources: [...rule.countedSources],
      capsPerCycle: rule.capsPerCycle as Record<string, number>,
      version: 1,
      updatedAt: now,
    }));
  const rewards = Object.entries(rewardOverrides)
    .filter(([code]) => present(code))
    .flatMap(([regionCode, amounts]) =>
      Object.entries(amounts).map(([level, amountFen]) => ({
        regionCode,
        level,
        amountFen,
        updatedAt: now,
      })),
    );
  // Targets: 10% more people than the plan put there, a tenth of them certified.
  const planned = new Map<string, number>();
  for (const chunk of chunks) {
    for (const code of [chunk.code, chunk.code.slice(0, 2)])
      planned.set(code, (planned.get(code) ?? 0) + chunk.workers);
  }
  const year = Number(asOf.slice(0, 4));
  const targets = [...planned]
    .filter(([code]) => present(code))
    .flatMap(([regionCode, workers]) =>
      [year - 1, year].map((y) => {
        const targetWorkers = Math.round((workers * (y === year ? 1.1 : 1.0)) / 10) * 10;
        return {
          regionCode,
          year: y,
          targetWorkers,
          targetCertified: Math.round(targetWorkers / 100) * 10,
          updatedAt: now,
        };
      }),
    );
  return {
    credit_rule: await writer.write(creditRules, credit),
    reward_rule: await writer.write(rewardRules, rewards),
    talent_target: await writer.write(talentTargets, targets),
  };
}
