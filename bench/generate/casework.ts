import {
  assessmentForms,
  type AssessmentForm,
  type ClosureReason,
  type CaseWorkStage,
} from '@shegong/domain';
import type { Random } from '../../apps/server/src/demo/random';
import {
  caseAssessments,
  caseClosures,
  caseContacts,
  caseEvaluations,
  caseEvents,
  caseGoals,
  caseTasks,
  caseWorkers,
  cases,
} from '../../apps/server/src/modules/casework/casework.table';
import { addDays, fromDay } from './calendar';
import { familyRandom, type GenerationContext } from './context';
import type { IdFactory } from './ids';
import { TableBatches, type TableRows } from './table-batches';
import {
  officeHours,
  serviceTeams,
  stationClients,
  type ServiceAccount,
  type ServiceClient,
  type ServiceTeam,
} from './service-world';
import { weighted } from './weighted';

const caseTables = {
  case_work: cases,
  case_worker: caseWorkers,
  case_assessment: caseAssessments,
  case_goal: caseGoals,
  case_task: caseTasks,
  case_contact: caseContacts,
  case_evaluation: caseEvaluations,
  case_closure: caseClosures,
  case_event: caseEvents,
};

type CaseRows = TableRows<typeof caseTables>;

/** A case as the referrals family needs it. */
export interface GeneratedCase {
  id: string;
  client: ServiceClient;
  team: ServiceTeam;
  workers: ServiceAccount[];
  status: string;
  /** The days of its intervention (介入) so far, when it got there. */
  intervention: { from: string; to: string } | null;
}

const generatedCases = new WeakMap<GenerationContext, GeneratedCase[]>();

/** The cases the casework family made, for referrals from them. */
export const casesOf = (context: GenerationContext) => generatedCases.get(context) ?? [];

const problems: Record<string, string[]> = {
  elderly: ['独居，日常生活照料不足', '行动不便，就医困难', '子女外出务工，情绪低落'],
  children_youth: ['学习困难，厌学情绪明显', '亲子关系紧张', '在校人际交往困难'],
  rural_left_behind: ['父母外出务工，缺乏照料与陪伴', '隔代抚养，学业无人辅导'],
  disabled: ['康复训练中断，需链接康复资源', '就业困难，缺乏社会参与'],
  families_in_difficulty: ['家庭经济困难，需申请救助', '家庭成员患病，照料压力大'],
  community_corrections: ['社区矫正期间就业与家庭关系需支持', '社会融入困难'],
  urban_migrants: ['随迁子女入学与社区融入困难', '务工受伤，需维权与救助'],
  entitled_groups: ['优抚对象生活照料与心理慰藉需求'],
};

const goalTitles: Record<string, string[]> = {
  elderly: ['改善日常生活照料', '增强社会支持网络', '缓解孤独情绪'],
  children_youth: ['提升学习动力', '改善亲子沟通', '增强人际交往能力'],
  rural_left_behind: ['建立稳定的照料安排', '提供学业辅导与陪伴'],
  disabled: ['恢复康复训练', '链接就业支持资源'],
  families_in_difficulty: ['申请并落实社会救助', '减轻家庭照料压力'],
  community_corrections: ['稳定就业', '修复家庭关系'],
  urban_migrants: ['完成随迁子女入学', '融入社区生活'],
  entitled_groups: ['落实优待政策', '提供心理慰藉'],
};

const contactNotes = [
  '面谈了解近况，服务对象情绪较上次稳定，约定下次跟进时间。',
  '电话回访，确认救助申请材料已提交，提醒补充证明。',
  '家访，与家属共同商议照料安排，家属表示配合。',
  '陪同前往社区卫生服务中心复诊，协助办理手续。',
  '与学校老师沟通学习情况，共同制定辅导计划。',
  '链接志愿者上门陪伴，服务对象反馈良好。',
  '跟进康复训练情况，讲解居家训练要点。',
  '协助申请临时救助，材料已报送乡镇（街道）。',
];

const reasons = [
  '情况严重，需要紧急介入',
  '存在明显困难，需重点关注',
  '基本稳定，仍需支持',
  '状况良好',
];

const primaryOf = (client: ServiceClient) =>
  client.populationGroups.find((g) => g !== 'families_in_difficulty') ??
  client.populationGroups[0] ??
  'elderly';

const dayBefore = (a: string, b: string) => (a < b ? a : b);

/** The case steps' days, each a few days after the one before it (MZ/T 094: 接案 → 结案). */
function stepDays(random: Random, openedOn: string) {
  const intakeOn = addDays(openedOn, random.int(0, 3));
  const assessmentOpened = addDays(intakeOn, random.int(1, 7));
  const assessedOn = addDays(assessmentOpened, random.int(0, 5));
  const planningOpened = addDays(assessedOn, random.int(1, 7));
  const plannedOn = addDays(planningOpened, random.int(0, 3));
  const interventionOpened = addDays(plannedOn, random.int(1, 5));
  const evaluationOpened = addDays(interventionOpened, random.int(45, 300));
  const evaluatedOn = addDays(evaluationOpened, random.int(0, 7));
  const closureRequested = addDays(evaluatedOn, random.int(1, 10));
  const closureDecided = addDays(closureRequested, random.int(1, 7));
  return {
    intakeOn,
    assessmentOpened,
    assessedOn,
    planningOpened,
    plannedOn,
    interventionOpened,
    evaluationOpened,
    evaluatedOn,
    closureRequested,
    closureDecided,
  };
}

type Outcome = Exclude<CaseWorkStage, 'closure'> | 'not_taken' | 'closure_requested' | 'closed';

const outcomes: readonly (readonly [Outcome, number])[] = [
  ['not_taken', 4],
  ['intake', 2],
  ['assessment', 4],
  ['planning', 5],
  ['intervention', 44],
  ['evaluation', 6],
  ['closure_requested', 3],
  ['closed', 32],
];

const order: Outcome[] = [
  'intake',
  'assessment',
  'planning',
  'intervention',
  'evaluation',
  'closure_requested',
  'closed',
];

/** One case with its records, as the casework service would have written it step by step. */
function addCase(
  random: Random,
  id: IdFactory,
  rows: CaseRows,
  asOf: string,
  team: ServiceTeam,
  client: ServiceClient,
): GeneratedCase {
  const { station } = team;
  const workers =
    team.workers.length > 1 && random.chance(0.25)
      ? [team.workers[0]!, team.workers[1]!]
      : [random.pick(team.workers)];
  const lead = workers[0]!;
  const latest = addDays(asOf, -1);
  const earliest = addDays(asOf, -540);
  const start = client.registeredOn > earliest ? client.registeredOn : earliest;
  const openedOn = dayBefore(addDays(start, random.int(0, 60)), latest);
  const days = stepDays(random, openedOn);
  let wanted = weighted(random, outcomes);
  // What the days allow by the generation day: a recent case has not come as far yet.
  const fits: Record<Outcome, string> = {
    not_taken: days.intakeOn,
    intake: openedOn,
    assessment: days.assessmentOpened,
    planning: days.planningOpened,
    intervention: days.interventionOpened,
    evaluation: days.evaluationOpened,
    closure_requested: days.closureRequested,
    closed: days.closureDecided,
  };
  if (wanted === 'not_taken' && fits.not_taken > latest) wanted = 'intake';
  while (wanted !== 'intake' && wanted !== 'not_taken' && fits[wanted] > latest)
    wanted = order[order.indexOf(wanted) - 1]!;
  const reached = (outcome: Outcome) =>
    wanted !== 'not_taken' && order.indexOf(wanted) >= order.indexOf(outcome);

  const caseId = id(officeHours(random, openedOn));
  const regionCode = station.regionCode;
  let version = 1;
  let updatedAt = officeHours(random, openedOn);
  const event = (
    kind: string,
    stage: string | null,
    day: string,
    actor: ServiceAccount = lead,
    note: string | null = null,
  ) => {
    const at = officeHours(random, day);
    if (at > updatedAt) updatedAt = at;
    rows.case_event.push({
      id: id(at),
      caseId,
      regionCode,
      kind,
      stage,
      occurredAt: at,
      actorId: actor.id,
      actorName: actor.name,
      eventNote: note,
      referralId: null,
    });
  };
  const group = primaryOf(client);
  event(
    'opened',
    'intake',
    openedOn,
    lead,
    `${workers.map((w) => w.name).join('、')}；督导：${team.supervisor.name}`,
  );
  const intakeRecorded = wanted !== 'intake' || random.chance(0.5);
  const declined = wanted === 'not_taken';
  if (intakeRecorded) {
    version++;
    event(
      declined ? 'intake_declined' : 'intake_accepted',
      'intake',
      days.intakeOn,
      lead,
      declined ? '不属于本站服务范围' : null,
    );
  }
  let riskLevel = client.riskLevel;
  let stage: CaseWorkStage = 'intake';
  let intervention: GeneratedCase['intervention'] = null;
  const goalIds: string[] = [];
  const form: AssessmentForm = client.age < 18 ? assessmentForms[0] : assessmentForms[1];
  const assess = (on: string) => {
    const shift = random.next();
    const risk =
      shift < 0.7
        ? riskLevel
        : shift < 0.85
          ? riskLevel === 'high'
            ? 'medium'
            : 'low'
          : riskLevel === 'low'
            ? 'medium'
            : 'high';
    const at = officeHours(random, on);
    const grave = risk === 'high' ? 1 : risk === 'medium' ? 0.5 : 0;
    rows.case_assessment.push({
      id: id(at),
      caseId,
      regionCode,
      formCode: form.code,
      assessedOn: on,
      riskLevel: risk,
      domainScores: form.domains.map((d) => {
        const score = Math.min(
          4,
          Math.max(1, Math.round(3.2 - grave * 1.4 + (random.next() - 0.5) * 2)),
        );
        return { domain: d.code, score, reason: `${d['zh-CN']}：${reasons[score - 1]}` };
      }),
      assessmentSummary: random.chance(0.7) ? '综合预估完成，需求已与服务对象确认。' : null,
      recordedBy: lead.id,
      recordedByName: lead.name,
      createdAt: at,
    });
    if (risk !== riskLevel) version++;
    riskLevel = risk;
  };
  const open = (to: CaseWorkStage, on: string) => {
    stage = to;
    version++;
    event('stage_opened', to, on);
  };
  if (reached('assessment')) {
    open('assessment', days.assessmentOpened);
    if (wanted !== 'assessment' || random.chance(0.6)) assess(days.assessedOn);
  }
  if (reached('planning')) {
    open('planning', days.planningOpened);
    if (wanted !== 'planning' || random.chance(0.5)) {
      const titles = goalTitles[group] ?? goalTitles.elderly!;
      for (let g = random.int(1, Math.min(3, titles.length)); g > 0; g--) {
        const at = officeHours(random, days.plannedOn);
        const goalId = id(at);
        goalIds.push(goalId);
        rows.case_goal.push({
          id: goalId,
          caseId,
          regionCode,
          goalTitle: titles[g - 1]!,
          domain: random.pick(form.domains).code,
          createdBy: lead.id,
          createdAt: at,
        });
        for (let t = random.int(1, 3); t > 0; t--) {
          const dueOn = addDays(days.plannedOn, random.int(7, 150));
          const done = dueOn <= latest && random.chance(0.75);
          const early = done ? addDays(dueOn, -random.int(0, 10)) : null;
          const doneOn = early && early < days.plannedOn ? days.plannedOn : early;
          rows.case_task.push({
            id: id(at),
            goalId,
            caseId,
            regionCode,
            taskTitle: `任务${t}：${titles[g - 1]}`,
            dueOn,
            doneOn,
            version: done ? 2 : 1,
            createdAt: at,
            updatedAt: done ? officeHours(random, doneOn!) : at,
          });
        }
      }
    }
  }
  if (reached('intervention')) {
    open('intervention', days.interventionOpened);
    const to = reached('evaluation') ? days.evaluationOpened : latest;
    intervention = { from: days.interventionOpened, to };
    let day = addDays(days.interventionOpened, random.int(0, 7));
    let lastAssessed = days.assessedOn;
    let first = true;
    while (day <= to) {
      const at = officeHours(random, day);
      const attempted = !first && random.chance(0.05);
      const by = random.pick(workers);
      first = false;
      rows.case_contact.push({
        id: id(at),
        caseId,
        regionCode,
        occurredAt: at,
        durationMinutes: weighted(random, [
          [random.int(10, 30), 35],
          [random.int(30, 60), 40],
          [random.int(60, 120), 20],
          [random.int(120, 240), 5],
        ] as const),
        medium: weighted(random, [
          ['in_person', 35],
          ['phone', 30],
          ['home_visit', 25],
          ['video', 5],
          ['other', 5],
        ] as const),
        attempted,
        contactNotes: attempted ? '电话未接通，稍后再联系。' : random.pick(contactNotes),
        recordedBy: by.id,
        recordedByName: by.name,
        createdAt: at,
      });
      // 复评: most workers re-assess when it falls due; some fall behind (overdue on the desk).
      if (day > addDays(lastAssessed, 30 * random.int(5, 7)) && random.chance(0.7)) {
        assess(day);
        lastAssessed = day;
      }
      day = addDays(day, random.int(10, 40));
    }
  }
  if (reached('evaluation')) {
    open('evaluation', days.evaluationOpened);
    if (wanted !== 'evaluation' || random.chance(0.5)) {
      const at = officeHours(random, days.evaluatedOn);
      rows.case_evaluation.push({
        id: id(at),
        caseId,
        regionCode,
        evaluatedOn: days.evaluatedOn,
        goalResults: goalIds.map((goalId) => ({
          goalId,
          achievement: weighted(random, [
            ['achieved', 50],
            ['partly', 35],
            ['not_achieved', 15],
          ] as const),
          note: null,
        })),
        evaluationSummary: '服务目标大部分达成，服务对象及家属评价良好。',
        recordedBy: lead.id,
        recordedByName: lead.name,
        createdAt: at,
      });
    }
  }
  let status = declined ? 'not_taken' : 'open';
  let closedOn: string | null = declined ? days.intakeOn : null;
  if (reached('closure_requested')) {
    const requestedAt = officeHours(random, days.closureRequested);
    const approved = reached('closed');
    const reason = weighted(random, [
      ['goals_achieved', 60],
      ['client_request', 10],
      ['moved_away', 8],
      ['referred_on', 8],
      ['lost_contact', 6],
      ['no_longer_eligible', 5],
      [client.age >= 75 ? 'deceased' : 'goals_achieved', 3],
    ] as const satisfies readonly (readonly [ClosureReason, number])[]);
    const decidedAt = approved ? officeHours(random, days.closureDecided) : null;
    rows.case_closure.push({
      id: id(requestedAt),
      caseId,
      regionCode,
      closureReasons: [reason],
      closureSummary: '经评估，服务目标基本达成，服务对象同意结案，已告知后续求助途径。',
      requestedBy: lead.id,
      requestedByName: lead.name,
      requestedAt,
      decision: approved ? 'approved' : 'pending',
      decidedBy: approved ? team.supervisor.id : null,
      decidedByName: approved ? team.supervisor.name : null,
      decidedAt,
      decisionNote: null,
    });
    stage = 'closure';
    status = 'closure_requested';
    version++;
    event('closure_requested', 'closure', days.closureRequested);
    if (approved) {
      status = 'closed';
      closedOn = days.closureDecided;
      version++;
      event('closure_approved', 'closure', days.closureDecided, team.supervisor);
    }
  }
  const createdAt = new Date(Math.min(fromDay(openedOn) + 10 * 3_600_000, updatedAt.getTime()));
  rows.case_work.push({
    id: caseId,
    regionCode,
    clientId: client.id,
    organisationId: station.organisationId,
    stationId: station.id,
    supervisorId: team.supervisor.id,
    supervisorName: team.supervisor.name,
    stage,
    status,
    riskLevel,
    populationGroups: client.populationGroups,
    openedOn,
    closedOn,
    intakeOn: intakeRecorded ? days.intakeOn : null,
    intakeSource: intakeRecorded
      ? weighted(random, [
          ['community', 30],
          ['self', 25],
          ['outreach', 20],
          ['government', 15],
          ['organisation', 7],
          ['other', 3],
        ] as const)
      : null,
    presentingProblem: intakeRecorded ? random.pick(problems[group] ?? problems.elderly!) : null,
    intakeDecision: intakeRecorded ? (declined ? 'declined' : 'accepted') : null,
    declineReason: declined ? '不属于本站服务范围' : null,
    declineDisposition: declined ? (random.chance(0.6) ? 'referred' : 'archived') : null,
    declineReferredTo: null,
    createdBy: lead.id,
    version,
    createdAt,
    updatedAt,
  });
  const last = rows.case_work.at(-1)!;
  if (last.declineDisposition === 'referred') last.declineReferredTo = '县残疾人联合会';
  for (const worker of workers)
    rows.case_worker.push({
      caseId,
      accountId: worker.id,
      regionCode,
      workerName: worker.name,
      assignedAt: createdAt,
    });
  return { id: caseId, client, team, workers, status, intervention };
}

const riskFactor = { low: 0.8, medium: 1.3, high: 2 } as const;

/**
 * Case work (个案, MZ/T 094-2017) at the operated stations: a share of each station's clients
 * with a case of the organisation, carried by one or two of its social workers and supervised by
 * the organisation's 督导 of the county, through the stages as gates — most open in 介入 with their
 * contacts (never after the generation day, never longer than a day), some closed with the
 * supervisor's approval, a few awaiting it, a few not taken — with re-assessments, some overdue.
 */
export async function generateCasework(
  context: GenerationContext,
): Promise<Record<string, number>> {
  const { random, id } = familyRandom(context, 'casework');
  const { asOf, scale } = context;
  const teams = await serviceTeams(context);
  const served = stationClients(context);
  const made: GeneratedCase[] = [];
  const batches = new TableBatches(context.writer, caseTables);
  const { rows } = batches;
  for (const team of teams) {
    for (const client of served.get(team.station.id) ?? []) {
      if (!random.chance(scale.service.caseShare * riskFactor[client.riskLevel])) continue;
      made.push(addCase(random, id, rows, asOf, team, client));
    }
    if (rows.case_work.length >= 5_000) await batches.flush();
  }
  await batches.flush();
  generatedCases.set(context, made);
  return batches.written;
}
