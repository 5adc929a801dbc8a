import type { EmployerKind, PostType } from '@shegong/domain';
import { addDays, addYears, dayBetween, fromDay, toDay } from './calendar';
import type { GeneratedStaff } from './context';
import type { TalentContext } from './talent-context';
import type { EmploymentRow, TalentRows } from './talent-rows';
import { jobYears, leavingReasons, talentMix, tenureStart } from './workforce';
import { weighted } from './weighted';

export interface Job {
  startedOn: string;
  endedOn: string | null;
}

type Employer = Pick<
  EmploymentRow,
  | 'employerKind'
  | 'organisationId'
  | 'stationId'
  | 'employerName'
  | 'employerRegionCode'
  | 'postType'
  | 'fullTime'
>;

const institutions = [
  '社会福利院',
  '救助管理站',
  '儿童福利院',
  '养老服务中心',
  '未成年人救助保护中心',
];
const otherEmployers = ['人民医院', '第一中学', '司法局社区矫正中心', '妇女联合会', '残疾人联合会'];

/** Who employs someone registered in `code`: an organisation of the registry most often. */
function employer(t: TalentContext, code: string): Employer {
  const { random } = t;
  const county = code.slice(0, 6);
  const kind = weighted(random, [
    ['organisation', 55],
    ['community', 22],
    ['public_institution', 12],
    ['government', 5],
    ['other', 6],
  ] as const satisfies readonly (readonly [EmployerKind, number])[]);
  const base = { organisationId: null, stationId: null, fullTime: random.chance(0.92) };
  const named = (
    employerKind: EmployerKind,
    postType: PostType,
    employerName: string,
    employerRegionCode: string,
  ) => ({
    ...base,
    employerKind,
    postType,
    employerName,
    employerRegionCode,
  });
  const near = kind === 'organisation' ? t.organisationsNear(code) : [];
  if (near.length) {
    const org = random.pick(near);
    return {
      ...named('organisation', 'organisation', org.name, org.regionCode),
      organisationId: org.id,
    };
  }
  if (kind === 'public_institution')
    return named(kind, 'civil_affairs_unit', t.nameOf(county) + random.pick(institutions), county);
  if (kind === 'government')
    return named(
      kind,
      random.chance(0.6) ? 'civil_affairs_unit' : 'other_system',
      `${t.nameOf(county)}民政局`,
      county,
    );
  if (kind === 'other')
    return named(kind, 'other_system', t.nameOf(county) + random.pick(otherEmployers), county);
  const place =
    code.length === 12
      ? t.nameOf(code)
      : `${t.nameOf(code)}${random.pick(['社区居民委员会', '村民委员会'])}`;
  return named('community', 'community_post', place, code);
}

function push(
  t: TalentContext,
  rows: TalentRows,
  worker: { id: string; regionCode: string },
  job: Job,
  hired: Employer,
) {
  const createdAt = t.at(
    job.startedOn < '2024-01-01' ? dayBetween(t.random, '2024-01-01', t.asOf) : job.startedOn,
  );
  rows.employment.push({
    id: t.id(createdAt),
    workerId: worker.id,
    regionCode: worker.regionCode,
    ...hired,
    startedOn: job.startedOn,
    endedOn: job.endedOn,
    leavingReason: job.endedOn ? weighted(t.random, leavingReasons) : null,
    version: job.endedOn ? 2 : 1,
    createdAt,
    updatedAt:
      job.endedOn && job.endedOn > toDay(createdAt.getTime()) ? t.at(job.endedOn) : createdAt,
  });
}

/**
 * Jobs from `start` on: each lasts as 21.5% yearly turnover says; after one ends, some take
 * another social work job within three months and the rest leave the sector.
 */
function jobsFrom(t: TalentContext, start: string, limit: number): Job[] {
  const jobs: Job[] = [];
  for (let begin = start; jobs.length < limit && begin <= t.asOf;) {
    const end = toDay(fromDay(begin) + jobYears(t.random) * 365.25 * 86_400_000);
    if (end >= t.asOf) {
      jobs.push({ startedOn: begin, endedOn: null });
      break;
    }
    jobs.push({ startedOn: begin, endedOn: end });
    if (!t.random.chance(talentMix.stayInSectorShare)) break;
    begin = addDays(end, t.random.int(1, 90));
  }
  return jobs;
}

/** A worker's jobs (从业经历); station post holders keep their post as one of them. */
export function careerOf(
  t: TalentContext,
  rows: TalentRows,
  worker: { id: string; regionCode: string; birthDate: string; staff?: GeneratedStaff },
): Job[] {
  const notBefore = addYears(worker.birthDate, 19);
  const { staff } = worker;
  if (!staff) {
    const jobs = jobsFrom(t, tenureStart(t.random, t.asOf, notBefore), 5);
    for (const job of jobs) push(t, rows, worker, job, employer(t, worker.regionCode));
    return jobs;
  }
  const jobs: Job[] = [];
  const before = addDays(staff.startedOn, -t.random.int(20, 200));
  const began = toDay(fromDay(before) - jobYears(t.random) * 365.25 * 86_400_000);
  if (t.random.chance(0.2) && began >= notBefore) {
    jobs.push({ startedOn: began, endedOn: before });
    push(t, rows, worker, jobs[0]!, employer(t, worker.regionCode));
  }
  const post = { startedOn: staff.startedOn, endedOn: staff.endedOn };
  jobs.push(post);
  push(t, rows, worker, post, {
    employerKind: 'station',
    organisationId: null,
    stationId: staff.stationId,
    employerName: t.stationName(staff.stationId),
    employerRegionCode: staff.regionCode,
    postType: 'community_post',
    fullTime: staff.role !== 'part_time',
  });
  if (staff.endedOn && t.random.chance(talentMix.stayInSectorShare)) {
    for (const job of jobsFrom(t, addDays(staff.endedOn, t.random.int(1, 90)), 3)) {
      jobs.push(job);
      push(t, rows, worker, job, employer(t, worker.regionCode));
    }
  }
  return jobs;
}

/** Whether any of the jobs covers `day`. */
export const inPostOn = (jobs: readonly Job[], day: string) =>
  jobs.some((j) => j.startedOn <= day && (j.endedOn === null || j.endedOn >= day));

/** Supervisors of a county each take a few in-post workers of the county (督导). */
export function supervise(
  t: TalentContext,
  rows: TalentRows,
  supervisors: readonly { id: string }[],
  supervisees: readonly { id: string; regionCode: string }[],
) {
  if (supervisees.length === 0) return;
  for (const supervisor of supervisors) {
    for (let n = t.random.int(2, 6); n > 0; n--) {
      const supervisee = t.random.pick(supervisees);
      if (supervisee.id === supervisor.id) continue;
      const startedOn = dayBetween(t.random, addDays(t.asOf, -730), addDays(t.asOf, -30));
      const ended = t.random.chance(0.3) && addDays(startedOn, 90) <= t.asOf;
      const createdAt = t.at(startedOn);
      rows.supervision.push({
        id: t.id(createdAt),
        supervisorId: supervisor.id,
        superviseeId: supervisee.id,
        regionCode: supervisee.regionCode,
        startedOn,
        endedOn: ended ? dayBetween(t.random, addDays(startedOn, 90), t.asOf) : null,
        hours: t.random.int(6, 120),
        version: ended ? 2 : 1,
        createdAt,
      });
    }
  }
}
