import { ageOn } from '@shegong/domain';
import { addYears, dayBetween, instantBetween } from './calendar';
import type { GeneratedStaff, GenerationContext } from './context';
import { fullName, mobile } from './people';
import { ResidentIds } from './resident-ids';
import { careerOf, inPostOn, supervise } from './talent-careers';
import { certify, failedSitting, register } from './talent-certification';
import { talentContext, type TalentContext } from './talent-context';
import { addCredit, prepareForExam, writeCourses, type Ledger } from './talent-education';
import { placeIn, planWorkers, type CityChunk, type CountyPlan } from './talent-places';
import { rewardsFor } from './talent-rewards';
import { emptyTalentRows, talentTables, type TalentRows } from './talent-rows';
import { writeTalentSettings } from './talent-settings';
import { birthDate, talentMix } from './workforce';
import { weighted } from './weighted';

const otherMajors = [
  '社会学',
  '心理学',
  '行政管理',
  '护理学',
  '学前教育',
  '汉语言文学',
  '法学',
  '公共事业管理',
];

interface Made {
  id: string;
  regionCode: string;
  inPost: boolean;
  supervisor: boolean;
}

/** One person of the registry with everything that hangs off them. */
function addWorker(
  t: TalentContext,
  rows: TalentRows,
  ids: ResidentIds,
  county: string,
  regionCode: string,
  staff?: GeneratedStaff,
): Made {
  const { random, asOf } = t;
  const sex = random.chance(talentMix.femaleShare) ? 'female' : 'male';
  let born = birthDate(random, asOf);
  const latest = staff ? addYears(staff.startedOn, -19) : born;
  if (born > latest) born = dayBetween(random, addYears(latest, -6), latest);
  const age = ageOn(born, asOf);
  const educationLevel = weighted(random, talentMix.education);
  const socialWorkMajor =
    educationLevel !== 'secondary' && random.chance(talentMix.socialWorkMajorShare / 0.93);
  const createdAt = instantBetween(random, t.asOfMs - 700 * 86_400_000, t.asOfMs);
  const id = t.id(createdAt);
  const subject = { id, regionCode, birthDate: born, age };
  const ledger: Ledger = { workerId: id, regionCode, entries: [], taken: new Set() };
  const row = {
    id,
    idNumber: ids.next(random, county, born, sex),
    name: staff?.workerName ?? fullName(random, sex),
    sex,
    birthDate: born,
    phone: random.chance(0.92) ? mobile(random) : null,
    educationLevel,
    major: socialWorkMajor
      ? '社会工作'
      : educationLevel === 'secondary'
        ? null
        : random.pick(otherMajors),
    socialWorkMajor,
    regionCode,
    expertTags: [] as string[],
    version: 1,
    createdAt,
    updatedAt: createdAt,
  };
  rows.worker.push(row);
  const jobs = careerOf(t, rows, { id, regionCode, birthDate: born, staff });
  const held = certify(t, rows, subject);
  const top = held.at(-1);
  if (socialWorkMajor && educationLevel !== 'associate' && top) {
    const graduated = `${Number(born.slice(0, 4)) + (educationLevel === 'bachelor' ? 22 : 25)}-06-30`;
    if (graduated <= asOf)
      addCredit(t, rows, ledger, {
        source: 'degree',
        hours: 90,
        earnedOn: graduated,
        description: '社会工作专业学历教育',
      });
  }
  if (top) register(t, rows, subject, top, ledger);
  else {
    if (random.chance(0.06)) failedSitting(t, rows, subject);
    if (random.chance(0.05)) prepareForExam(t, rows, ledger, addYears(asOf, -2));
  }
  rewardsFor(t, rows, { id, regionCode }, held, jobs);
  const senior = top && top.level !== 'assistant_social_worker';
  if (senior && random.chance(0.25)) row.expertTags.push('supervisor');
  if (senior && random.chance(0.1)) row.expertTags.push('trainer');
  if (senior && random.chance(0.05)) row.expertTags.push('reviewer');
  return {
    id,
    regionCode,
    inPost: inPostOn(jobs, asOf),
    supervisor: row.expertTags.includes('supervisor'),
  };
}

function county(t: TalentContext, rows: TalentRows, ids: ResidentIds, plan: CountyPlan) {
  const made: Made[] = [];
  const code = plan.county.code;
  for (const staff of plan.staff) made.push(addWorker(t, rows, ids, code, staff.regionCode, staff));
  for (let n = 0; n < plan.others; n++)
    made.push(addWorker(t, rows, ids, code, placeIn(t.random, plan)));
  supervise(
    t,
    rows,
    made.filter((m) => m.supervisor),
    made.filter((m) => m.inPost && !m.supervisor),
  );
  return made;
}

async function writeChunk(
  context: GenerationContext,
  t: TalentContext,
  chunk: CityChunk,
  written: Record<string, number>,
) {
  const rows = emptyTalentRows();
  const ids = new ResidentIds();
  const links: { id: string; w: string }[] = [];
  for (const plan of chunk.counties) {
    const made = county(t, rows, ids, plan);
    plan.staff.forEach((staff, i) => links.push({ id: staff.id, w: made[i]!.id }));
  }
  for (const [name, table] of talentTables)
    written[name] = (written[name] ?? 0) + (await context.writer.write(table, rows[name]));
  if (links.length)
    await context.writer.query(
      `update station_staff s set worker_id = j.w from json_to_recordset($1::json) as j(id uuid, w uuid) where s.id = j.id`,
      [JSON.stringify(links)],
    );
}

/**
 * The talent registry (人才): people in the seed reports' proportions, with jobs, certificates,
 * registrations, continuing education and rewards; every station post holder is one of them and
 * the station's staff row points to the record. Written a city at a time.
 */
export async function generateWorkers(context: GenerationContext): Promise<Record<string, number>> {
  const chunks = planWorkers(context.divisions, context.registry.staff, context.scale.workers);
  const t = talentContext(context, chunks);
  const written: Record<string, number> = { ...(await writeCourses(context, t.courses)) };
  const total = context.scale.workers;
  let [done, report] = [0, total / 10];
  for (const chunk of chunks) {
    await writeChunk(context, t, chunk, written);
    done += chunk.workers;
    if (chunks.length > 1 && done >= report) {
      context.log(`workers: ${done} of ${total} written`);
      report += total / 10;
    }
  }
  return { ...written, ...(await writeTalentSettings(context, chunks)) };
}
