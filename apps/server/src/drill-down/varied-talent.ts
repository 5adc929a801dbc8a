import {
  addDays,
  addYears,
  codesOf,
  educationLevels,
  employerKinds,
  type CertificateLevel,
} from '@shegong/domain';
import { residentIdFor, workerInput } from '../../test/fixtures';
import type { TestClient } from '../../test/test-app';
import { seededRandom } from '../demo/random';

/** Certificate levels in the order they can be earned (senior only after the intermediate). */
const ladder: CertificateLevel[] = [
  'social_work_assistant_local',
  'assistant_social_worker',
  'social_worker',
  'senior_social_worker',
];

/**
 * Workers built to split a figure from its list wherever two definitions could differ: recorded on
 * the county itself, on its townships and on villages; born on the census day of a band's edge;
 * jobs that overlap (another kind, some started the same day), that start or end on the day, or
 * ended; certificates dated on the census day and, through `redate`, the day after it (which the
 * API refuses: as if the record came from the national system or the clocks disagreed).
 */
export async function seedVariedTalent(options: {
  officer: TestClient;
  /** Divisions to record workers on (the county first). */
  regions: readonly string[];
  /** The census day (China), `YYYY-MM-DD`. */
  today: string;
  /** Moves a certificate's date past what the API accepts (straight in the database). */
  redate: (certificateId: string, certifiedOn: string) => Promise<void>;
  count: number;
  seed: number;
}) {
  const { officer, regions, today, redate, count } = options;
  const api = officer.strict();
  const random = seededRandom(options.seed);
  const kinds = codesOf(employerKinds);

  for (let n = 0; n < count; n++) {
    // Every fifth worker turns 25, 30, 35, 40 or 50 on the census day (or the day after).
    const edge = [25, 30, 35, 40, 50][Math.floor(n / 5) % 5]!;
    const birth =
      n % 5 === 0
        ? addDays(addYears(today, -edge), random.int(0, 1))
        : random.date(1962, Number(today.slice(0, 4)) - 20);
    const worker = (
      await api.post(
        '/api/v1/workers',
        workerInput(700 + n, {
          idNumber: residentIdFor(700 + n, birth.replace(/-/g, ''), '520111'),
          phone: null,
          regionCode: regions[n % regions.length],
          educationLevel: random.pick(codesOf(educationLevels)),
          socialWorkMajor: random.chance(0.5),
        }),
      )
    ).json() as { id: string };

    const jobs = random.int(0, 3);
    let firstStart: string | undefined;
    for (let j = 0; j < jobs; j++) {
      // A second job may start on the same day as the first, with another kind.
      const startedOn =
        firstStart && random.chance(0.3)
          ? firstStart
          : random.chance(0.1)
            ? today
            : random.date(2008, Number(today.slice(0, 4)) - 1);
      firstStart ??= startedOn;
      const job = (
        await api.post(`/api/v1/workers/${worker.id}/employments`, {
          employerKind: random.pick(kinds),
          employerName: `单位${n}-${j}`,
          postType: 'community_post',
          startedOn,
        })
      ).json() as { id: string; version: number };
      if (random.chance(0.35)) {
        // Ended on the census day (still in post that day), or on a day between start and then.
        const some = random.date(Number(startedOn.slice(0, 4)), Number(today.slice(0, 4)));
        const endedOn =
          random.chance(0.3) || some > today ? today : some < startedOn ? startedOn : some;
        await api.post(`/api/v1/employments/${job.id}/end`, {
          version: job.version,
          endedOn,
          leavingReason: '合同到期',
        });
      }
    }

    const held = random.int(0, 3);
    let on = random.date(2012, 2020);
    for (let level = random.int(0, 1), k = 0; k < held && level < ladder.length; k++, level++) {
      const certificate = { level: ladder[level], certifiedOn: on };
      const recorded = (
        await api.post(`/api/v1/workers/${worker.id}/certificates`, certificate)
      ).json() as { id: string };
      // The newest certificate dated on the census day, or the day after it.
      if (k === held - 1 && random.chance(0.3))
        await redate(recorded.id, addDays(today, random.int(0, 1)));
      on = addDays(on, random.int(30, 365));
    }
  }
}
