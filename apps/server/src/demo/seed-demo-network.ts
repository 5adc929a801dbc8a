import {
  creditCodeCheckChar,
  ratingValidUntil,
  serviceFields,
  type OrganisationBackground,
  type OrganisationType,
} from '@shegong/domain';
import type { Transaction } from '../db/connection';
import { newId } from '../db/ids';
import type { DivisionService } from '../modules/divisions/divisions.service';
import {
  incubationBases,
  incubationResidencies,
  organisationCreditRecords,
  organisationGrants,
  organisationInspections,
  organisationRatings,
  organisations,
} from '../modules/organisations/organisations.table';
import { stations, stationStaff } from '../modules/stations/stations.table';
import { personName, seededRandom, type Random } from './random';

const orgWords = [
  '阳明',
  '甲秀',
  '筑梦',
  '黔灵',
  '花溪',
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
  '南山',
  '春晖',
  '德馨',
  '益邻',
  '晨曦',
  '慧心',
  '安康',
  '友邻',
  '远航',
  '青禾',
  '明德',
  '致和',
  '弘毅',
  '善水',
  '向阳',
  '知行',
  '凝心',
  '锦程',
];
const orgKinds: { suffix: string; type: OrganisationType }[] = [
  { suffix: '社会工作服务中心', type: 'social_service_org' },
  { suffix: '社工服务社', type: 'social_service_org' },
  { suffix: '社区服务中心', type: 'social_service_org' },
  { suffix: '社会工作协会', type: 'social_group' },
  { suffix: '公益基金会', type: 'foundation' },
];
const categoryOf: Record<OrganisationType, string> = {
  social_group: '51',
  social_service_org: '52',
  foundation: '53',
};

/** Guangzhou's mix of founders (domain.md §4): enterprise 58%, university 22%, volunteer 7%. */
function background(random: Random): OrganisationBackground {
  const x = random.next();
  return x < 0.58 ? 'enterprise' : x < 0.8 ? 'university' : x < 0.87 ? 'volunteer_group' : 'other';
}

function creditCode(type: OrganisationType, region: string, n: number): string {
  const first17 = `5${categoryOf[type].slice(1)}${region.slice(0, 6).padEnd(6, '0')}${String(700000 + n).padStart(9, '0')}`;
  return first17 + creditCodeCheckChar(first17);
}

const regionNames: Record<string, string> = {
  '5201': '贵阳市',
  '520102': '南明区',
  '520103': '云岩区',
};

/**
 * The demo network: a few dozen organisations with ratings, inspections and conduct records,
 * an incubation base, and stations on every tier of 南明区 and 云岩区 — some below their norm.
 */
export async function seedDemoNetwork(tx: Transaction, divisions: DivisionService) {
  const random = seededRandom(20261122);
  const organisationIds: { id: string; regionCode: string }[] = [];
  const plan = [
    ...Array.from({ length: 6 }, () => '5201'),
    ...Array.from({ length: 20 }, () => '520102'),
    ...Array.from({ length: 10 }, () => '520103'),
  ];
  for (const [n, regionCode] of plan.entries()) {
    const kind =
      n % 12 === 11 ? orgKinds[4]! : n % 7 === 6 ? orgKinds[3]! : random.pick(orgKinds.slice(0, 3));
    const registeredOn = random.date(2010, 2025);
    const id = newId();
    organisationIds.push({ id, regionCode });
    await tx.insert(organisations).values({
      id,
      creditCode: creditCode(kind.type, regionCode, n),
      // One word per organisation: as many words as the plan has organisations.
      name: `${regionNames[regionCode]}${orgWords[n]!}${kind.suffix}`,
      type: kind.type,
      background: background(random),
      registeredOn,
      legalRepresentative: personName(random),
      contactPerson: personName(random),
      contactPhone: `0851-8${random.int(1000000, 9999999)}`,
      address: `${regionNames[regionCode]}${random.pick(['中华南路', '遵义路', '宝山北路', '延安中路', '市南路'])}${random.int(1, 300)}号`,
      regionCode,
      serviceFields: [random.pick(serviceFields).code, random.pick(serviceFields).code].filter(
        (f, i, all) => all.indexOf(f) === i,
      ),
    });
    const registeredYear = Number(registeredOn.slice(0, 4));
    for (let year = Math.max(registeredYear, 2021); year <= 2025; year++) {
      const result = random.chance(0.08) ? 'fail' : random.chance(0.15) ? 'basic_pass' : 'pass';
      await tx.insert(organisationInspections).values({
        id: newId(),
        organisationId: id,
        regionCode,
        year,
        result,
        inspectedOn: `${year + 1}-0${random.int(3, 6)}-15`,
      });
    }
    if (registeredYear <= 2021 && random.chance(0.6)) {
      const ratedOn = random.date(Math.max(registeredYear + 2, 2017), 2025);
      const grade = random.pick(['2A', '3A', '3A', '4A', '4A', '5A']);
      await tx.insert(organisationRatings).values({
        id: newId(),
        organisationId: id,
        regionCode,
        grade,
        score: { '2A': 820, '3A': 870, '4A': 920, '5A': 960 }[grade]! + random.int(0, 25),
        ratedOn,
        validUntil: ratingValidUntil(ratedOn),
        assessor: '贵阳市社会组织评估委员会',
        documentRef: `筑民通〔${ratedOn.slice(0, 4)}〕${random.int(10, 99)}号`,
      });
    }
  }

  // Conduct: one organisation on the abnormal-activity list, one penalty served.
  const [listed, penalised] = [organisationIds[8]!, organisationIds[14]!];
  await tx.insert(organisationCreditRecords).values([
    {
      id: newId(),
      organisationId: listed.id,
      regionCode: listed.regionCode,
      kind: 'abnormal_list',
      startedOn: '2026-04-10',
      description: '未按规定报送年度工作报告',
    },
    {
      id: newId(),
      organisationId: penalised.id,
      regionCode: penalised.regionCode,
      kind: 'penalty',
      startedOn: '2024-03-01',
      endedOn: '2024-09-01',
      description: '警告',
    },
  ]);

  const nanmingOrgs = organisationIds.filter((o) => o.regionCode === '520102');
  for (const [i, org] of nanmingOrgs.slice(0, 5).entries()) {
    await tx.insert(organisationGrants).values({
      id: newId(),
      organisationId: org.id,
      regionCode: '520102',
      kind: i % 2 === 0 ? 'subsidy' : 'award',
      title: i % 2 === 0 ? '新办社会工作服务机构一次性补贴' : '优秀社会工作服务项目奖励',
      amountFen: (i % 2 === 0 ? 50_000 : 20_000) * 100,
      grantedOn: `2025-0${i + 3}-20`,
      fundingSource: i % 2 === 0 ? 'lottery_welfare_fund' : 'public_budget',
    });
  }
  const baseId = newId();
  await tx.insert(incubationBases).values({
    id: baseId,
    name: '南明区社会组织孵化基地',
    regionCode: '520102',
    address: '南明区花果园社会组织服务中心',
    openedOn: '2019-06-01',
    capacity: 20,
  });
  for (const [i, org] of nanmingOrgs.slice(15, 18).entries()) {
    await tx.insert(incubationResidencies).values({
      id: newId(),
      baseId,
      organisationId: org.id,
      regionCode: '520102',
      enteredOn: `2025-0${i + 2}-01`,
      exitedOn: i === 0 ? '2026-08-31' : null,
      supports: ['office', 'one_stop', 'fee_waiver', 'project_priority'].slice(0, 2 + i),
    });
  }

  for (const county of ['520102', '520103'])
    await seedStations(tx, divisions, random, county, organisationIds);
}

async function seedStations(
  tx: Transaction,
  divisions: DivisionService,
  random: Random,
  county: string,
  operators: { id: string; regionCode: string }[],
) {
  const localOperators = operators.filter(
    (o) => county.startsWith(o.regionCode) || o.regionCode === county,
  );
  const staff = async (stationId: string, regionCode: string, count: number) => {
    for (let i = 0; i < count; i++) {
      await tx.insert(stationStaff).values({
        id: newId(),
        stationId,
        regionCode,
        workerName: personName(random),
        role: i === 0 ? 'full_time' : random.pick(['full_time', 'part_time', 'resident']),
        startedOn: random.date(2021, 2025),
      });
    }
  };
  const countyName = regionNames[county]!;
  const countyStation = newId();
  await tx.insert(stations).values({
    id: countyStation,
    name: `${countyName}社会工作站`,
    tier: 'county_station',
    regionCode: county,
    operatorOrganisationId: random.pick(localOperators).id,
    openedOn: '2021-07-01',
    servicePopulation: null,
  });
  await staff(countyStation, county, 3);

  const townships = await divisions.descendants(county, 9);
  const villages = await divisions.descendants(county, 12);
  for (const [t, township] of townships.entries()) {
    // Most townships have a station; a few are still being built or have none yet.
    if (t % 6 === 5) continue;
    const townshipStation = newId();
    const status = t % 9 === 4 ? 'planned' : 'operating';
    await tx.insert(stations).values({
      id: townshipStation,
      name: `${township.name}社会工作服务站`,
      tier: 'township_station',
      regionCode: township.code,
      parentStationId: countyStation,
      operatorOrganisationId: random.pick(localOperators).id,
      openedOn: random.date(2021, 2024),
      status,
      servicePopulation: random.int(20, 90) * 1000,
      serviceFields: ['social_assistance', 'community_building'],
    });
    if (status === 'operating')
      await staff(townshipStation, township.code, random.chance(0.25) ? 1 : 2);
    for (const village of villages.filter((v) => v.code.startsWith(township.code))) {
      if (!random.chance(0.45)) continue;
      const villageStation = newId();
      const studio = random.chance(0.3);
      await tx.insert(stations).values({
        id: villageStation,
        name: `${village.name.replace(/(居委会|村委会)$/, '')}社会工作${studio ? '室' : '服务站'}`,
        tier: studio ? 'village_studio' : 'village_station',
        regionCode: village.code,
        parentStationId: townshipStation,
        openedOn: random.date(2022, 2025),
        servicePopulation: random.int(2, 12) * 1000,
      });
      await staff(villageStation, village.code, random.int(0, 3));
    }
  }
}
