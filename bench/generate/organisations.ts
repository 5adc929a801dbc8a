import {
  creditCodeCheckChar,
  organisationTypes,
  serviceFields,
  type OrganisationBackground,
  type OrganisationType,
} from '@shegong/domain';
import type { Random } from '../../apps/server/src/demo/random';
import { organisations } from '../../apps/server/src/modules/organisations/organisations.table';
import { organisationConduct } from './organisation-conduct';
import { organisationSupport } from './organisation-support';
import { dayBetween, fromDay, growingYear, instantBetween, yearOf } from './calendar';
import {
  familyRandom,
  type Division,
  type GenerationContext,
  type GeneratedOrganisation,
} from './context';
import { landline, mobile, personName, streetAddress } from './people';
import { someOf, weighted } from './weighted';

type OrganisationRow = typeof organisations.$inferInsert;

const words = [
  '阳光',
  '同心',
  '乐群',
  '暖阳',
  '启航',
  '心桥',
  '和美',
  '众邻',
  '馨悦',
  '仁爱',
  '博睿',
  '新苗',
  '康乐',
  '守望',
  '彩虹',
  '益路',
  '善源',
  '恒爱',
  '晨曦',
  '向日葵',
  '春晖',
  '绿洲',
  '爱心',
  '明德',
  '德馨',
  '惠民',
  '安康',
  '福寿',
  '萤火',
  '山花',
  '苗岭',
  '乌江',
  '梵净',
  '黔灵',
  '甲秀',
  '筑梦',
  '鸿雁',
  '青禾',
  '知行',
  '致远',
  '共享',
  '聚力',
  '邻里',
  '家和',
  '童心',
  '夕阳红',
  '助残',
  '微光',
];

const kinds: { suffix: string; type: OrganisationType; weight: number }[] = [
  { suffix: '社会工作服务中心', type: 'social_service_org', weight: 45 },
  { suffix: '社会工作服务社', type: 'social_service_org', weight: 20 },
  { suffix: '社区服务中心', type: 'social_service_org', weight: 12 },
  { suffix: '社会工作发展中心', type: 'social_service_org', weight: 5 },
  { suffix: '社会工作协会', type: 'social_group', weight: 9 },
  { suffix: '志愿者协会', type: 'social_group', weight: 5 },
  { suffix: '公益基金会', type: 'foundation', weight: 4 },
];

/** Guangzhou's mix of founders (domain.md §4): enterprise 58%, university 22%, volunteer 7%. */
const backgrounds: (readonly [OrganisationBackground, number])[] = [
  ['enterprise', 58],
  ['university', 22],
  ['volunteer_group', 7],
  ['other', 13],
];

/** 统一社会信用代码: 5 (民政) + category + the 6-digit division + 9-char body + check. */
export function creditCode(type: OrganisationType, regionCode: string, sequence: number): string {
  const category = organisationTypes.find((t) => t.code === type)!.creditCodeCategory;
  const first17 = `${category}${regionCode.slice(0, 6).padEnd(6, '0')}MJ${String(sequence).padStart(7, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

/** Where organisations register: 5% with the province, 20% with a city, 75% with a county. */
function registrationRegions(
  context: GenerationContext,
  random: Random,
  count: number,
): Division[] {
  const { provinces, cities, counties, townships } = context.divisions;
  const townshipsOf = new Map<string, number>();
  for (const t of townships)
    townshipsOf.set(t.code.slice(0, 6), (townshipsOf.get(t.code.slice(0, 6)) ?? 0) + 1);
  const countyWeights = counties.map((c) => [c, 1 + (townshipsOf.get(c.code) ?? 0)] as const);
  const levels: (readonly ['province' | 'city' | 'county', number])[] = [
    ['province', provinces.length ? 5 : 0],
    ['city', cities.length ? 20 : 0],
    ['county', 75],
  ];
  return Array.from({ length: count }, () => {
    const level = weighted(random, levels);
    if (level === 'province') return random.pick(provinces);
    if (level === 'city') return random.pick(cities);
    return weighted(random, countyWeights);
  });
}

/** The registry: organisations and, through their own files, ratings, inspections and support. */
export async function generateOrganisations(
  context: GenerationContext,
): Promise<Record<string, number>> {
  const { random, id } = familyRandom(context, 'organisations');
  const asOfYear = yearOf(context.asOf);
  const usedNames = new Set<string>();
  const rows: OrganisationRow[] = [];
  const places = registrationRegions(context, random, context.scale.organisations);
  for (const [n, place] of places.entries()) {
    const kind = weighted(
      random,
      kinds.map((k) => [k, k.weight] as const),
    );
    let name = `${place.name}${random.pick(words)}${kind.suffix}`;
    for (let attempt = 0; usedNames.has(name) && attempt < 5; attempt++)
      name = `${place.name}${random.pick(words)}${random.pick(words)}${kind.suffix}`;
    if (usedNames.has(name)) name = `${place.name}${random.pick(words)}${kind.suffix}（${n}）`;
    usedNames.add(name);
    const year = growingYear(random, 2008, asOfYear);
    const registeredOn = dayBetween(random, `${year}-01-01`, `${year}-12-31`);
    const registered = registeredOn > context.asOf ? context.asOf : registeredOn;
    const deactivated = yearOf(registered) < asOfYear - 2 && random.chance(0.03);
    const createdAt = instantBetween(
      random,
      Math.max(fromDay(registered), fromDay(`${asOfYear - 2}-01-01`)),
      context.asOfMs,
    );
    rows.push({
      id: id(createdAt),
      creditCode: creditCode(kind.type, place.code, n + 1),
      name,
      type: kind.type,
      background: weighted(random, backgrounds),
      registeredOn: registered,
      legalRepresentative: personName(random),
      contactPerson: random.chance(0.9) ? personName(random) : null,
      contactPhone: random.chance(0.6) ? mobile(random) : landline(random, place.code),
      address: streetAddress(random, place.name),
      regionCode: place.code,
      serviceFields: someOf(random, serviceFields, 1, 4).map((f) => f.code),
      status: deactivated ? 'deactivated' : 'active',
      deactivatedOn: deactivated ? dayBetween(random, `${asOfYear - 2}-01-01`, context.asOf) : null,
      deactivationReason: deactivated
        ? random.pick(['自行解散', '连续两年未参加年检', '合并'])
        : null,
      version: 1,
      createdAt,
      updatedAt: createdAt,
    });
  }
  const written = await context.writer.write(organisations, rows);
  context.registry.organisations.push(
    ...rows.map((r): GeneratedOrganisation => ({
      id: r.id,
      name: r.name,
      regionCode: r.regionCode,
      registeredOn: r.registeredOn,
    })),
  );
  return {
    organisation: written,
    ...(await organisationConduct(context, rows)),
    ...(await organisationSupport(context)),
  };
}
