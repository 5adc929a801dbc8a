import {
  addDays,
  certificateLevels,
  defaultPersonnelShareBp,
  indicatorMeasures,
  periodsOf,
  type ContractStatus,
  type IndicatorMeasure,
  type IndicatorPeriod,
  type ProjectState,
} from '@shegong/domain';
import type { Random } from '../../apps/server/src/demo/random';
import {
  contractIndicators,
  contractReports,
  contractTranches,
  contractVersions,
  contractWorkers,
  contracts,
} from '../../apps/server/src/modules/contracts/contracts.table';
import { dayMs, fromDay } from './calendar';
import { familyRandom, type GenerationContext } from './context';
import type { IdFactory } from './ids';
import { projectsOf, type GeneratedProject } from './purchase';
import { chinaDayOf } from './service-world';
import { TableBatches, type TableRows } from './table-batches';
import { someOf, weighted } from './weighted';

const contractTables = {
  contract: contracts,
  contract_indicator: contractIndicators,
  contract_worker: contractWorkers,
  contract_tranche: contractTranches,
  contract_version: contractVersions,
  contract_report: contractReports,
};
type Rows = TableRows<typeof contractTables>;
type TrancheRow = Rows['contract_tranche'][number];
type IndicatorRow = Rows['contract_indicator'][number];

/** A project's state and the contract's: a closed project's contract stays 已结项. */
const contractStatusOf: Partial<Record<ProjectState, ContractStatus>> = {
  signed: 'signed',
  in_service: 'in_service',
  completed: 'completed',
  closed: 'completed',
};

/** An employee of an organisation (employment), with the certificates the worker holds. */
interface Employee {
  workerId: string;
  name: string;
  startedOn: string;
  endedOn: string | null;
}

interface Officer {
  id: string;
  realName: string;
}

const rankOf = new Map<string, number>(certificateLevels.map((l) => [l.code, l.rank]));

/** What an indicator of a measure names and how much of it a contract of 10,000 yuan asks. */
const indicatorPlans: Record<
  IndicatorMeasure,
  { names: string[]; perTenThousand: number; periods: IndicatorPeriod[]; unit?: string }
> = {
  cases_opened: { names: ['个案服务', '个案开案'], perTenThousand: 1.2, periods: ['year', 'term'] },
  cases_closed: { names: ['个案结案'], perTenThousand: 0.8, periods: ['year', 'term'] },
  group_sessions: {
    names: ['小组工作', '小组活动节数'],
    perTenThousand: 2,
    periods: ['year', 'term'],
  },
  activity_sessions: {
    names: ['社区活动', '社区主题活动'],
    perTenThousand: 1.5,
    periods: ['year', 'quarter'],
  },
  person_times: { names: ['服务人次'], perTenThousand: 120, periods: ['term', 'year'] },
  work_hours: { names: ['服务时数', '直接服务时数'], perTenThousand: 60, periods: ['year'] },
  other: {
    names: ['志愿者培训', '入户探访', '居民需求调研报告', '社区骨干培育'],
    perTenThousand: 0.3,
    periods: ['year', 'term'],
    unit: '场',
  },
};

/** The share of an indicator's agreed level that falls in one quarter of a year's term. */
const quarterShare: Record<IndicatorPeriod, number> = {
  term: 0.25,
  year: 0.25,
  quarter: 1,
  month: 3,
};

const yuanRound = (fen: number) => Math.round(fen / 100) * 100;

/**
 * Successive instants after `from`, `gaps` days apart (a random part of each), squeezed to end
 * before `limit` when they would not.
 */
function chain(random: Random, from: number, gaps: [number, number][], limit: number): number[] {
  const times: number[] = [];
  let t = from;
  for (const [min, max] of gaps) {
    t += (min + random.next() * (max - min)) * dayMs;
    times.push(t);
  }
  const last = times.at(-1) ?? from;
  if (last <= limit) return times.map(Math.floor);
  const span = Math.max(0, limit - from);
  return times.map((x) => Math.floor(from + ((x - from) / (last - from)) * span));
}

/**
 * 购买服务合同 for every project signed and after (已签约, 服务中, 已结项, 已关闭), as the purchase
 * family timed them: the amount 90–100% of the budget, the term of the project (to the day before
 * its end, a whole year of quarters), its provider, 3–6 service indicators, 2–6 named workers the
 * provider employed on the day of signing (none when the registry has none), tranches 30/40/30 —
 * 首付款 on signing, 中期款 after the Y1Q2 report, 尾款 after the final evaluation — paid as the
 * project's state says (asked by the county's first officer, approved and paid by its second),
 * version 1 as signing records it, and quarterly reports of the quarters that have ended for the
 * contracts in service and after (accepted mostly, the latest of some in service awaiting review
 * or returned), their spending 55–75% on personnel.
 */
export async function generateContracts(
  context: GenerationContext,
): Promise<Record<string, number>> {
  const { random, id } = familyRandom(context, 'contracts');
  const { asOfMs, writer } = context;
  const asOfDay = context.asOf;
  const signed = projectsOf(context).filter(
    (p) => contractStatusOf[p.row.state as ProjectState] && p.row.providerOrganisationId,
  );
  if (signed.length === 0) return {};
  const providers = [...new Set(signed.map((p) => p.row.providerOrganisationId!))];
  const employees = await employeesOf(context, providers);
  const certificates = await certificatesOf(context, [
    ...new Set([...employees.values()].flat().map((e) => e.workerId)),
  ]);
  const administrators = await administratorsOf(context);
  const fullTimeTerms = new Map<string, { start: string; end: string }[]>();
  const batches = new TableBatches(writer, contractTables);
  for (const project of signed) {
    addContract(random, id, batches.rows, project, {
      asOfMs,
      asOfDay,
      employees: employees.get(project.row.providerOrganisationId!) ?? [],
      certificates,
      administrator: administrators.get(project.row.providerOrganisationId!) ?? null,
      fullTimeTerms,
    });
    if (batches.rows.contract.length >= 2_000) await batches.flush();
  }
  await batches.flush();
  return batches.written;
}

async function employeesOf(context: GenerationContext, organisationIds: string[]) {
  const rows = await context.writer.query(
    `select e.organisation_id, e.worker_id, w.name, e.started_on::text as started_on,
       e.ended_on::text as ended_on
     from employment e join worker w on w.id = e.worker_id
     where e.organisation_id = any($1::uuid[])
     order by e.organisation_id, e.worker_id, e.started_on`,
    [organisationIds],
  );
  const map = new Map<string, Employee[]>();
  for (const r of rows) {
    const key = String(r.organisation_id);
    map.set(key, [
      ...(map.get(key) ?? []),
      {
        workerId: String(r.worker_id),
        name: String(r.name),
        startedOn: String(r.started_on),
        endedOn: r.ended_on === null ? null : String(r.ended_on),
      },
    ]);
  }
  return map;
}

/** Each worker's certificates, as (level, certified on). */
async function certificatesOf(context: GenerationContext, workerIds: string[]) {
  const map = new Map<string, { level: string; on: string }[]>();
  if (workerIds.length === 0) return map;
  const rows = await context.writer.query(
    `select worker_id, level, certified_on::text as on from certificate
     where worker_id = any($1::uuid[]) order by worker_id, certified_on, level`,
    [workerIds],
  );
  for (const r of rows) {
    const key = String(r.worker_id);
    map.set(key, [...(map.get(key) ?? []), { level: String(r.level), on: String(r.on) }]);
  }
  return map;
}

/** The 机构管理员 of each organisation, who submits its reports. */
export async function administratorsOf(context: GenerationContext) {
  const rows = await context.writer.query(
    `select id, real_name, organisation_id from account
     where 'org_admin' = any(roles) and organisation_id is not null order by username`,
  );
  const map = new Map<string, Officer>();
  for (const r of rows)
    if (!map.has(String(r.organisation_id)))
      map.set(String(r.organisation_id), { id: String(r.id), realName: String(r.real_name) });
  return map;
}

function highestCertificate(
  held: readonly { level: string; on: string }[] | undefined,
  day: string,
): string | null {
  let best: string | null = null;
  for (const c of held ?? [])
    if (c.on <= day && (best === null || (rankOf.get(c.level) ?? -1) > (rankOf.get(best) ?? -1)))
      best = c.level;
  return best;
}

function addContract(
  random: Random,
  id: IdFactory,
  rows: Rows,
  project: GeneratedProject,
  world: {
    asOfMs: number;
    asOfDay: string;
    employees: readonly Employee[];
    certificates: ReadonlyMap<string, { level: string; on: string }[]>;
    administrator: Officer | null;
    fullTimeTerms: Map<string, { start: string; end: string }[]>;
  },
) {
  const { row: p, movedAt, drafter, approver } = project;
  const status = contractStatusOf[p.state as ProjectState]!;
  const signedAt = movedAt.signed!;
  const awardedAt = movedAt.awarded ?? new Date(signedAt.getTime() - 7 * dayMs);
  const createdAt = new Date(
    awardedAt.getTime() +
      Math.floor((signedAt.getTime() - awardedAt.getTime()) * (0.2 + random.next() * 0.6)),
  );
  const contractId = id(createdAt);
  const regionCode = p.regionCode!;
  const termStart = p.termStart!;
  // The project's term runs to the first day of the next year's month: the contract's year ends
  // the day before, four whole quarters.
  const termEnd = addDays(p.termEnd!, -1);
  const signedOn = chinaDayOf(signedAt);
  const budget = p.budgetFen!;
  const amountFen = Math.floor((budget * random.int(90, 100)) / 100 / 10_000) * 10_000;
  const years = (fromDay(termEnd) - fromDay(termStart) + dayMs) / (365 * dayMs);

  // 服务指标: 3–6 measures, levels by the money.
  const measures = someOf(
    random,
    indicatorMeasures.map((m) => m.code),
    3,
    6,
  );
  const indicators: IndicatorRow[] = measures.map((measure, position) => {
    const plan = indicatorPlans[measure];
    const period = random.pick(plan.periods);
    const perYear = (amountFen / 1_000_000) * plan.perTenThousand * (0.8 + random.next() * 0.4);
    const level = Math.max(
      1,
      Math.round(
        period === 'term' ? perYear * years : period === 'quarter' ? perYear / 4 : perYear,
      ),
    );
    return {
      id: id(createdAt),
      contractId,
      regionCode,
      position,
      measure,
      name: random.pick(plan.names),
      level,
      unit: plan.unit ?? indicatorMeasures.find((m) => m.code === measure)!.unit,
      period,
    };
  });

  // 项目人员: employees of the provider on the day of signing; a full-time post held once at a time.
  const available = world.employees.filter(
    (e) => e.startedOn <= signedOn && (e.endedOn === null || e.endedOn >= signedOn),
  );
  const unique = [...new Map(available.map((e) => [e.workerId, e])).values()];
  const named = unique.length === 0 ? [] : someOf(random, unique, Math.min(2, unique.length), 6);
  const workers = named
    .map((e, i) => {
      const terms = world.fullTimeTerms.get(e.workerId) ?? [];
      const clash = terms.some((t) => t.start <= termEnd && t.end >= termStart);
      const fullTime = !clash && random.chance(0.85);
      if (fullTime)
        world.fullTimeTerms.set(e.workerId, [...terms, { start: termStart, end: termEnd }]);
      return {
        id: id(createdAt),
        contractId,
        regionCode,
        workerId: e.workerId,
        name: e.name,
        certificateLevel: highestCertificate(world.certificates.get(e.workerId), signedOn),
        post: i === 0 ? '项目负责人' : random.chance(0.7) ? '一线社工' : '社工助理',
        fullTime: fullTime ? 1 : 0,
        termStart,
        termEnd,
      };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const staffingWorkers =
    workers.length > 2 && random.chance(0.3) ? workers.length - 1 : workers.length;
  const certified = workers.filter((w) => w.certificateLevel !== null).length;
  const staffingCertified = Math.min(certified, Math.ceil(staffingWorkers / 2));

  // 阶段报告 of the quarters that have ended, for contracts in service and after.
  const quarters = periodsOf(termStart, termEnd, 'quarter');
  const reported = new Map<string, { status: string; reviewedAt: Date | null }>();
  if (status !== 'signed' && world.administrator) {
    const ended = quarters.filter((q) => q.to < world.asOfDay);
    for (const [i, q] of ended.entries()) {
      const submittedAt =
        fromDay(q.to) +
        random.int(3, 15) * dayMs +
        1_800_000 +
        Math.floor(random.next() * 9 * 3_600_000);
      if (submittedAt > world.asOfMs - 3_600_000) continue;
      const latest = i === ended.length - 1;
      let reviewedAt: number | null = submittedAt + (2 + random.next() * 8) * dayMs;
      let reportStatus =
        status === 'in_service' && latest
          ? weighted(random, [
              ['accepted', 55],
              ['submitted', 35],
              ['returned', 10],
            ] as const)
          : random.chance(status === 'in_service' ? 0.97 : 1)
            ? 'accepted'
            : 'returned';
      if (reviewedAt > world.asOfMs - 3_600_000 || reportStatus === 'submitted') {
        reportStatus = 'submitted';
        reviewedAt = null;
      }
      const quarterFen = (amountFen / 4) * (0.85 + random.next() * 0.2);
      const personnelFen = yuanRound(quarterFen * (0.55 + random.next() * 0.2));
      const rest = quarterFen - personnelFen;
      const serviceFen = yuanRound(rest * (0.6 + random.next() * 0.15));
      const adminFen = yuanRound(rest * (0.15 + random.next() * 0.1));
      const otherFen = Math.max(0, yuanRound(rest - serviceFen - adminFen));
      const total = personnelFen + serviceFen + adminFen + otherFen;
      const returned = reportStatus === 'returned';
      rows.contract_report.push({
        id: id(submittedAt),
        contractId,
        regionCode,
        providerRegionCode: p.providerRegionCode!,
        periodKey: q.key,
        periodFrom: q.from,
        periodTo: q.to,
        status: reportStatus,
        outputs: indicators.map((indicator) => {
          const expected = indicator.level * quarterShare[indicator.period as IndicatorPeriod];
          const value = expected * (0.7 + random.next() * 0.6);
          return {
            indicatorId: indicator.id!,
            measure: indicator.measure as IndicatorMeasure,
            name: indicator.name,
            unit: indicator.unit,
            period: indicator.period as IndicatorPeriod,
            level: indicator.level,
            value:
              indicator.measure === 'work_hours' ? Math.round(value * 10) / 10 : Math.round(value),
            counted: indicator.measure !== 'other',
          };
        }),
        spending: { personnelFen, serviceFen, adminFen, otherFen },
        totalSpentFen: total,
        personnelShareBp: total === 0 ? null : Math.round((personnelFen * 10000) / total),
        personnelShareRuleBp: defaultPersonnelShareBp,
        narrative: `${q.key}（${q.from} 至 ${q.to}）服务按计划开展，个案、小组和社区活动均有推进。`,
        submittedBy: world.administrator.id,
        submittedByName: world.administrator.realName,
        submittedAt: new Date(submittedAt),
        reviewedBy: reviewedAt === null ? null : drafter.id,
        reviewedByName: reviewedAt === null ? null : drafter.realName,
        reviewedAt: reviewedAt === null ? null : new Date(Math.floor(reviewedAt)),
        reviewNote: returned ? '服务产出与经费支出说明不完整，请补充后重新提交。' : '',
        version: reviewedAt === null ? 1 : 2,
      });
      reported.set(q.key, {
        status: reportStatus,
        reviewedAt: reviewedAt === null ? null : new Date(Math.floor(reviewedAt)),
      });
    }
  }

  // 付款节点 30/40/30, paid as far as the project has come.
  const advanceFen = yuanRound(amountFen * 0.3);
  const interimFen = yuanRound(amountFen * 0.4);
  const interimGate = quarters.find((q) => q.key === 'Y1Q2')!;
  const limit = world.asOfMs - 3_600_000;
  const tranches: TrancheRow[] = [];
  const tranche = (
    position: number,
    kind: 'advance' | 'interim' | 'final',
    dueOn: string,
    tranche: Pick<TrancheRow, 'amountFen' | 'gate' | 'gatePeriodKey' | 'gateRound'>,
  ): TrancheRow => ({
    id: id(createdAt),
    contractId,
    regionCode,
    position,
    kind,
    dueOn,
    ...tranche,
    evaluationGrade: null,
    status: 'scheduled',
    requestedBy: null,
    requestedByName: null,
    requestedAt: null,
    approvedBy: null,
    approvedByName: null,
    approvedAt: null,
    paidBy: null,
    paidByName: null,
    paidOn: null,
    voucher: null,
    note: '',
    cancelledReason: null,
    version: 1,
  });
  /** Asked for by the first officer, approved by the second (never the same), paid by the second. */
  const pay = (
    t: TrancheRow,
    to: 'requested' | 'approved' | 'paid',
    from: number,
    until: number,
  ) => {
    const [requested, approved, paid] = chain(
      random,
      from,
      [
        [0.5, 5],
        [1, 4],
        [0, 6],
      ],
      until,
    );
    const version = t.version ?? 1;
    t.status = 'requested';
    t.requestedBy = drafter.id;
    t.requestedByName = drafter.realName;
    t.requestedAt = new Date(requested!);
    t.version = version + 1;
    if (to === 'requested') return;
    t.status = 'approved';
    t.approvedBy = approver.id;
    t.approvedByName = approver.realName;
    t.approvedAt = new Date(approved!);
    t.version = version + 2;
    if (to === 'approved') return;
    t.status = 'paid';
    t.paidBy = approver.id;
    t.paidByName = approver.realName;
    t.paidOn = chinaDayOf(Math.max(paid!, approved!));
    t.voucher = `记账凭证 ${t.paidOn.slice(0, 7)}-${String(random.int(1, 999)).padStart(3, '0')}`;
    t.version = version + 3;
  };

  const first = tranche(0, 'advance', termStart, {
    amountFen: advanceFen,
    gate: 'none',
    gatePeriodKey: null,
    gateRound: null,
  });
  pay(first, 'paid', signedAt.getTime(), limit);
  tranches.push(first);

  const interimDue = addDays(interimGate.to, 30) <= termEnd ? addDays(interimGate.to, 30) : termEnd;
  const second = tranche(1, 'interim', interimDue, {
    amountFen: interimFen,
    gate: 'report',
    gatePeriodKey: 'Y1Q2',
    gateRound: null,
  });
  const gateReport = reported.get('Y1Q2');
  if (gateReport?.status === 'accepted' && gateReport.reviewedAt) {
    const from = Math.max(gateReport.reviewedAt.getTime(), first.approvedAt!.getTime());
    const to =
      status === 'completed'
        ? 'paid'
        : weighted(random, [
            ['paid', 70],
            ['approved', 15],
            ['requested', 15],
          ] as const);
    pay(second, to, from, Math.min(limit, movedAt.completed?.getTime() ?? limit));
  }
  tranches.push(second);

  const third = tranche(2, 'final', termEnd, {
    amountFen: amountFen - advanceFen - interimFen,
    gate: 'evaluation',
    gatePeriodKey: null,
    gateRound: 'final',
  });
  if (p.state === 'closed' || (p.state === 'completed' && random.chance(0.5))) {
    // The final evaluation's result (the evaluation module records it), then the money.
    third.evaluationGrade = weighted(random, [
      ['excellent', 25],
      ['good', 50],
      ['pass', 25],
    ] as const);
    third.version = 2;
    const completedAt = movedAt.completed!.getTime();
    const until = movedAt.closed ? movedAt.closed.getTime() : limit;
    const to =
      p.state === 'closed'
        ? 'paid'
        : weighted(random, [
            ['requested', 60],
            ['approved', 40],
          ] as const);
    pay(third, to, completedAt, until);
  }
  tranches.push(third);
  rows.contract_tranche.push(...tranches);

  // The contract moves with its project: signed, started, completed.
  const steps = [signedAt, movedAt.in_service, movedAt.completed].filter(
    (at): at is Date => at !== undefined,
  );
  rows.contract.push({
    id: contractId,
    projectId: p.id!,
    regionCode,
    projectCode: p.code!,
    projectTitle: p.title!,
    projectYear: p.year!,
    providerOrganisationId: p.providerOrganisationId!,
    providerName: p.providerName!,
    providerRegionCode: p.providerRegionCode!,
    areaRegionCodes: p.areaRegionCodes ?? [],
    areaStationIds: p.areaStationIds ?? [],
    code: `${p.code}-HT`,
    status,
    amountFen,
    // No tender is generated: the contract was drafted at the price it was awarded.
    awardPriceFen: amountFen,
    termStart,
    termEnd,
    workHoursPerYear: random.pick([1600, 1760, 1920]),
    staffingWorkers,
    staffingCertified,
    reportCadence: 'quarter',
    currentVersion: 1,
    signedOn,
    signedBy: drafter.id,
    signedByName: drafter.realName,
    draftedBy: drafter.id,
    draftedByName: drafter.realName,
    version: 1 + steps.length,
    createdAt,
    updatedAt: steps.at(-1)!,
  });
  rows.contract_indicator.push(...indicators);
  rows.contract_worker.push(...workers);
  // Version 1 as signing records it (contract-store recordVersion): the terms whole.
  rows.contract_version.push({
    id: id(signedAt),
    contractId,
    regionCode,
    number: 1,
    reason: null,
    amountFen,
    termStart,
    termEnd,
    terms: {
      code: `${p.code}-HT`,
      workHoursPerYear: rows.contract.at(-1)!.workHoursPerYear,
      staffingWorkers,
      staffingCertified,
      reportCadence: 'quarter',
      indicators: indicators.map(({ measure, name, level, unit, period }) => ({
        measure,
        name,
        level,
        unit,
        period,
      })),
      workers: workers.map(({ workerId, name, post, fullTime }) => ({
        workerId,
        name,
        post,
        fullTime: fullTime === 1,
      })),
      tranches: tranches.map(({ id, kind, dueOn, amountFen, gate, gatePeriodKey, gateRound }) => ({
        id,
        kind,
        dueOn,
        amountFen,
        gate,
        gatePeriodKey,
        gateRound,
      })),
    },
    createdBy: drafter.id,
    createdByName: drafter.realName,
    createdAt: signedAt,
  });
}
