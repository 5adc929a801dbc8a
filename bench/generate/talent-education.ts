import { creditedHours, type CreditEntry, type CreditRule } from '@shegong/domain';
import type { Random } from '../../apps/server/src/demo/random';
import { courses as courseTable } from '../../apps/server/src/db/schema';
import { addDays, dayBetween, fromDay } from './calendar';
import type { GenerationContext } from './context';
import type { IdFactory } from './ids';
import type { TalentContext } from './talent-context';
import type { CityChunk } from './talent-places';
import type { CourseRow, TalentRows } from './talent-rows';
import { weighted } from './weighted';

const firstCourseYear = 2010;

const titles = [
  ['社会工作实务能力提升培训', 'general'],
  ['儿童社会工作专题培训', 'general'],
  ['老年社会工作专题研修', 'advanced'],
  ['社区治理与社会工作', 'general'],
  ['社会工作督导能力培训', 'advanced'],
  ['社会工作者职业水平考试考前辅导', 'exam_preparation'],
  ['个案管理实务', 'core_staff'],
  ['小组工作方法与技巧', 'core_staff'],
  ['社会工作伦理与法规政策', 'general'],
  ['乡村振兴与农村社会工作', 'general'],
  ['禁毒社会工作专题培训', 'general'],
  ['心理健康与危机干预', 'advanced'],
  ['社会工作机构管理与项目运营', 'administration'],
] as const;

const hourOptions = [
  [8, 15],
  [12, 20],
  [16, 30],
  [24, 20],
  [32, 10],
  [40, 5],
] as const;

/** Courses by where and when they run: each city's and the province's, per year. */
export interface CourseCatalogue {
  rows: CourseRow[];
  /** Courses open to someone registered in `code` that run inside [from, to]. */
  between(code: string, from: string, to: string): CourseRow[];
}

/**
 * Continuing-education courses from 2010 on, growing with the sector: per city about one a year
 * per 250 workers at today's size, and a few the province runs itself.
 */
export function courseCatalogue(
  context: GenerationContext,
  random: Random,
  id: IdFactory,
  chunks: CityChunk[],
): CourseCatalogue {
  const asOfYear = Number(context.asOf.slice(0, 4));
  const rows: CourseRow[] = [];
  const byKey = new Map<string, CourseRow[]>();
  const organisers = (code: string) => [
    `${context.divisions.nameOf(code)}民政局`,
    `${context.divisions.nameOf(code)}社会工作协会`,
  ];
  const perYear = new Map<string, number>();
  for (const chunk of chunks) {
    perYear.set(chunk.code, Math.max(1, Math.round(chunk.workers / 250)));
    const province = chunk.code.slice(0, 2);
    perYear.set(province, Math.max(perYear.get(province) ?? 0, 4));
  }
  for (const [code, count] of perYear) {
    for (let year = firstCourseYear; year <= asOfYear; year++) {
      const growth = (year - firstCourseYear + 1) / (asOfYear - firstCourseYear + 1);
      const list: CourseRow[] = [];
      for (let n = Math.max(1, Math.round(count * growth)); n > 0; n--) {
        const [title, type] = random.pick(titles);
        const hours = weighted(random, hourOptions);
        const startsOn = dayBetween(random, `${year}-02-15`, `${year}-12-10`);
        const createdAt = new Date(fromDay(startsOn) - random.int(10, 60) * 86_400_000);
        const row: CourseRow = {
          id: id(createdAt),
          regionCode: code,
          organiser: random.pick(organisers(code)),
          title: `${title}（${year}年第${list.length + 1}期）`,
          type,
          hours,
          startsOn,
          endsOn: addDays(startsOn, Math.ceil(hours / 8) - 1),
          capacity: random.int(4, 15) * 10,
          version: 1,
          createdAt,
        };
        list.push(row);
        rows.push(row);
      }
      byKey.set(`${code}:${year}`, list);
    }
  }
  return {
    rows,
    between(code, from, to) {
      const found: CourseRow[] = [];
      for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
        for (const area of [code.slice(0, 4), code.slice(0, 2)])
          for (const course of byKey.get(`${area}:${year}`) ?? [])
            if (course.startsOn >= from && course.endsOn <= to) found.push(course);
      }
      return found;
    },
  };
}

export async function writeCourses(context: GenerationContext, catalogue: CourseCatalogue) {
  return { course: await context.writer.write(courseTable, catalogue.rows) };
}

/** One worker's hours ledger as it grows, with the courses already taken. */
export interface Ledger {
  workerId: string;
  regionCode: string;
  entries: CreditEntry[];
  taken: Set<string>;
}

function enrol(t: TalentContext, rows: TalentRows, ledger: Ledger, course: CourseRow) {
  const completed = course.endsOn <= t.asOf;
  const attended = t.random.chance(0.95);
  const enrolledAt = new Date(fromDay(course.startsOn) - t.random.int(3, 30) * 86_400_000);
  const enrolmentId = t.id(enrolledAt);
  ledger.taken.add(course.id);
  rows.enrolment.push({
    id: enrolmentId,
    courseId: course.id,
    workerId: ledger.workerId,
    regionCode: ledger.regionCode,
    status: !completed ? 'enrolled' : attended ? 'completed' : 'absent',
    completedOn: completed && attended ? course.endsOn : null,
    version: completed ? 2 : 1,
    createdAt: enrolledAt,
  });
  if (!completed || !attended) return 0;
  const entry = { source: 'course' as const, hours: course.hours, earnedOn: course.endsOn };
  ledger.entries.push(entry);
  rows.credit_entry.push({
    id: t.id(t.at(course.endsOn)),
    workerId: ledger.workerId,
    regionCode: ledger.regionCode,
    ...entry,
    description: course.title,
    enrolmentId,
    createdAt: t.at(course.endsOn),
  });
  return course.hours;
}

/** An entry from elsewhere than a course (degree, conference). */
export function addCredit(
  t: TalentContext,
  rows: TalentRows,
  ledger: Ledger,
  entry: CreditEntry & { description: string },
) {
  ledger.entries.push(entry);
  rows.credit_entry.push({
    id: t.id(t.at(entry.earnedOn)),
    workerId: ledger.workerId,
    regionCode: ledger.regionCode,
    source: entry.source,
    hours: entry.hours,
    earnedOn: entry.earnedOn,
    description: entry.description,
    enrolmentId: null,
    createdAt: t.at(entry.earnedOn),
  });
}

/**
 * Courses in a registration cycle until about `target` hours, and sometimes a conference; returns
 * the hours the province's rule credits to the cycle (what a renewal application records).
 */
export function studyInCycle(
  t: TalentContext,
  rows: TalentRows,
  ledger: Ledger,
  cycle: { from: string; to: string },
  target: number,
  rule: CreditRule,
): number {
  const until = cycle.to < t.asOf ? cycle.to : t.asOf;
  const open = t.courses.between(ledger.regionCode, cycle.from, until);
  let hours = 0;
  for (let tries = 0; hours < target && tries < 12 && open.length; tries++) {
    const course = t.random.pick(open);
    if (!ledger.taken.has(course.id)) hours += enrol(t, rows, ledger, course);
  }
  if (t.random.chance(0.15))
    addCredit(t, rows, ledger, {
      source: 'conference',
      hours: t.random.int(3, 12),
      earnedOn: dayBetween(t.random, cycle.from, until),
      description: '全省社会工作学术交流会',
    });
  if (cycle.to >= t.asOf && t.random.chance(0.2)) {
    // Signed up for one of this year's later courses.
    const yearEnd = `${t.asOf.slice(0, 4)}-12-31`;
    const later = t.courses.between(ledger.regionCode, addDays(t.asOf, 1), yearEnd);
    const course = later.length ? t.random.pick(later) : undefined;
    if (course && !ledger.taken.has(course.id)) enrol(t, rows, ledger, course);
  }
  return creditedHours(ledger.entries, { from: cycle.from, to: cycle.to }, rule).total;
}

/** An exam-preparation course or two for someone not (yet) certified. */
export function prepareForExam(t: TalentContext, rows: TalentRows, ledger: Ledger, from: string) {
  const open = t.courses
    .between(ledger.regionCode, from, t.asOf)
    .filter((c) => c.type === 'exam_preparation');
  if (open.length) enrol(t, rows, ledger, t.random.pick(open));
}
