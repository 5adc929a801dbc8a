import {
  addDays,
  chinaToday,
  drawSample,
  leavesOf,
  partyOf,
  roundDueDates,
  roundResult,
  runsAYearOrMore,
  templateWeights,
  withContractOutputs,
  type AgreedIndicator,
  type EvaluationGrade,
  type IndicatorPeriod,
  type ItemMarkRecord,
  type ScoringParty,
} from '@shegong/domain';
import type { Random } from '../../apps/server/src/demo/random';
import {
  evaluationAssignments,
  evaluationDraws,
  evaluationObjections,
  evaluationRounds,
  evaluationSheets,
} from '../../apps/server/src/modules/evaluations/evaluations.table';
import {
  indicatorTemplates,
  indicatorVersions,
} from '../../apps/server/src/modules/indicators/indicators.table';
import { accounts } from '../../apps/server/src/platform/auth/accounts.table';
import { hashPassword } from '../../apps/server/src/platform/auth/passwords';
import { generatedAccountPassword } from './accounts';
import { dayMs, fromDay } from './calendar';
import { administratorsOf } from './contracts';
import { familyRandom, type GenerationContext } from './context';
import { marksOf, officePartiesOf } from './evaluation-marks';
import { shippedTemplates } from './evaluation-templates';
import type { IdFactory } from './ids';
import { mobile, personName } from './people';
import { weighted } from './weighted';

type RoundRow = typeof evaluationRounds.$inferInsert;
type AssignmentRow = typeof evaluationAssignments.$inferInsert;
type SheetRow = typeof evaluationSheets.$inferInsert;
type ObjectionRow = typeof evaluationObjections.$inferInsert;
type DrawRow = typeof evaluationDraws.$inferInsert;
type AccountRow = typeof accounts.$inferInsert;

/** A generated contract as the evaluations read it back (contracts.service evaluatedColumns). */
interface Contract {
  id: string;
  regionCode: string;
  providerRegionCode: string;
  code: string;
  projectId: string;
  projectCode: string;
  projectTitle: string;
  projectType: string;
  providerOrganisationId: string;
  providerName: string;
  termStart: string;
  termEnd: string;
  status: string;
  createdAt: Date;
  indicators: AgreedIndicator[];
}

interface Person {
  id: string;
  realName: string;
}

interface Evaluator extends Person {
  agencyId: string;
  agencyName: string;
}

/** The steps of a round, each an instant; those after the day the data describes did not happen. */
interface Timeline {
  opened: number;
  declared: number;
  submitted: number;
  locked: number;
  published: number;
  confirmed: number | null;
  finalised: number;
}

/** The list in a random order (Fisher–Yates). */
function shuffled<T>(random: Random, list: readonly T[]): T[] {
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** 08:30–17:30 China time of the day `ms` falls on. */
const officeHours = (random: Random, ms: number) =>
  Math.floor(ms / dayMs) * dayMs + 1_800_000 + Math.floor(random.next() * 9 * 3_600_000);
const dayOf = (ms: number) => chinaToday(new Date(ms));
const dueInstant = (day: string) => fromDay(day) + 9 * 3_600_000;

const conflictNote = '本人曾为该承接机构提供项目督导服务，申请回避';
const waiver = '经核查，督导服务已于两年前结束，与本项目无利害关系，准予继续评估';
const objectionReasons = [
  '服务档案已于评估后补充提交，请求复核该项评分',
  '评估当日负责人外出，部分佐证材料未能及时提供',
  '该项服务在合同约定范围内已完成，评分与实际不符',
];

/**
 * 绩效评估 of the generated contracts, as the evaluation services would have written them: the
 * templates the app ships, published by each province; a 中期 of every contract past its middle, a
 * 终期 of every contract ended or ending, and a 抽查 of ~30% (by `drawSample`, stratified by
 * county and type) of each county's contracts in service that run a year or more, with the
 * county's draw. Evaluators (评估人员) of three agencies per city, two or three on a round (a few
 * recused, a few waived); their sheets and the offices' (购买方, 业务主管部门, the community's
 * survey) scored within each item's points; rounds locked, published and made final with the
 * result `roundResult` gives, as the day the data describes has reached them; a few objections.
 */
export async function generateEvaluations(
  context: GenerationContext,
): Promise<Record<string, number>> {
  const { random, id } = familyRandom(context, 'evaluations');
  const { asOfMs, writer } = context;
  const contracts = await contractsOf(context);
  if (contracts.length === 0) return {};
  const provinces = [...new Set(contracts.map((c) => c.regionCode.slice(0, 2)))].sort();
  const firstYear = Math.min(...contracts.map((c) => Number(c.termStart.slice(0, 4))));
  const templates = shippedTemplates(context, id, provinces, `${firstYear - 1}-01-05`);
  const { byCity: evaluators, rows: evaluatorRows } = await evaluatorsOf(
    context,
    random,
    id,
    contracts,
  );
  const administrators = await administratorsOf(context);
  const officersOf = new Map<string, Person[]>();
  for (const a of context.registry.accounts)
    if (a.roles.includes('civil_affairs_county'))
      officersOf.set(a.regionCode, [...(officersOf.get(a.regionCode) ?? []), a]);

  const rounds: RoundRow[] = [];
  const assignments: AssignmentRow[] = [];
  const sheets: SheetRow[] = [];
  const objections: ObjectionRow[] = [];
  const draws: DrawRow[] = [];
  // A provider's quality, the same in every round: its grades agree across kinds.
  const qualityOf = new Map<string, number>();
  const quality = (providerId: string) => {
    if (!qualityOf.has(providerId))
      qualityOf.set(
        providerId,
        weighted(random, [
          [0.88 + random.next() * 0.12, 30],
          [0.68 + random.next() * 0.2, 45],
          [0.42 + random.next() * 0.26, 20],
          [0.2 + random.next() * 0.22, 5],
        ] as const),
      );
    return qualityOf.get(providerId)!;
  };

  const addRound = (
    contract: Contract,
    kind: 'midterm' | 'final' | 'spot_check',
    dueOn: string,
    openedMs: number,
    draw?: { id: string; year: number },
  ) => {
    const officers = officersOf.get(contract.regionCode) ?? [];
    const pool = (evaluators.get(contract.regionCode.slice(0, 4)) ?? []).filter(
      (e) => e.agencyId !== contract.providerOrganisationId,
    );
    if (officers.length === 0 || pool.length === 0) return;
    const organiser = officers[0]!;
    const version = templates.versionFor(contract.regionCode, contract.projectType);
    const items = withContractOutputs(version.items, contract.indicators);
    const partyWeights = templateWeights(items);
    const t = timelineOf(random, openedMs, dueOn, random.chance(0.4));
    const reached = (ms: number | null) => ms !== null && ms <= asOfMs;
    const status = reached(t.finalised)
      ? 'final'
      : reached(t.published)
        ? 'published'
        : reached(t.locked)
          ? 'locked'
          : 'open';
    const roundId = id(new Date(t.opened));
    if (!version.usedAt || version.usedAt.getTime() > t.opened) version.usedAt = new Date(t.opened);

    // Two or three evaluators of different agencies where the city has them.
    const wanted = random.int(2, 3);
    const chosen: Evaluator[] = [];
    for (const e of shuffled(random, pool))
      if (chosen.length < wanted && !chosen.some((c) => c.agencyId === e.agencyId)) chosen.push(e);
    const scored = status !== 'open';
    const roundAssignments = chosen.map((e, i): AssignmentRow => {
      const declared = reached(t.declared);
      const recused = declared && i > 0 && random.chance(0.06);
      const waived = declared && !recused && random.chance(0.04);
      return {
        id: id(new Date(t.opened + dayMs)),
        roundId,
        regionCode: contract.regionCode,
        accountId: e.id,
        evaluatorName: e.realName,
        agencyOrganisationId: e.agencyId,
        agencyName: e.agencyName,
        status: !declared
          ? 'awaiting_declaration'
          : recused
            ? 'conflict'
            : waived
              ? 'waived'
              : 'cleared',
        signals: [],
        declaredAt: declared ? new Date(t.declared) : null,
        declarationNote: recused || waived ? conflictNote : '',
        resolution: waived ? waiver : '',
        resolvedByName: waived ? organiser.realName : null,
        assignedByName: organiser.realName,
        version: !declared ? 1 : waived ? 3 : 2,
        createdAt: new Date(t.opened + dayMs),
      };
    });

    // The sheets: the scoring evaluators' and one per office party, submitted by the lock.
    const q = quality(contract.providerOrganisationId);
    const roundSheets: SheetRow[] = [];
    const sheetOf = (party: ScoringParty, assignmentId: string | null, scorer: string) => {
      const submitted = scored || reached(t.submitted) ? random.chance(scored ? 1 : 0.5) : false;
      if (!submitted && !reached(t.declared + dayMs)) return;
      const share = submitted ? 1 : 0.3 + random.next() * 0.6;
      const at = submitted ? t.submitted : Math.min(asOfMs - 3_600_000, t.declared + dayMs);
      roundSheets.push({
        id: id(new Date(at)),
        roundId,
        regionCode: contract.regionCode,
        party,
        assignmentId,
        scorerName: scorer,
        marks: marksOf(random, items, party, q, share),
        status: submitted ? 'submitted' : 'draft',
        submittedAt: submitted ? new Date(at) : null,
        version: submitted ? random.int(2, 4) : random.int(1, 3),
        updatedAt: new Date(at),
      });
    };
    for (const a of roundAssignments)
      if (a.status === 'cleared' || a.status === 'waived')
        sheetOf('third_party', a.id!, a.evaluatorName);
    for (const party of officePartiesOf(items)) sheetOf(party, null, organiser.realName);

    // A final evaluation whose last tranche is asked for did not fail: the better marks stand.
    let result = resultFrom(items, roundSheets, partyWeights);
    for (
      let lift = 0.15;
      scored && kind === 'final' && contract.status === 'completed';
      lift += 0.15
    ) {
      if (result.grade !== 'fail' || lift > 1) break;
      for (const sheet of roundSheets)
        sheet.marks = marksOf(random, items, sheet.party as ScoringParty, Math.min(1, q + lift));
      result = resultFrom(items, roundSheets, partyWeights);
    }

    const objected = (status === 'published' || status === 'final') && random.chance(0.08);
    const admin = administrators.get(contract.providerOrganisationId);
    const objectionUntil = addDays(dayOf(t.published), 5);
    if (objected && admin) {
      const item = random.pick(leavesOf(items).filter((i) => partyOf(i) === 'third_party'));
      const raisedAt = officeHours(random, t.published + random.int(1, 4) * dayMs);
      const decided = status === 'final' || dueInstant(objectionUntil) + dayMs < asOfMs;
      objections.push({
        id: id(new Date(raisedAt)),
        roundId,
        regionCode: contract.regionCode,
        providerRegionCode: contract.providerRegionCode,
        itemKey: item.key,
        itemName: item.name,
        reason: random.pick(objectionReasons),
        raisedBy: admin.id,
        raisedByName: admin.realName,
        raisedAt: new Date(raisedAt),
        status: decided ? 'rejected' : 'open',
        decisionReason: decided ? '经复核，评估时佐证材料确不完整，维持原评分' : '',
        decidedByName: decided ? organiser.realName : null,
        decidedAt: decided
          ? new Date(Math.min(t.finalised - 3_600_000, raisedAt + 2 * dayMs, asOfMs - 3_600_000))
          : null,
        version: decided ? 2 : 1,
      });
    }
    const confirmed = !objected && t.confirmed !== null && reached(t.confirmed);
    const grade = result.grade as EvaluationGrade | null;
    const tranche = kind === 'final' ? finalTranche.get(contract.id) : undefined;
    rounds.push({
      id: roundId,
      regionCode: contract.regionCode,
      providerRegionCode: contract.providerRegionCode,
      contractId: contract.id,
      contractCode: contract.code,
      projectId: contract.projectId,
      projectCode: contract.projectCode,
      projectTitle: contract.projectTitle,
      projectType: contract.projectType,
      providerOrganisationId: contract.providerOrganisationId,
      providerName: contract.providerName,
      termStart: contract.termStart,
      termEnd: contract.termEnd,
      kind,
      year: draw?.year ?? Number(dayOf(t.opened).slice(0, 4)),
      status,
      dueOn,
      indicatorVersionId: version.id,
      indicatorLabel: version.label,
      items,
      partyWeights,
      objectionDays: 5,
      result: scored ? result : null,
      total: scored ? result.total : null,
      grade: scored ? grade : null,
      drawId: draw?.id ?? null,
      lockedAt: scored ? new Date(t.locked) : null,
      publishedAt: reached(t.published) ? new Date(t.published) : null,
      objectionUntil: reached(t.published) ? objectionUntil : null,
      providerConfirmedAt: confirmed ? new Date(t.confirmed!) : null,
      providerConfirmedByName: confirmed ? (admin?.realName ?? null) : null,
      finalisedAt: status === 'final' ? new Date(t.finalised) : null,
      finalisedByName: status === 'final' ? organiser.realName : null,
      consequences:
        status === 'final' && tranche
          ? [
              grade === 'fail'
                ? `第 3 笔付款（${(tranche.amountFen / 100).toFixed(2)} 元）因评估不合格暂停支付`
                : `第 3 笔付款（${(tranche.amountFen / 100).toFixed(2)} 元）的评估条件已满足，可申请支付`,
            ]
          : [],
      createdBy: organiser.id,
      createdByName: organiser.realName,
      version: 1 + ['locked', 'published', 'final'].indexOf(status) + 1 + (confirmed ? 1 : 0),
      createdAt: new Date(t.opened),
      updatedAt: new Date(
        Math.max(
          ...[t.opened, t.locked, t.published, t.confirmed ?? 0, t.finalised].filter(
            (x) => x <= asOfMs,
          ),
        ),
      ),
    });
    assignments.push(...roundAssignments);
    sheets.push(...roundSheets);
  };

  const finalTranche = await finalTranchesOf(context);
  const asOf = context.asOf;
  for (const contract of contracts) {
    const due = roundDueDates(contract.termStart, contract.termEnd);
    for (const kind of ['midterm', 'final'] as const) {
      const dueOn = due[kind];
      const openedMs = Math.max(
        contract.createdAt.getTime() + 10 * dayMs,
        officeHours(random, fromDay(dueOn) - 30 * dayMs),
      );
      if (openedMs < asOfMs - dayMs && (contract.status !== 'signed' || kind === 'midterm'))
        addRound(contract, kind, dueOn, openedMs);
    }
  }
  // 抽查: each county's draw of the year, a few weeks before the day the data describes.
  const year = Number(asOf.slice(0, 4));
  const byCounty = new Map<string, Contract[]>();
  for (const c of contracts)
    if (c.status === 'in_service' && runsAYearOrMore(c.termStart, c.termEnd))
      byCounty.set(c.regionCode.slice(0, 6), [
        ...(byCounty.get(c.regionCode.slice(0, 6)) ?? []),
        c,
      ]);
  for (const [county, running] of [...byCounty.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const officer = officersOf.get(county)?.[0];
    if (!officer) continue;
    const drawnMs = officeHours(random, asOfMs - random.int(15, 45) * dayMs);
    const seed = Math.floor(random.next() * 2 ** 32)
      .toString(16)
      .padStart(8, '0');
    const sample = drawSample(
      running.map((c) => ({ id: c.id, stratum: `${county}|${c.projectType}` })),
      30,
      seed,
    );
    const drawId = id(new Date(drawnMs));
    draws.push({
      id: drawId,
      regionCode: county,
      year,
      sharePercent: 30,
      seed,
      population: running.length,
      strata: sample.strata,
      chosenContractIds: sample.chosen,
      drawnBy: officer.id,
      drawnByName: officer.realName,
      drawnAt: new Date(drawnMs),
    });
    for (const c of running.filter((r) => sample.chosen.includes(r.id)))
      addRound(c, 'spot_check', addDays(dayOf(drawnMs), 30), drawnMs, { id: drawId, year });
  }

  const templateRows = templates.rows();
  const written = {
    indicator_template: await writer.write(indicatorTemplates, templateRows.templates),
    indicator_version: await writer.write(indicatorVersions, templateRows.versions),
    evaluator_account: await writer.write(accounts, evaluatorRows),
    evaluation_draw: await writer.write(evaluationDraws, draws),
    evaluation_round: await writer.write(evaluationRounds, rounds),
    evaluation_assignment: await writer.write(evaluationAssignments, assignments),
    evaluation_sheet: await writer.write(evaluationSheets, sheets),
    evaluation_objection: await writer.write(evaluationObjections, objections),
  };
  // The final grade reaches the tranche it gates, as payments.service recordEvaluationOutcome.
  await writer.query(
    `update contract_tranche t set evaluation_grade = r.grade
     from evaluation_round r
     where r.contract_id = t.contract_id and r.kind = t.gate_round and r.status = 'final'
       and t.gate = 'evaluation' and t.status <> 'cancelled'`,
  );
  return written;
}

/**
 * The steps of a round opened at `openedMs` and due on `dueOn`: declarations within days of the
 * opening, sheets in before the due day, the lock a few days after it, publication, the five days
 * of objections (or the provider's confirmation) and the grade made final.
 */
function timelineOf(random: Random, openedMs: number, dueOn: string, confirms: boolean): Timeline {
  const due = dueInstant(dueOn);
  const declared = officeHours(random, openedMs + random.int(1, 5) * dayMs);
  const submitted = officeHours(
    random,
    declared + Math.floor(random.next() * Math.max(dayMs, due - declared - dayMs)),
  );
  const locked = officeHours(random, Math.max(submitted, due) + random.int(1, 5) * dayMs);
  const published = officeHours(random, locked + random.int(1, 3) * dayMs);
  const confirmed = confirms ? officeHours(random, published + random.int(1, 3) * dayMs) : null;
  const windowEnd = fromDay(addDays(dayOf(published), 5)) + dayMs;
  const finalised = officeHours(
    random,
    (confirmed ?? windowEnd) + random.int(confirmed ? 1 : 0, 10) * dayMs,
  );
  return { opened: openedMs, declared, submitted, locked, published, confirmed, finalised };
}

/** The round's result from its submitted sheets (round-store resultOf). */
function resultFrom(
  items: Parameters<typeof roundResult>[0],
  sheets: readonly SheetRow[],
  weights: Parameters<typeof roundResult>[2],
) {
  return roundResult(
    items,
    sheets
      .filter((s) => s.status === 'submitted')
      .map((s) => ({ party: s.party as ScoringParty, marks: s.marks as ItemMarkRecord[] })),
    weights,
  );
}

/** The contracts the contracts family wrote, signed and after, with their agreed indicators. */
async function contractsOf(context: GenerationContext): Promise<Contract[]> {
  const rows = await context.writer.query(
    `select c.id, c.region_code, c.provider_region_code, c.code, c.project_id, c.project_code,
       c.project_title, p.type, c.provider_organisation_id, c.provider_name,
       c.term_start::text as term_start, c.term_end::text as term_end, c.status, c.created_at
     from contract c join project p on p.id = c.project_id
     where c.status in ('signed', 'in_service', 'completed') order by c.code`,
  );
  const indicators = await context.writer.query(
    `select contract_id, id, name, level, unit, period from contract_indicator
     order by contract_id, position`,
  );
  const agreed = new Map<string, AgreedIndicator[]>();
  for (const r of indicators)
    agreed.set(String(r.contract_id), [
      ...(agreed.get(String(r.contract_id)) ?? []),
      {
        id: String(r.id),
        name: String(r.name),
        level: Number(r.level),
        unit: String(r.unit),
        period: r.period as IndicatorPeriod,
      },
    ]);
  return rows.map((r) => ({
    id: String(r.id),
    regionCode: String(r.region_code),
    providerRegionCode: String(r.provider_region_code),
    code: String(r.code),
    projectId: String(r.project_id),
    projectCode: String(r.project_code),
    projectTitle: String(r.project_title),
    projectType: String(r.type),
    providerOrganisationId: String(r.provider_organisation_id),
    providerName: String(r.provider_name),
    termStart: String(r.term_start),
    termEnd: String(r.term_end),
    status: String(r.status),
    createdAt: new Date(r.created_at as string),
    indicators: agreed.get(String(r.id)) ?? [],
  }));
}

/** The tranche each contract's 终期 gates (the third, 尾款). */
async function finalTranchesOf(context: GenerationContext) {
  const rows = await context.writer.query(
    `select contract_id, amount_fen from contract_tranche
     where gate = 'evaluation' and gate_round = 'final' and status <> 'cancelled'`,
  );
  return new Map(rows.map((r) => [String(r.contract_id), { amountFen: Number(r.amount_fen) }]));
}

/** Usernames of the generated evaluators: `evaluator-<city>-<n>`. */
export const evaluatorUsername = (city: string, n: number) => `evaluator-${city}-${n}`;

/**
 * 评估人员: three agencies (评估机构) of each city that has contracts, among its organisations,
 * with three evaluators each, accounts at the city (their scope covers its counties' rounds).
 */
async function evaluatorsOf(
  context: GenerationContext,
  random: Random,
  id: IdFactory,
  contracts: readonly Contract[],
): Promise<{ byCity: Map<string, Evaluator[]>; rows: AccountRow[] }> {
  const passwordHash = await hashPassword(generatedAccountPassword);
  const cities = [...new Set(contracts.map((c) => c.regionCode.slice(0, 4)))].sort();
  const byCity = new Map<string, Evaluator[]>();
  const rows: AccountRow[] = [];
  for (const city of cities) {
    const near = context.registry.organisations.filter((o) => o.regionCode.startsWith(city));
    const agencies = shuffled(random, near).slice(0, 3);
    const evaluators: Evaluator[] = [];
    for (const agency of agencies)
      for (let k = 0; k < 3; k++) {
        const createdAt = new Date(context.asOfMs - random.int(400, 900) * dayMs);
        const row: AccountRow = {
          id: id(createdAt),
          username: evaluatorUsername(city, evaluators.length + 1),
          realName: personName(random),
          phone: mobile(random),
          regionCode: city,
          roles: ['evaluator'],
          organisationId: agency.id,
          status: 'active',
          passwordHash,
          mustChangePassword: false,
          passwordChangedAt: createdAt,
          lastLoginAt: new Date(context.asOfMs - random.int(1, 20) * dayMs),
          version: 1,
          createdAt,
          updatedAt: createdAt,
        };
        rows.push(row);
        evaluators.push({
          id: row.id!,
          realName: row.realName!,
          agencyId: agency.id,
          agencyName: agency.name,
        });
      }
    byCity.set(city, evaluators);
  }
  return { byCity, rows };
}
