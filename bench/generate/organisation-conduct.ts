import { ratingValidUntil, type CreditRecordKind, type RatingGrade } from '@shegong/domain';
import type { Random } from '../../apps/server/src/demo/random';
import type { organisations } from '../../apps/server/src/modules/organisations/organisations.table';
import {
  organisationCreditRecords,
  organisationInspections,
  organisationRatings,
} from '../../apps/server/src/modules/organisations/organisations.table';
import { addDays, addYears, dayBetween, fromDay, instantBetween, yearOf } from './calendar';
import { familyRandom, type GenerationContext } from './context';
import { weighted } from './weighted';

type OrganisationRow = typeof organisations.$inferInsert;

/** Grades among rated organisations, and their band on a 1000-point scale (one local example). */
const grades: (readonly [RatingGrade, number])[] = [
  ['1A', 2],
  ['2A', 13],
  ['3A', 45],
  ['4A', 30],
  ['5A', 10],
];
const bandFloor: Record<RatingGrade, number> = {
  '1A': 751,
  '2A': 801,
  '3A': 851,
  '4A': 901,
  '5A': 951,
};

const conduct: { kind: CreditRecordKind; chance: number; endedShare: number; text: string[] }[] = [
  {
    kind: 'abnormal_list',
    chance: 0.04,
    endedShare: 0.6,
    text: ['未按规定报送年度工作报告', '通过登记的住所无法联系'],
  },
  { kind: 'penalty', chance: 0.02, endedShare: 1, text: ['警告', '责令改正并警告', '罚款'] },
  { kind: 'investigation', chance: 0.01, endedShare: 0.5, text: ['涉嫌违规使用资金，立案调查'] },
  { kind: 'dishonesty_list', chance: 0.003, endedShare: 0.3, text: ['被列入严重违法失信名单'] },
];

function documentRef(random: Random, year: number): string {
  return `${random.pick(['黔民发', '黔民函', '筑民通', '民社发'])}〔${year}〕${random.int(1, 120)}号`;
}

/** Ratings (5A…1A, valid five years), annual inspections and conduct records. */
export async function organisationConduct(context: GenerationContext, orgs: OrganisationRow[]) {
  const { random, id } = familyRandom(context, 'organisation-conduct');
  const { asOf, asOfMs, divisions } = context;
  const asOfYear = yearOf(asOf);
  const ratings: (typeof organisationRatings.$inferInsert)[] = [];
  const inspections: (typeof organisationInspections.$inferInsert)[] = [];
  const credits: (typeof organisationCreditRecords.$inferInsert)[] = [];
  const createdBetween = (day: string) =>
    instantBetween(random, Math.min(fromDay(day), asOfMs - 86_400_000), asOfMs);

  for (const org of orgs) {
    const { id: organisationId, regionCode, registeredOn } = org;
    const lastYear = org.deactivatedOn ? yearOf(org.deactivatedOn) - 1 : asOfYear - 1;

    const eligibleFrom = addYears(registeredOn, 2);
    if (eligibleFrom < asOf && random.chance(0.4)) {
      let ratedOn = dayBetween(random, eligibleFrom, asOf);
      for (let round = 0; round < 3 && ratedOn <= asOf; round++) {
        const grade = weighted(random, grades);
        const createdAt = createdBetween(ratedOn);
        ratings.push({
          id: id(createdAt),
          organisationId,
          regionCode,
          grade,
          score: bandFloor[grade] + random.int(0, 490) / 10,
          ratedOn,
          validUntil: ratingValidUntil(ratedOn),
          assessor: `${divisions.nameOf(regionCode.slice(0, 4))}社会组织评估委员会`,
          documentRef: documentRef(random, yearOf(ratedOn)),
          createdAt,
        });
        // Half of those whose rating ran out were rated again within a year or so.
        if (!random.chance(0.5)) break;
        ratedOn = addDays(ratingValidUntil(ratedOn), random.int(1, 400));
      }
    }

    for (let year = Math.max(yearOf(registeredOn), asOfYear - 6); year <= lastYear; year++) {
      if (random.chance(0.04)) continue; // not submitted
      const inspectedOn = `${year + 1}-0${random.int(3, 6)}-${String(random.int(10, 28))}`;
      if (inspectedOn > asOf) continue;
      const createdAt = createdBetween(inspectedOn);
      inspections.push({
        id: id(createdAt),
        organisationId,
        regionCode,
        year,
        result: weighted(random, [
          ['pass', 85],
          ['basic_pass', 10],
          ['fail', 5],
        ] as const),
        inspectedOn,
        note: null,
        createdAt,
      });
    }

    for (const rule of conduct) {
      if (!random.chance(rule.chance)) continue;
      const startedOn = dayBetween(random, `${asOfYear - 4}-01-01`, asOf);
      const ends = addDays(startedOn, random.int(90, 360));
      const endedOn = ends < asOf && random.chance(rule.endedShare) ? ends : null;
      const createdAt = createdBetween(startedOn);
      credits.push({
        id: id(createdAt),
        organisationId,
        regionCode,
        kind: rule.kind,
        startedOn,
        endedOn,
        documentRef: documentRef(random, yearOf(startedOn)),
        description: random.pick(rule.text),
        version: endedOn ? 2 : 1,
        createdAt,
        updatedAt: createdAt,
      });
    }
  }
  const { writer } = context;
  return {
    organisation_rating: await writer.write(organisationRatings, ratings),
    organisation_inspection: await writer.write(organisationInspections, inspections),
    organisation_credit_record: await writer.write(organisationCreditRecords, credits),
  };
}
