import { eq, inArray } from 'drizzle-orm';
import {
  addDays,
  educationLevels,
  registrationValidUntil,
  residentIdCheckChar,
  type CertificateLevel,
} from '@shegong/domain';
import type { Transaction } from '../db/connection';
import { newId } from '../db/ids';
import { stations, stationStaff } from '../modules/stations/stations.table';
import { certificates, registrations } from '../modules/talent/certification/certification.table';
import { courses, creditEntries, enrolments } from '../modules/talent/education/education.table';
import { rewardGrants } from '../modules/talent/rewards/rewards.table';
import { talentTargets } from '../modules/talent/census/census.table';
import { employments, supervisions } from '../modules/talent/careers/careers.table';
import { workers } from '../modules/talent/registry/workers.table';
import { nameFitting, seededRandom, type Random } from './random';

function idNumber(random: Random, county: string, sequence: number): { id: string; birth: string } {
  const birth = random
    .date(random.chance(0.7) ? 1994 : 1975, random.chance(0.7) ? 2002 : 1993)
    .replace(/-/g, '');
  const first17 = `${county}${birth}${String(100 + (sequence % 900)).padStart(3, '0')}`;
  return { id: first17 + residentIdCheckChar(first17), birth };
}

function level(random: Random): CertificateLevel | null {
  const x = random.next();
  return x < 0.45
    ? null
    : x < 0.8
      ? 'assistant_social_worker'
      : x < 0.97
        ? 'social_worker'
        : 'senior_social_worker';
}

/**
 * The demo talent: every social worker on a demo station becomes a registry record (linked from
 * the station), with certificates, registrations in every state, jobs (some ended), courses and
 * credits, a supervisor or two, rewards, and a target for the county.
 */
export async function seedDemoTalent(tx: Transaction) {
  const random = seededRandom(20261123);
  const staff = await tx
    .select({
      id: stationStaff.id,
      workerName: stationStaff.workerName,
      regionCode: stationStaff.regionCode,
      stationName: stations.name,
      stationId: stations.id,
      // Station staff are employed by the organisation that runs the station (政府购买服务).
      operatorId: stations.operatorOrganisationId,
      startedOn: stationStaff.startedOn,
    })
    .from(stationStaff)
    .innerJoin(stations, eq(stations.id, stationStaff.stationId));
  const seen = new Set<string>();
  const workerIds: { id: string; regionCode: string; level: CertificateLevel | null }[] = [];
  for (const [i, member] of staff.entries()) {
    const county = member.regionCode.slice(0, 6);
    let identity = idNumber(random, county, i);
    while (seen.has(identity.id)) identity = idNumber(random, county, i + 1000);
    seen.add(identity.id);
    const id = newId();
    const held = level(random);
    const sex = Number(identity.id[16]) % 2 === 1 ? 'male' : 'female';
    const name = nameFitting(member.workerName, sex, i);
    // Drawn in the order they always were, so that the rest of the demo stays the same.
    const phone = `1${random.pick(['35', '39', '58', '87', '99'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
    const educationLevel = random.pick(educationLevels.slice(1, 4)).code;
    const socialWork = random.chance(0.55);
    const major = socialWork ? '社会工作' : random.pick(['行政管理', '心理学', '社会学', '护理']);
    random.next(); // the switch once had a draw of its own; it now follows the major
    await tx.insert(workers).values({
      id,
      idNumber: identity.id,
      name,
      sex,
      birthDate: `${identity.birth.slice(0, 4)}-${identity.birth.slice(4, 6)}-${identity.birth.slice(6)}`,
      phone,
      educationLevel,
      major,
      socialWorkMajor: socialWork,
      regionCode: member.regionCode,
      expertTags: random.chance(0.05) ? ['supervisor'] : [],
    });
    await tx
      .update(stationStaff)
      .set({ workerId: id, workerName: name })
      .where(eq(stationStaff.id, member.id));
    await tx.insert(employments).values({
      id: newId(),
      workerId: id,
      regionCode: member.regionCode,
      employerKind: 'station',
      stationId: member.stationId,
      organisationId: member.operatorId,
      employerName: member.stationName,
      employerRegionCode: member.regionCode,
      postType: 'community_post',
      startedOn: member.startedOn,
    });
    if (random.chance(0.2)) {
      // An earlier job they left: 21.5% leave each year.
      const began = random.date(2016, 2020);
      await tx.insert(employments).values({
        id: newId(),
        workerId: id,
        regionCode: member.regionCode,
        employerKind: 'organisation',
        employerName: '某社会工作服务中心',
        employerRegionCode: member.regionCode.slice(0, 6),
        postType: 'organisation',
        startedOn: began,
        endedOn: addDays(member.startedOn, -random.int(30, 300)),
        leavingReason: random.pick(['薪酬待遇偏低', '转行', '继续深造', '家庭原因']),
      });
    }
    workerIds.push({ id, regionCode: member.regionCode, level: held });
    if (!held) continue;
    // Registration states first, so that every date follows the certificate's: pending
    // applications for last summer's certificates, registered cycles ending from last month
    // (overdue) to three years ahead (some due soon), and some never registered.
    const state = random.next();
    const validUntil = random.date(2026, 2029);
    const validFrom = addDays(validUntil, -(3 * 365));
    const certifiedOn =
      held === 'senior_social_worker'
        ? '2022-06-30'
        : state < 0.15
          ? '2026-06-30'
          : state < 0.9
            ? addDays(validFrom, -random.int(10, 300))
            : random.date(2018, 2025).replace(/-(\d\d)-\d\d$/, '-06-30');
    if (held === 'senior_social_worker') {
      await tx.insert(certificates).values({
        id: newId(),
        workerId: id,
        regionCode: member.regionCode,
        level: 'social_worker',
        certifiedOn: '2016-06-30',
        managementNumber: `S${random.int(10_000_000, 99_999_999)}`,
      });
    }
    const certificateId = newId();
    await tx.insert(certificates).values({
      id: certificateId,
      workerId: id,
      regionCode: member.regionCode,
      level: held,
      certifiedOn,
      managementNumber: `${held === 'assistant_social_worker' ? 'A' : 'B'}${random.int(10_000_000, 99_999_999)}`,
    });
    if (state < 0.15) {
      await tx.insert(registrations).values({
        id: newId(),
        workerId: id,
        certificateId,
        regionCode: member.regionCode,
        kind: 'first',
        status: state < 0.08 ? 'pending' : 'first_review_passed',
        appliedOn: '2026-10-15',
      });
    } else if (state < 0.9 && validFrom >= certifiedOn) {
      await tx.insert(registrations).values({
        id: newId(),
        workerId: id,
        certificateId,
        regionCode: member.regionCode,
        kind: 'first',
        status: 'registered',
        appliedOn: validFrom,
        validFrom,
        validUntil: registrationValidUntil(validFrom),
      });
    }
  }

  const countyCourse = newId();
  await tx.insert(courses).values([
    {
      id: countyCourse,
      regionCode: '520102',
      organiser: '南明区民政局',
      title: '2025年社会工作者继续教育培训班',
      type: 'general',
      hours: 24,
      startsOn: '2025-05-10',
      endsOn: '2025-05-12',
      capacity: 200,
    },
    {
      id: newId(),
      regionCode: '520102',
      organiser: '贵州省社会工作协会',
      title: '社会工作者职业水平考试考前培训',
      type: 'exam_preparation',
      hours: 16,
      startsOn: '2026-05-20',
      endsOn: '2026-05-21',
      capacity: 100,
    },
  ]);
  for (const worker of workerIds.filter((w) => w.regionCode.startsWith('520102')).slice(0, 60)) {
    const enrolmentId = newId();
    const completed = random.chance(0.85);
    await tx.insert(enrolments).values({
      id: enrolmentId,
      courseId: countyCourse,
      workerId: worker.id,
      regionCode: worker.regionCode,
      status: completed ? 'completed' : 'absent',
      completedOn: completed ? '2025-05-12' : null,
    });
    if (completed)
      await tx.insert(creditEntries).values({
        id: newId(),
        workerId: worker.id,
        regionCode: worker.regionCode,
        source: 'course',
        hours: 24,
        earnedOn: '2025-05-12',
        description: '2025年社会工作者继续教育培训班',
        enrolmentId,
      });
  }

  const supervisorsPool = workerIds.filter(
    (w) => w.level === 'social_worker' || w.level === 'senior_social_worker',
  );
  await tx
    .update(workers)
    .set({ expertTags: ['supervisor'] })
    .where(
      inArray(
        workers.id,
        supervisorsPool.slice(0, 3).map((w) => w.id),
      ),
    );
  for (const [i, worker] of workerIds
    .filter((w) => w.level === null)
    .slice(0, 12)
    .entries()) {
    const lead = supervisorsPool[i % Math.max(1, Math.min(3, supervisorsPool.length))];
    if (lead && lead.regionCode.slice(0, 6) === worker.regionCode.slice(0, 6)) {
      await tx.insert(supervisions).values({
        id: newId(),
        supervisorId: lead.id,
        superviseeId: worker.id,
        regionCode: worker.regionCode,
        startedOn: '2025-09-01',
        hours: random.int(4, 30),
      });
    }
  }
  for (const worker of workerIds.filter((w) => w.level === 'assistant_social_worker').slice(0, 4)) {
    await tx.insert(rewardGrants).values({
      id: newId(),
      workerId: worker.id,
      regionCode: worker.regionCode,
      level: 'assistant_social_worker',
      amountFen: 200_000,
      status: random.pick(['applied', 'approved', 'paid']),
      appliedOn: '2026-09-01',
    });
  }
  await tx.insert(talentTargets).values({
    regionCode: '520102',
    year: 2026,
    targetWorkers: Math.round(workerIds.length * 0.8),
    targetCertified: Math.round(workerIds.length * 0.5),
  });
}
