import {
  addMonths,
  ceHoursRequired,
  examSubjects,
  registrationValidUntil,
  type CertificateLevel,
  type ExamLevel,
} from '@shegong/domain';
import { addDays, dayBetween, fromDay, growingYear, yearOf } from './calendar';
import type { TalentContext } from './talent-context';
import { studyInCycle, type Ledger } from './talent-education';
import type { RegistrationRow, TalentRows } from './talent-rows';
import { talentMix } from './workforce';
import { weighted } from './weighted';

/** The national exam and its certificates started in 2008. */
const firstExamYear = 2008;

export interface HeldCertificate {
  id: string;
  level: CertificateLevel;
  certifiedOn: string;
}

export interface CertificationSubject {
  id: string;
  regionCode: string;
  birthDate: string;
  age: number;
}

const earlier = (t: TalentContext, from: number, before: number) =>
  before - 1 < from ? null : t.random.int(from, before - 1);

/**
 * Whether and what a worker holds: ~7% overall, likelier with age; a senior certificate only after
 * the intermediate one (the rule `addCertificate` enforces), sometimes a junior one before.
 */
function levelsOf(t: TalentContext, w: CertificationSubject): [CertificateLevel, number][] {
  const { random } = t;
  if (!random.chance(w.age < 25 ? 0.04 : 0.19)) return [];
  const asOfYear = yearOf(t.asOf);
  const from = Math.max(firstExamYear, yearOf(w.birthDate) + 21);
  if (from > asOfYear) return [];
  let top = weighted(random, talentMix.levels) as CertificateLevel;
  if (top === 'senior_social_worker' && (w.age < 32 || from + 1 > asOfYear)) top = 'social_worker';
  const year = growingYear(random, top === 'senior_social_worker' ? from + 1 : from, asOfYear);
  const chain: [CertificateLevel, number][] = [[top, year]];
  if (top === 'senior_social_worker') chain.unshift(['social_worker', earlier(t, from, year)!]);
  const intermediate = chain[0]!;
  if (intermediate[0] === 'social_worker' && random.chance(0.35)) {
    const junior = earlier(t, from, intermediate[1]);
    if (junior !== null) chain.unshift(['assistant_social_worker', junior]);
  }
  return chain;
}

function score(t: TalentContext, pass: boolean): number {
  return pass ? t.random.int(120, 170) / 2 : t.random.int(70, 118) / 2;
}

/** Scores that pass `level` by `year` (some with an earlier failed sitting), as the rule wants. */
function examScoresFor(
  t: TalentContext,
  rows: TalentRows,
  w: CertificationSubject,
  level: ExamLevel,
  year: number,
) {
  const subjects = examSubjects[level].map((s) => s.code);
  const sittings: [string, number, boolean][] = [];
  if (level === 'senior_social_worker') {
    const examYear = Math.max(firstExamYear, year - t.random.int(0, 2));
    sittings.push([subjects[0]!, examYear, true], [subjects[1]!, year, true]);
  } else if (level === 'social_worker' && t.random.chance(0.4) && year > firstExamYear) {
    // Scores roll over: two subjects one year, the third the next.
    sittings.push([subjects[0]!, year - 1, true], [subjects[1]!, year - 1, true]);
    sittings.push([subjects[2]!, year - 1, false], [subjects[2]!, year, true]);
  } else {
    for (const subject of subjects) sittings.push([subject, year, true]);
    if (t.random.chance(0.3) && year > firstExamYear)
      for (const subject of subjects) sittings.push([subject, year - 1, t.random.chance(0.4)]);
  }
  for (const [subject, sat, pass] of sittings) {
    const createdAt = t.at(`${sat}-09-20`);
    rows.exam_score.push({
      id: t.id(createdAt),
      workerId: w.id,
      regionCode: w.regionCode,
      level,
      subject,
      year: sat,
      score: score(t, pass),
      passMark: 60,
      createdAt,
    });
  }
}

/** A sitting that did not pass, for someone not certified. */
export function failedSitting(t: TalentContext, rows: TalentRows, w: CertificationSubject) {
  const from = Math.max(2019, yearOf(w.birthDate) + 21);
  if (from > yearOf(t.asOf)) return;
  const year = t.random.int(from, yearOf(t.asOf));
  const subjects = examSubjects.assistant_social_worker.map((s) => s.code);
  const passOne = t.random.chance(0.5);
  subjects.forEach((subject, i) => {
    const createdAt = t.at(`${year}-09-20`);
    rows.exam_score.push({
      id: t.id(createdAt),
      workerId: w.id,
      regionCode: w.regionCode,
      level: 'assistant_social_worker',
      subject,
      year,
      score: score(t, passOne && i === 0),
      passMark: 60,
      createdAt,
    });
  });
}

/** Certificates (with exam scores for about half of the recent ones). */
export function certify(
  t: TalentContext,
  rows: TalentRows,
  w: CertificationSubject,
): HeldCertificate[] {
  const held: HeldCertificate[] = [];
  for (const [level, year] of levelsOf(t, w)) {
    const lastDay = `${year}-12-31` < t.asOf ? `${year}-12-31` : t.asOf;
    const certifiedOn = dayBetween(t.random, `${year}-01-10`, lastDay);
    const createdAt = t.at(certifiedOn);
    const id = t.id(createdAt);
    if (year >= 2016 && t.random.chance(0.55)) examScoresFor(t, rows, w, level as ExamLevel, year);
    rows.certificate.push({
      id,
      workerId: w.id,
      regionCode: w.regionCode,
      level,
      certifiedOn,
      managementNumber: t.random.chance(0.7)
        ? `${year}${w.regionCode.slice(0, 2)}${'123'[held.length] ?? '1'}${String(t.random.int(0, 9_999_999)).padStart(7, '0')}`
        : null,
      createdAt,
    });
    held.push({ id, level, certifiedOn });
  }
  return held;
}

type Status =
  'pending' | 'first_review_passed' | 'first_review_failed' | 'final_review_failed' | 'registered';

/** One application and its reviews: two passes for a registration, one step for the others. */
function application(
  t: TalentContext,
  rows: TalentRows,
  w: CertificationSubject,
  cert: HeldCertificate,
  fields: Pick<RegistrationRow, 'kind' | 'appliedOn' | 'ceHours'> & {
    status: Status;
    approvedOn?: string;
    validFrom?: string;
  },
) {
  const createdAt = t.at(fields.appliedOn);
  const id = t.id(createdAt);
  const steps: ['first' | 'final', 'pass' | 'fail'][] = {
    pending: [],
    first_review_passed: [['first', 'pass']],
    first_review_failed: [['first', 'fail']],
    final_review_failed: [
      ['first', 'pass'],
      ['final', 'fail'],
    ],
    registered: [
      ['first', 'pass'],
      ['final', 'pass'],
    ],
  }[fields.status] as ['first' | 'final', 'pass' | 'fail'][];
  let reviewedOn = fields.appliedOn;
  let updatedAt = createdAt;
  for (const [stage, outcome] of steps) {
    reviewedOn =
      stage === 'final' && fields.approvedOn
        ? fields.approvedOn
        : addDays(reviewedOn, t.random.int(3, 10));
    if (reviewedOn > t.asOf) reviewedOn = t.asOf;
    const reviewer = t.officer(w.regionCode, stage);
    updatedAt = t.at(reviewedOn);
    rows.registration_review.push({
      id: t.id(updatedAt),
      registrationId: id,
      regionCode: w.regionCode,
      stage,
      outcome,
      reviewerId: reviewer.id,
      reviewerName: reviewer.realName,
      comment:
        outcome === 'fail'
          ? t.random.pick(['继续教育学时证明不全', '证书信息与档案不符，请核对'])
          : null,
      reviewedAt: updatedAt,
    });
  }
  const validFrom = fields.status === 'registered' ? (fields.validFrom ?? reviewedOn) : null;
  rows.registration.push({
    id,
    workerId: w.id,
    certificateId: cert.id,
    regionCode: w.regionCode,
    kind: fields.kind,
    status: fields.status,
    appliedOn: fields.appliedOn,
    ceHours: fields.ceHours,
    validFrom,
    validUntil: validFrom ? registrationValidUntil(validFrom) : null,
    version: 1 + steps.length,
    createdAt,
    updatedAt,
  });
  return validFrom;
}

const earliest = (a: string, b: string) => (a < b ? a : b);

/**
 * Registration of the highest national certificate (登记办法): first within a year, then renewals
 * every three years with the cycle's hours. Some are awaiting review, some due within three months,
 * some lapsed (overdue); cycles without enough hours lapse.
 */
export function register(
  t: TalentContext,
  rows: TalentRows,
  w: CertificationSubject,
  cert: HeldCertificate,
  ledger: Ledger,
) {
  const { random, asOf } = t;
  const required = ceHoursRequired(cert.level);
  const rule = t.creditRule(w.regionCode);
  const recent = fromDay(asOf) - fromDay(cert.certifiedOn) < 365 * 86_400_000;
  const pending = (kind: 'first' | 'renewal', appliedOn: string, ceHours: number | null) =>
    application(t, rows, w, cert, {
      kind,
      appliedOn,
      ceHours,
      status:
        addDays(appliedOn, 10) <= asOf && random.chance(0.4) ? 'first_review_passed' : 'pending',
    });
  if (recent) {
    const x = random.next();
    if (x < 0.35) return; // has a year to apply
    if (x < 0.7) return void pending('first', dayBetween(random, cert.certifiedOn, asOf), null);
  } else if (random.chance(0.08)) return; // never registered
  const lastApplication = earliest(addDays(cert.certifiedOn, 330), addDays(asOf, -30));
  if (lastApplication < cert.certifiedOn) return void pending('first', cert.certifiedOn, null);
  let appliedOn = dayBetween(random, addDays(cert.certifiedOn, 7), lastApplication);
  if (random.chance(0.04) && appliedOn > addDays(cert.certifiedOn, 60)) {
    application(t, rows, w, cert, {
      kind: 'first',
      appliedOn: addDays(appliedOn, -random.int(40, 60)),
      ceHours: null,
      status: random.chance(0.7) ? 'first_review_failed' : 'final_review_failed',
    });
  }
  const approvedOn = addDays(appliedOn, random.int(12, 28));
  let from = application(t, rows, w, cert, {
    kind: 'first',
    appliedOn,
    ceHours: null,
    status: 'registered',
    approvedOn,
  })!;
  for (;;) {
    const to = registrationValidUntil(from);
    if (to >= asOf) {
      const elapsed = (fromDay(asOf) - fromDay(from)) / (fromDay(to) - fromDay(from));
      const credited = studyInCycle(
        t,
        rows,
        ledger,
        { from, to },
        required * elapsed * (0.4 + random.next()),
        rule,
      );
      const opens = addMonths(to, -3);
      if (opens <= asOf && random.chance(0.45))
        pending('renewal', dayBetween(random, opens, asOf), credited);
      return;
    }
    const aimsToRenew = random.chance(0.85);
    const target = aimsToRenew
      ? required + random.int(0, 24)
      : required * (0.2 + 0.7 * random.next());
    const credited = studyInCycle(t, rows, ledger, { from, to }, target, rule);
    if (!aimsToRenew || credited < required) return; // lapsed: overdue
    appliedOn = dayBetween(random, addMonths(to, -3), addDays(to, -5));
    from = application(t, rows, w, cert, {
      kind: 'renewal',
      appliedOn,
      ceHours: credited,
      status: 'registered',
      approvedOn: earliest(addDays(appliedOn, random.int(10, 25)), asOf),
      validFrom: addDays(to, 1),
    })!;
  }
}
