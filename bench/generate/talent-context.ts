import type { CertificateLevel, CreditRule } from '@shegong/domain';
import type { Random } from '../../apps/server/src/demo/random';
import { instantBetween } from './calendar';
import {
  familyRandom,
  type GeneratedAccount,
  type GeneratedOrganisation,
  type GenerationContext,
} from './context';
import type { IdFactory } from './ids';
import { courseCatalogue, type CourseCatalogue } from './talent-education';
import { creditRuleFor, rewardAmountFor } from './talent-settings';
import type { CityChunk } from './talent-places';

/** What every part of the talent registry draws on while it generates a worker. */
export interface TalentContext {
  random: Random;
  id: IdFactory;
  asOf: string;
  asOfMs: number;
  nameOf(code: string): string;
  /** Organisations that may employ someone in `code`: registered there or above it. */
  organisationsNear(code: string): GeneratedOrganisation[];
  stationName(id: string): string;
  /** An officer to review or decide for `code`: the county's for a first step, else the city's. */
  officer(code: string, step: 'first' | 'final'): GeneratedAccount;
  creditRule(code: string): CreditRule;
  rewardAmount(code: string, level: CertificateLevel): number;
  courses: CourseCatalogue;
  /** An instant in office hours (China time) on a day. */
  at(day: string): Date;
}

function byRegion<T extends { regionCode: string }>(items: readonly T[]) {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(item.regionCode, [...(map.get(item.regionCode) ?? []), item]);
  return map;
}

export function talentContext(context: GenerationContext, chunks: CityChunk[]): TalentContext {
  const { random, id } = familyRandom(context, 'workers');
  const { registry, divisions, asOf, asOfMs } = context;
  const organisations = byRegion(registry.organisations);
  const stationNames = new Map(registry.stations.map((s) => [s.id, s.name]));
  const officers = byRegion(registry.accounts.filter((a) => a.roles[0]?.startsWith('civil_')));
  const anyOfficer = [...officers.values()].flat();
  if (anyOfficer.length === 0) throw new Error('the talent registry needs officer accounts first');
  const officer = (code: string, step: 'first' | 'final') => {
    const levels = step === 'first' ? [6, 4, 2] : [4, 2, 6];
    for (const length of levels) {
      const found = officers.get(code.slice(0, length));
      if (found?.length) return random.pick(found);
    }
    return random.pick(anyOfficer);
  };
  return {
    random,
    id,
    asOf,
    asOfMs,
    nameOf: divisions.nameOf,
    organisationsNear: (code) =>
      [code.slice(0, 6), code.slice(0, 4), code.slice(0, 2)].flatMap(
        (c) => organisations.get(c) ?? [],
      ),
    stationName: (stationId) => stationNames.get(stationId) ?? '社会工作服务站',
    officer,
    creditRule: creditRuleFor,
    rewardAmount: rewardAmountFor,
    courses: courseCatalogue(context, random, id, chunks),
    at: (day) => {
      const start = Date.parse(`${day}T00:30:00Z`);
      return instantBetween(random, start, start + 9 * 3_600_000);
    },
  };
}
