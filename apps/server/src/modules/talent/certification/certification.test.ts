import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerInput } from '../../../../test/fixtures';
import { createTestApp, type TestApp, type TestClient } from '../../../../test/test-app';

const now = new Date('2026-11-22T10:00:00+08:00');
let t: TestApp;
let nanming: TestClient;
let guiyang: TestClient;

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  nanming = await t.signIn('nanming');
  guiyang = await t.signIn('guiyang');
});
afterAll(() => t.close());

let n = 100;
const newWorker = async () => (await nanming.post('/api/v1/workers', workerInput(n++))).json();

describe('exams and certificates', () => {
  it('refuses a certificate the recorded scores do not earn, and one that skips a level', async () => {
    const worker = await newWorker();
    await nanming.post(`/api/v1/workers/${worker.id}/exam-scores`, {
      level: 'assistant_social_worker',
      subject: 'comprehensive_junior',
      year: 2025,
      score: 72,
    });
    await nanming.post(`/api/v1/workers/${worker.id}/exam-scores`, {
      level: 'assistant_social_worker',
      subject: 'practice_junior',
      year: 2026,
      score: 66,
    });
    const unearned = await nanming.post(`/api/v1/workers/${worker.id}/certificates`, {
      level: 'assistant_social_worker',
      certifiedOn: '2026-06-30',
    });
    expect(unearned.json().error.details[0]).toMatchObject({
      path: 'body.level',
      message: '考试成绩未达到该级别的通过条件',
    });
    await nanming.post(`/api/v1/workers/${worker.id}/exam-scores`, {
      level: 'assistant_social_worker',
      subject: 'comprehensive_junior',
      year: 2026,
      score: 61,
    });
    expect(
      (
        await nanming.post(`/api/v1/workers/${worker.id}/certificates`, {
          level: 'assistant_social_worker',
          certifiedOn: '2026-06-30',
        })
      ).statusCode,
    ).toBe(201);
    const senior = await nanming.post(`/api/v1/workers/${worker.id}/certificates`, {
      level: 'senior_social_worker',
      certifiedOn: '2026-06-30',
    });
    expect(senior.json().error.details[0].message).toBe('取得高级社会工作师须先持有社会工作师证书');
    const wrongSubject = await nanming.post(`/api/v1/workers/${worker.id}/exam-scores`, {
      level: 'social_worker',
      subject: 'practice_junior',
      year: 2026,
      score: 80,
    });
    expect(wrongSubject.json().error.details[0].path).toBe('body.subject');
  });
});

describe('registration', () => {
  it('goes through first and final review by two people and registers for three years', async () => {
    const worker = await newWorker();
    const certificate = (
      await nanming.post(`/api/v1/workers/${worker.id}/certificates`, {
        level: 'social_worker',
        certifiedOn: '2026-07-01',
      })
    ).json();
    const applied = (
      await nanming.post(`/api/v1/workers/${worker.id}/registrations`, {
        certificateId: certificate.id,
      })
    ).json();
    expect(applied).toMatchObject({ kind: 'first', status: 'pending' });
    expect(
      (
        await nanming.post(`/api/v1/workers/${worker.id}/registrations`, {
          certificateId: certificate.id,
        })
      ).statusCode,
    ).toBe(409);
    const pending = (await guiyang.get('/api/v1/registrations?view=pending&pageSize=100'))
      .json()
      .items.map((r: { id: string }) => r.id);
    expect(pending).toContain(applied.id);

    const first = (
      await nanming.post(`/api/v1/registrations/${applied.id}/review`, {
        version: 1,
        outcome: 'pass',
        comment: '材料齐全',
      })
    ).json();
    expect(first.status).toBe('first_review_passed');
    const sameReviewer = await nanming.post(`/api/v1/registrations/${applied.id}/review`, {
      version: 2,
      outcome: 'pass',
    });
    expect(sameReviewer.statusCode).toBe(409);
    expect(sameReviewer.json().error.message).toBe('终审须由初审以外的人员进行');
    const final = (
      await guiyang.post(`/api/v1/registrations/${applied.id}/review`, {
        version: 2,
        outcome: 'pass',
      })
    ).json();
    expect(final).toMatchObject({
      status: 'registered',
      validFrom: '2026-11-22',
      validUntil: '2029-11-21',
    });
    expect(
      final.reviews.map((r: { stage: string; reviewerName: string }) => [r.stage, r.reviewerName]),
    ).toEqual([
      ['first', '南明民政'],
      ['final', '筑城民政'],
    ]);
  });

  it('tells each reader in the record whether they may make the next review, and who may', async () => {
    const worker = await newWorker();
    const certificate = (
      await nanming.post(`/api/v1/workers/${worker.id}/certificates`, {
        level: 'social_worker',
        certifiedOn: '2026-07-01',
      })
    ).json();
    const applied = (
      await nanming.post(`/api/v1/workers/${worker.id}/registrations`, {
        certificateId: certificate.id,
      })
    ).json();
    expect(applied.nextReview).toEqual({ stage: 'first', may: true, whoMay: null });

    const first = (
      await nanming.post(`/api/v1/registrations/${applied.id}/review`, {
        version: 1,
        outcome: 'pass',
      })
    ).json();
    const firstReviewerSees = {
      stage: 'final',
      may: false,
      whoMay:
        '您已完成初审，终审须由另一位有审核权限的人员（民政工作人员（省级）、民政工作人员（市级）、民政工作人员（县级），管辖范围包含该社工所在区划）进行',
    };
    expect(first.nextReview).toEqual(firstReviewerSees);
    const listed = (await nanming.get('/api/v1/registrations?view=pending&pageSize=100'))
      .json()
      .items.find((r: { id: string }) => r.id === applied.id);
    expect(listed.nextReview).toEqual(firstReviewerSees);
    const onRecord = (await nanming.get(`/api/v1/workers/${worker.id}`))
      .json()
      .registrations.find((r: { id: string }) => r.id === applied.id);
    expect(onRecord.nextReview).toEqual(firstReviewerSees);

    const other = (await guiyang.get('/api/v1/registrations?view=pending&pageSize=100'))
      .json()
      .items.find((r: { id: string }) => r.id === applied.id);
    expect(other.nextReview).toEqual({ stage: 'final', may: true, whoMay: null });
    const final = (
      await guiyang.post(`/api/v1/registrations/${applied.id}/review`, {
        version: 2,
        outcome: 'pass',
      })
    ).json();
    expect(final.nextReview).toBeNull();
  });

  it('refuses a first registration more than a year after certification', async () => {
    const worker = await newWorker();
    const certificate = (
      await nanming.post(`/api/v1/workers/${worker.id}/certificates`, {
        level: 'assistant_social_worker',
        certifiedOn: '2025-06-01',
      })
    ).json();
    const late = await nanming.post(`/api/v1/workers/${worker.id}/registrations`, {
      certificateId: certificate.id,
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.details[0].message).toBe(
      '不在首次登记期内（2025-06-01 至 2026-05-31）',
    );
  });

  it('renews only inside the last three months and only with the cycle’s hours', async () => {
    const worker = await newWorker();
    const certificate = (
      await nanming.post(`/api/v1/workers/${worker.id}/certificates`, {
        level: 'assistant_social_worker',
        certifiedOn: '2023-12-01',
      })
    ).json();
    // A registration that ends on 2027-01-31, entered as history: applied and approved then.
    const registration = (
      await nanming.post(`/api/v1/workers/${worker.id}/registrations`, {
        certificateId: certificate.id,
        appliedOn: '2023-12-10',
      })
    ).json();
    await nanming.post(`/api/v1/registrations/${registration.id}/review`, {
      version: 1,
      outcome: 'pass',
    });
    await guiyang.post(`/api/v1/registrations/${registration.id}/review`, {
      version: 2,
      outcome: 'pass',
    });
    // The approval today set a fresh period; shift it back so that it ends within three months.
    await t.database.drizzle.execute(
      sql`update registration set valid_from = '2024-02-01', valid_until = '2027-01-31' where id = ${registration.id}`,
    );
    const due = (await nanming.get('/api/v1/registrations?view=due&pageSize=100'))
      .json()
      .items.map((r: { id: string }) => r.id);
    expect(due).toContain(registration.id);

    const short = await nanming.post(`/api/v1/workers/${worker.id}/registrations`, {
      certificateId: certificate.id,
    });
    expect(short.json().error.details[0].message).toBe(
      '继续教育学时不足：本周期已认定 0 学时，需 72 学时',
    );
    const shortList = (await nanming.get('/api/v1/continuing-education/short'))
      .json()
      .items.map((s: { workerId: string }) => s.workerId);
    expect(shortList).toContain(worker.id);

    const course = (
      await nanming.post('/api/v1/courses', {
        regionCode: '520102',
        organiser: '南明区民政局',
        title: '社会工作实务能力提升班',
        type: 'core_staff',
        hours: 80,
        startsOn: '2025-03-01',
        endsOn: '2025-03-10',
      })
    ).json();
    await nanming.post(`/api/v1/courses/${course.id}/enrolments`, { workerIds: [worker.id] });
    const [enrolment] = (await nanming.get(`/api/v1/courses/${course.id}/enrolments`)).json().items;
    await nanming.post(`/api/v1/enrolments/${enrolment.id}/attendance`, {
      version: 1,
      status: 'completed',
    });
    const credits = (await nanming.get(`/api/v1/workers/${worker.id}`)).json().ceCompliance;
    expect(credits).toMatchObject({ required: 72, credited: 80, short: 0 });

    const renewal = await nanming.post(`/api/v1/workers/${worker.id}/registrations`, {
      certificateId: certificate.id,
    });
    expect(renewal.statusCode, renewal.body).toBe(201);
    expect(renewal.json()).toMatchObject({ kind: 'renewal', ceHours: 80 });
  });
});
