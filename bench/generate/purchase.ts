import {
  populationGroups,
  projectMoveOf,
  serviceFields,
  type ProjectState,
  type ProjectType,
} from '@shegong/domain';
import type { Random } from '../../apps/server/src/demo/random';
import { fundAllocations, fundSources } from '../../apps/server/src/modules/funds/funds.table';
import { projectMoves, projects } from '../../apps/server/src/modules/projects/projects.table';
import { dayMs, fromDay, instantBetween } from './calendar';
import { familyRandom, type GeneratedOrganisation, type GenerationContext } from './context';
import { someOf, weighted } from './weighted';

type ProjectRow = typeof projects.$inferInsert;
type MoveRow = typeof projectMoves.$inferInsert;
type SourceRow = typeof fundSources.$inferInsert;
type AllocationRow = typeof fundAllocations.$inferInsert;

/** The years the purchase data covers, the last one the year of `asOf`. */
const yearsBefore = (asOf: string) => {
  const last = Number(asOf.slice(0, 4));
  return [last - 2, last - 1, last];
};

/** Where a project of a year stands on the day the data describes (older years have ended). */
function stateFor(random: Random, age: number): ProjectState {
  if (age >= 2)
    return weighted(random, [
      ['closed', 72],
      ['completed', 20],
      ['terminated', 5],
      ['in_service', 3],
    ] as const);
  if (age === 1)
    return weighted(random, [
      ['in_service', 35],
      ['completed', 35],
      ['closed', 23],
      ['terminated', 5],
      ['signed', 2],
    ] as const);
  return weighted(random, [
    ['draft', 8],
    ['review', 5],
    ['pending_approval', 5],
    ['approved', 7],
    ['tendering', 10],
    ['awarded', 5],
    ['signed', 10],
    ['in_service', 45],
    ['terminated', 5],
  ] as const);
}

const main: ProjectState[] = [
  'draft',
  'review',
  'pending_approval',
  'approved',
  'tendering',
  'awarded',
  'signed',
  'in_service',
  'completed',
  'closed',
];

/** The path of moves from draft to `state` (a terminated project stops on the way). */
function pathTo(random: Random, state: ProjectState): ProjectState[] {
  if (state === 'terminated') {
    const stop = random.int(0, 7);
    return [...main.slice(0, stop + 1), 'terminated'];
  }
  return main.slice(0, main.indexOf(state) + 1);
}

/** An instant in office hours (China time, 08:30–17:30) of the day that `ms` falls on (UTC). */
const inOfficeHours = (random: Random, ms: number) =>
  Math.floor(ms / dayMs) * dayMs + 1_800_000 + Math.floor(random.next() * 9 * 3_600_000);

/**
 * When each move of `path` was made, in step with the term: the plan, its review, set-up and the
 * tender from the draft to shortly before the term, signing a few days before it, service from
 * its first day, completion after its last, closure after that, a termination some time after the
 * last move. Moves that would fall after the day the data describes are squeezed into the time
 * left before it.
 */
function moveTimesOf(
  random: Random,
  path: readonly ProjectState[],
  createdMs: number,
  term: { start: string; end: string },
  asOfMs: number,
): Date[] {
  const startMs = fromDay(term.start);
  const endMs = fromDay(term.end);
  const awarded = main.indexOf('awarded');
  const preEnd = Math.max(createdMs + 30 * dayMs, startMs - 12 * dayMs);
  const times: number[] = [];
  let last = createdMs;
  for (const [i, state] of path.entries()) {
    const step = main.indexOf(state);
    let t: number;
    if (i === 0) t = createdMs;
    else if (state === 'terminated')
      t = last + Math.floor(random.next() * Math.min(180 * dayMs, Math.max(0, asOfMs - last)));
    else if (step <= awarded) t = createdMs + ((preEnd - createdMs) * step) / awarded;
    else {
      const day =
        state === 'signed'
          ? preEnd + random.int(2, 10) * dayMs
          : state === 'in_service'
            ? startMs + random.int(0, 3) * dayMs
            : state === 'completed'
              ? endMs + random.int(5, 30) * dayMs
              : last + random.int(15, 60) * dayMs;
      t = inOfficeHours(random, Math.max(day, last + dayMs));
    }
    t = Math.max(t, last + (i === 0 ? 0 : 60_000));
    times.push(t);
    last = t;
  }
  const limit = asOfMs - 3_600_000;
  const late = times.findIndex((t) => t > limit);
  if (late > 0) {
    const from = times[late - 1]!;
    const count = times.length - late;
    for (let k = 0; k < count; k++)
      times[late + k] = from + Math.floor(((limit - from) * (k + 1)) / (count + 1));
  }
  return times.map((t) => new Date(Math.floor(t)));
}

/** A project as the contracts need it: its row, when each move was made, its two officers. */
export interface GeneratedProject {
  row: ProjectRow;
  movedAt: Partial<Record<ProjectState, Date>>;
  drafter: { id: string; realName: string };
  approver: { id: string; realName: string };
}

const generatedProjects = new WeakMap<GenerationContext, GeneratedProject[]>();

/** The projects the purchase family made, for the contracts family. */
export const projectsOf = (context: GenerationContext) => generatedProjects.get(context) ?? [];

/** Budgets in fen by type: Guangzhou's centres at ~2 million a year, stations and posts less. */
function budgetOf(random: Random, type: ProjectType): number {
  const yuan = (min: number, max: number, step: number) =>
    Math.round(random.int(min / step, max / step)) * step * 100;
  switch (type) {
    case 'family_centre':
      return yuan(1_500_000, 2_000_000, 10_000);
    case 'station_operation':
      return yuan(150_000, 400_000, 5_000);
    case 'post':
      return random.int(1, 6) * yuan(80_000, 120_000, 1_000);
    case 'project':
      return yuan(50_000, 500_000, 5_000);
  }
}

const typeNames: Record<ProjectType, string> = {
  post: '社会工作岗位购买项目',
  project: '社会工作服务项目',
  family_centre: '家庭综合服务中心项目',
  station_operation: '社会工作服务站运营项目',
};

const fieldCodes = serviceFields.map((f) => f.code);
const groupCodes = populationGroups.map((g) => g.code);
const commonFields = [
  'social_welfare',
  'social_assistance',
  'community_building',
  'marriage_family',
  'mental_health',
];

/**
 * 政府购买服务 at scale: projects over three years in every county (Chongqing bought 1,114 in
 * 18 fields by 2017), each with its moves; fund sources of every county and year sized to what
 * they fund (本级财政预算, 福彩公益金, 社会救助资金 within 2% of the assistance total, "三区"
 * plan funds in some), and allocations that never exceed them.
 */
export async function generatePurchase(
  context: GenerationContext,
): Promise<Record<string, number>> {
  const { random, id } = familyRandom(context, 'purchase');
  const { asOf, asOfMs, divisions, registry, scale } = context;
  const years = yearsBefore(asOf);
  const counties = divisions.counties;
  if (counties.length === 0 || scale.projects === 0) return {};
  const officersOf = new Map<string, { id: string; realName: string }[]>();
  for (const account of registry.accounts)
    if (account.roles.includes('civil_affairs_county'))
      officersOf.set(account.regionCode, [...(officersOf.get(account.regionCode) ?? []), account]);
  const orgsNear = (code: string): GeneratedOrganisation[] =>
    registry.organisations.filter((o) =>
      [code.slice(0, 6), code.slice(0, 4), code.slice(0, 2)].includes(o.regionCode),
    );
  const townshipStations = new Map<string, string[]>();
  for (const station of registry.stations)
    if (station.tier === 'township_station') {
      const county = station.regionCode.slice(0, 6);
      townshipStations.set(county, [...(townshipStations.get(county) ?? []), station.id]);
    }

  const projectRows: ProjectRow[] = [];
  const moveRows: MoveRow[] = [];
  const made: GeneratedProject[] = [];
  const perCountyYear = scale.projects / (counties.length * years.length);
  let serial = 0;
  for (const county of counties) {
    const officers = officersOf.get(county.code) ?? [];
    if (officers.length < 2) continue;
    const nearby = orgsNear(county.code);
    for (const year of years) {
      const count = Math.max(0, Math.round(perCountyYear * (0.5 + random.next())));
      for (let n = 0; n < count; n++) {
        serial += 1;
        const type = weighted(random, [
          ['station_operation', 40],
          ['project', 35],
          ['post', 15],
          ['family_centre', 10],
        ] as const);
        const state = stateFor(random, years.at(-1)! - year);
        const path = pathTo(random, state);
        const start = `${year}-${String(random.int(1, 6)).padStart(2, '0')}-01`;
        const termEnd = `${year + 1}-${start.slice(5, 7)}-01`;
        const createdMs = Math.min(
          instantBetween(random, fromDay(`${year - 1}-11-01`), fromDay(start)).getTime(),
          asOfMs - 86_400_000,
        );
        const drafter = officers[0]!;
        const approver = officers[1]!;
        // Awarded projects and those after have a provider: one near the county, else any.
        const provider = !path.includes('awarded')
          ? null
          : nearby.length > 0
            ? random.pick(nearby)
            : registry.organisations.length > 0
              ? random.pick(registry.organisations)
              : null;
        const stations = townshipStations.get(county.code) ?? [];
        const fields =
          type === 'station_operation'
            ? ['social_welfare', 'social_assistance', 'community_building']
            : someOf(random, random.chance(0.7) ? commonFields : fieldCodes, 1, 2);
        const projectId = id(createdMs);
        const moveTimes = moveTimesOf(random, path, createdMs, { start, end: termEnd }, asOfMs);
        let approvedAt: Date | null = null;
        path.forEach((to, i) => {
          const from = i === 0 ? null : path[i - 1]!;
          if (from && !projectMoveOf(from, to)) throw new Error(`bench: no move ${from} → ${to}`);
          if (to === 'approved' && !approvedAt) approvedAt = moveTimes[i]!;
          const actor = to === 'approved' ? approver : drafter;
          moveRows.push({
            id: id(moveTimes[i]!),
            projectId,
            regionCode: county.code,
            fromState: from,
            toState: to,
            actorId: actor.id,
            actorName: actor.realName,
            at: moveTimes[i]!,
            reason: to === 'terminated' ? '服务需求变化，经研究终止项目' : null,
          });
        });
        const approved = path.includes('approved');
        const movedAt: GeneratedProject['movedAt'] = {};
        path.forEach((to, i) => (movedAt[to] ??= moveTimes[i]!));
        const row: ProjectRow = {
          id: projectId,
          regionCode: county.code,
          year,
          code: `${county.code}-${year}-${String(serial).padStart(4, '0')}`,
          title: `${county.name}${year}年${typeNames[type]}`,
          type,
          needs: '辖区困难群众、老年人和困境儿童等对象的服务需求调研结果。',
          serviceFields: fields,
          populationGroups: someOf(random, groupCodes, 1, 3),
          areaRegionCodes: [county.code],
          areaStationIds:
            type === 'station_operation' && stations.length > 0 ? [random.pick(stations)] : [],
          budgetFen: budgetOf(random, type),
          termStart: start,
          termEnd,
          state,
          providerOrganisationId: provider?.id ?? null,
          providerName: provider?.name ?? null,
          providerRegionCode: provider?.regionCode ?? null,
          draftedBy: drafter.id,
          draftedByName: drafter.realName,
          approvedBy: approved ? approver.id : null,
          approvedByName: approved ? approver.realName : null,
          approvedAt,
          terminationReason: state === 'terminated' ? '服务需求变化，经研究终止项目' : null,
          version: path.length,
          createdAt: new Date(createdMs),
          updatedAt: moveTimes.at(-1)!,
        };
        projectRows.push(row);
        made.push({ row, movedAt, drafter, approver });
      }
    }
  }

  // Sources sized to what they fund: each set-up project is funded by one or two sources of its
  // county and year; a source holds 5–30% more than it gives.
  const sourceRows: SourceRow[] = [];
  const allocationRows: AllocationRow[] = [];
  const byCountyYear = new Map<string, ProjectRow[]>();
  for (const p of projectRows)
    if (p.approvedBy) {
      const key = `${p.regionCode}|${p.year}`;
      byCountyYear.set(key, [...(byCountyYear.get(key) ?? []), p]);
    }
  for (const [key, funded] of byCountyYear) {
    const [code, yearText] = key.split('|') as [string, string];
    const year = Number(yearText);
    const officer = officersOf.get(code)![0]!;
    const kinds = ['public_budget', 'lottery_welfare_fund', 'social_assistance_fund'] as const;
    const extra = random.chance(0.3) ? (['central_three_regions'] as const) : [];
    const given = new Map<
      string,
      { kind: string; total: number; lines: { p: ProjectRow; fen: number }[] }
    >();
    for (const kind of [...kinds, ...extra]) given.set(kind, { kind, total: 0, lines: [] });
    for (const p of funded) {
      const main = weighted(random, [
        ['public_budget', 55],
        ['lottery_welfare_fund', 30],
        ['social_assistance_fund', 10],
        ...(extra.length ? ([['central_three_regions', 5]] as const) : []),
      ] as const);
      const split = random.chance(0.35) ? random.int(20, 50) / 100 : 0;
      const second = main === 'public_budget' ? 'lottery_welfare_fund' : 'public_budget';
      const secondFen = Math.round(p.budgetFen! * split);
      for (const [kind, fen] of [
        [main, p.budgetFen! - secondFen],
        [second, secondFen],
      ] as const) {
        if (fen <= 0) continue;
        const entry = given.get(kind)!;
        entry.total += fen;
        entry.lines.push({ p, fen });
      }
    }
    const name = divisions.nameOf(code);
    const sourceNames: Record<string, string> = {
      public_budget: '本级财政预算（政府购买社会工作服务）',
      lottery_welfare_fund: '福彩公益金（社会工作服务）',
      social_assistance_fund: '社会救助资金（购买社会工作服务）',
      central_three_regions: '中央财政“三区”计划资金',
    };
    for (const entry of given.values()) {
      if (entry.total === 0) continue;
      const amountFen =
        Math.ceil((entry.total * (1.05 + random.next() * 0.25)) / 1_000_000) * 1_000_000;
      const createdAt = instantBetween(
        random,
        fromDay(`${year - 1}-12-01`),
        fromDay(`${year}-02-28`),
      );
      const sourceId = id(createdAt);
      sourceRows.push({
        id: sourceId,
        regionCode: code,
        year,
        kind: entry.kind,
        name: `${year}年${name}${sourceNames[entry.kind]}`,
        amountFen,
        // The share of social assistance stays within Guizhou's 2% of the assistance total.
        baseFen: entry.kind === 'social_assistance_fund' ? amountFen * random.int(55, 90) : null,
        note: '',
        createdBy: officer.id,
        createdByName: officer.realName,
        createdAt,
        updatedAt: createdAt,
      });
      for (const line of entry.lines)
        allocationRows.push({
          id: id(createdAt.getTime() + 1000),
          regionCode: code,
          sourceId,
          projectId: line.p.id!,
          amountFen: line.fen,
          note: '',
          createdBy: officer.id,
          createdByName: officer.realName,
          createdAt,
          updatedAt: createdAt,
        });
    }
  }
  // A city's lottery fund for its counties' projects, not yet allocated.
  for (const city of divisions.cities) {
    const cityOfficer = registry.accounts.find(
      (a) => a.regionCode === city.code && a.roles.includes('civil_affairs_city'),
    );
    if (!cityOfficer) continue;
    for (const year of years) {
      const createdAt = instantBetween(
        random,
        fromDay(`${year - 1}-12-01`),
        fromDay(`${year}-02-28`),
      );
      sourceRows.push({
        id: id(createdAt),
        regionCode: city.code,
        year,
        kind: 'lottery_welfare_fund',
        name: `${year}年${city.name}市级福彩公益金（社会工作服务）`,
        amountFen: random.int(100, 500) * 1_000_000,
        baseFen: null,
        note: '',
        createdBy: cityOfficer.id,
        createdByName: cityOfficer.realName,
        createdAt,
        updatedAt: createdAt,
      });
    }
  }

  const { writer } = context;
  generatedProjects.set(context, made);
  return {
    project: await writer.write(projects, projectRows),
    project_move: await writer.write(projectMoves, moveRows),
    fund_source: await writer.write(fundSources, sourceRows),
    fund_allocation: await writer.write(fundAllocations, allocationRows),
  };
}
