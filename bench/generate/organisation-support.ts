import { incubationSupports, type FundingSource } from '@shegong/domain';
import {
  incubationBases,
  incubationResidencies,
  organisationGrants,
} from '../../apps/server/src/modules/organisations/organisations.table';
import { addDays, addYears, dayBetween, fromDay, instantBetween, yearOf } from './calendar';
import { familyRandom, type GenerationContext } from './context';
import { streetAddress } from './people';
import { someOf, weighted } from './weighted';

const fundingSources: (readonly [FundingSource, number])[] = [
  ['lottery_welfare_fund', 45],
  ['public_budget', 40],
  ['social_assistance_fund', 8],
  ['community_foundation', 5],
  ['other', 2],
];

/** Grants (new-organisation subsidies, awards) and incubation bases with their residents. */
export async function organisationSupport(context: GenerationContext) {
  const { random, id } = familyRandom(context, 'organisation-support');
  const { asOf, asOfMs, divisions, registry } = context;
  const asOfYear = yearOf(asOf);
  const recent = addYears(asOf, -3);
  const grants: (typeof organisationGrants.$inferInsert)[] = [];
  const at = (day: string) =>
    instantBetween(random, fromDay(day), Math.max(fromDay(day) + 1, asOfMs));

  for (const org of registry.organisations) {
    if (org.registeredOn >= recent && random.chance(0.4)) {
      const grantedOn = dayBetween(
        random,
        addDays(org.registeredOn, 60),
        addDays(org.registeredOn, 400),
      );
      if (grantedOn <= asOf) {
        const createdAt = at(grantedOn);
        grants.push({
          id: id(createdAt),
          organisationId: org.id,
          regionCode: org.regionCode,
          kind: 'subsidy',
          title: '新办社会工作服务机构一次性补贴',
          amountFen: 50_000 * 100,
          grantedOn,
          fundingSource: weighted(random, fundingSources),
          documentRef: null,
          createdAt,
        });
      }
    }
    for (let n = random.chance(0.15) ? random.int(1, 3) : 0; n > 0; n--) {
      const grantedOn = dayBetween(
        random,
        org.registeredOn > recent ? org.registeredOn : recent,
        asOf,
      );
      const createdAt = at(grantedOn);
      grants.push({
        id: id(createdAt),
        organisationId: org.id,
        regionCode: org.regionCode,
        kind: 'award',
        title: random.pick([
          '优秀社会工作服务项目奖励',
          '社会组织等级评估奖励',
          '优秀社会工作案例奖励',
        ]),
        amountFen: random.int(2, 10) * 10_000 * 100,
        grantedOn,
        fundingSource: weighted(random, fundingSources),
        documentRef: `${random.pick(['黔民发', '筑民通'])}〔${yearOf(grantedOn)}〕${random.int(1, 99)}号`,
        createdAt,
      });
    }
  }

  // One incubation base per city (Chongqing's 三免一优先), young organisations as residents.
  const bases = divisions.cities.map((city) => {
    const openedOn = `${random.int(2016, 2021)}-0${random.int(1, 9)}-01`;
    const createdAt = at(`${asOfYear - 2}-01-01`);
    return {
      id: id(createdAt),
      name: `${city.name}社会组织孵化基地`,
      regionCode: city.code,
      address: streetAddress(random, city.name),
      openedOn,
      capacity: random.int(15, 40),
      version: 1,
      createdAt,
      updatedAt: createdAt,
    };
  });
  const baseOf = new Map(bases.map((b) => [b.regionCode, b]));
  const residencies: (typeof incubationResidencies.$inferInsert)[] = [];
  for (const org of registry.organisations) {
    const base = baseOf.get(org.regionCode.slice(0, 4));
    if (!base || org.registeredOn < recent || !random.chance(0.3)) continue;
    const enteredOn = addDays(org.registeredOn, random.int(0, 90));
    if (enteredOn > asOf) continue;
    const exits = addYears(enteredOn, 2);
    const createdAt = at(enteredOn);
    residencies.push({
      id: id(createdAt),
      baseId: base.id,
      organisationId: org.id,
      regionCode: base.regionCode,
      enteredOn,
      exitedOn: exits <= asOf ? exits : null,
      supports: someOf(random, incubationSupports, 2, 5).map((s) => s.code),
      note: null,
      version: 1,
      createdAt,
      updatedAt: createdAt,
    });
  }
  const { writer } = context;
  return {
    organisation_grant: await writer.write(organisationGrants, grants),
    incubation_base: await writer.write(incubationBases, bases),
    incubation_residency: await writer.write(incubationResidencies, residencies),
  };
}
