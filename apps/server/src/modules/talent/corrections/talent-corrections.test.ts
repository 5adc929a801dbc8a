import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../../db/connection';
import { workerInput } from '../../../../test/fixtures';
import { createTestApp, type TestApp, type TestClient } from '../../../../test/test-app';

const now = new Date('2026-11-22T10:00:00+08:00');
let t: TestApp;
let nanming: TestClient;
let yunyan: TestClient;

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  nanming = await t.signIn('nanming');
  yunyan = await t.signIn('yunyan');
});
afterAll(() => t.close());

let n = 700;
const newWorker = async () => (await nanming.post('/api/v1/workers', workerInput(n++))).json();
const remove = (client: TestClient, url: string, payload: { version: number; reason: string }) =>
  client.request({ method: 'DELETE', url, payload });
const auditOf = (entityId: string) =>
  queryRows<{ action: string; changes: Record<string, [unknown, unknown]>; detail: string | null }>(
    t.database.drizzle,
    sql`select action, changes, detail_params->>'reason' as detail from audit_event where entity_id = ${entityId} order by occurred_at`,
  );

async function juniorScores(workerId: string, comprehensive: number, practice: number) {
  const add = (subject: string, score: number) =>
    nanming.post(`/api/v1/workers/${workerId}/exam-scores`, {
      level: 'assistant_social_worker',
      subject,
      year: 2025,
      score,
    });
  return [
    (await add('comprehensive_junior', comprehensive)).json(),
    (await add('practice_junior', practice)).json(),
  ];
}

describe('correcting exam scores', () => {
  it('corrects a mistyped score with a version check and keeps before and after in the audit', async () => {
    const worker = await newWorker();
    const [comprehensive] = await juniorScores(worker.id, 58, 70);
    const corrected = await nanming.patch(`/api/v1/exam-scores/${comprehensive.id}`, {
      version: 1,
      score: 68,
    });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json()).toMatchObject({ score: 68, version: 2 });
    // The certificate the corrected scores now earn is accepted.
    const certificate = await nanming.post(`/api/v1/workers/${worker.id}/certificates`, {
      level: 'assistant_social_worker',
      certifiedOn: '2025-12-30',
    });
    expect(certificate.statusCode).toBe(201);
    const stale = await nanming.patch(`/api/v1/exam-scores/${comprehensive.id}`, {
      version: 1,
      score: 69,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const [, update] = await auditOf(comprehensive.id);
    expect(update).toMatchObject({ action: 'update', changes: { score: [58, 68] } });
  });

  it('refuses a change that would leave a certificate the scores no longer earn', async () => {
    const worker = await newWorker();
    const [comprehensive, practice] = await juniorScores(worker.id, 75, 70);
    await nanming.post(`/api/v1/workers/${worker.id}/certificates`, {
      level: 'assistant_social_worker',
      certifiedOn: '2025-12-30',
    });
    const lowered = await nanming.patch(`/api/v1/exam-scores/${practice.id}`, {
      version: 1,
      score: 50,
    });
    expect(lowered.statusCode).toBe(409);
    expect(lowered.json().error.details[0]).toMatchObject({
      path: 'body.score',
      message: '更改后，已登记的助理社会工作师证书（2025-12-30）将不再满足考试通过条件',
    });
    const wrongSubject = await nanming.patch(`/api/v1/exam-scores/${practice.id}`, {
      version: 1,
      subject: 'law_and_policy',
    });
    expect(wrongSubject.json().error.details[0]).toMatchObject({
      path: 'body.subject',
      message: '该科目不属于所选级别的考试',
    });
    // Deleting one of the two passing scores would leave the certificate unearned too.
    const deleted = await remove(nanming, `/api/v1/exam-scores/${comprehensive.id}`, {
      version: 1,
      reason: '误录',
    });
    expect(deleted.statusCode).toBe(409);
    const stored = await queryRows<{ score: number }>(
      t.database.drizzle,
      sql`select score::float as score from exam_score where id = ${practice.id}`,
    );
    expect(stored[0]!.score).toBe(70);
  });

  it('deletes a score entered for the wrong worker, with a reason, and answers 404 out of scope', async () => {
    const worker = await newWorker();
    const [comprehensive] = await juniorScores(worker.id, 40, 40);
    const noReason = await remove(nanming, `/api/v1/exam-scores/${comprehensive.id}`, {
      version: 1,
      reason: ' ',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].path).toBe('body.reason');
    expect(
      (
        await remove(yunyan, `/api/v1/exam-scores/${comprehensive.id}`, {
          version: 1,
          reason: '误录',
        })
      ).statusCode,
    ).toBe(404);
    const deleted = await remove(nanming, `/api/v1/exam-scores/${comprehensive.id}`, {
      version: 1,
      reason: '录入到了其他社工名下',
    });
    expect(deleted.statusCode).toBe(204);
    const detail = (await nanming.get(`/api/v1/workers/${worker.id}`)).json();
    expect(detail.examScores.map((s: { id: string }) => s.id)).not.toContain(comprehensive.id);
    const [, deletion] = await auditOf(comprehensive.id);
    expect(deletion).toMatchObject({
      action: 'delete',
      detail: '录入到了其他社工名下',
      changes: { score: [40, null] },
    });
  });
});

describe('correcting certificates', () => {
  it('keeps refusing a level that skips the rules after an edit', async () => {
    const worker = await newWorker();
    const junior = (
      await nanming.post(`/api/v1/workers/${worker.id}/certificates`, {
        level: 'assistant_social_worker',
        certifiedOn: '2020-06-30',
      })
    ).json();
    const skipped = await nanming.patch(`/api/v1/certificates/${junior.id}`, {
      version: 1,
      level: 'senior_social_worker',
    });
    expect(skipped.statusCode).toBe(400);
    expect(skipped.json().error.details[0]).toMatchObject({
      path: 'body.level',
      message: '取得高级社会工作师须先持有社会工作师证书',
    });
    const renumbered = await nanming.patch(`/api/v1/certificates/${junior.id}`, {
      version: 1,
      managementNumber: 'ZJ2020-0001',
      certifiedOn: '2020-07-01',
    });
    expect(renumbered.json()).toMatchObject({
      managementNumber: 'ZJ2020-0001',
      certifiedOn: '2020-07-01',
      version: 2,
    });
    const future = await nanming.patch(`/api/v1/certificates/${junior.id}`, {
      version: 2,
      certifiedOn: '2027-01-01',
    });
    expect(future.json().error.details[0].path).toBe('body.certifiedOn');
  });

  it('will not move or remove the intermediate certificate a senior one rests on', async () => {
    const worker = await newWorker();
    const intermediate = (
      await nanming.post(`/api/v1/workers/${worker.id}/certificates`, {
        level: 'social_worker',
        certifiedOn: '2018-06-30',
      })
    ).json();
    await nanming.post(`/api/v1/workers/${worker.id}/certificates`, {
      level: 'senior_social_worker',
      certifiedOn: '2023-06-30',
    });
    const moved = await nanming.patch(`/api/v1/certificates/${intermediate.id}`, {
      version: 1,
      certifiedOn: '2024-01-01',
    });
    expect(moved.statusCode).toBe(409);
    expect(moved.json().error.message).toContain('高级社会工作师证书将不符合规则');
    const removed = await remove(nanming, `/api/v1/certificates/${intermediate.id}`, {
      version: 1,
      reason: '误录',
    });
    expect(removed.statusCode).toBe(409);
  });

  it('refuses to delete a certificate a registration depends on, and deletes one that stands alone', async () => {
    const worker = await newWorker();
    const registered = (
      await nanming.post(`/api/v1/workers/${worker.id}/certificates`, {
        level: 'assistant_social_worker',
        certifiedOn: '2026-06-30',
      })
    ).json();
    await nanming.post(`/api/v1/workers/${worker.id}/registrations`, {
      certificateId: registered.id,
      appliedOn: '2026-09-01',
    });
    const refused = await remove(nanming, `/api/v1/certificates/${registered.id}`, {
      version: 1,
      reason: '误录',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe('该证书已有 1 条登记记录，不能删除');
    const relevelled = await nanming.patch(`/api/v1/certificates/${registered.id}`, {
      version: 1,
      level: 'social_worker',
    });
    expect(relevelled.json().error.message).toBe('该证书已有 1 条登记记录，不能更改级别');
    // The certificate's date may move earlier, not past the registration application.
    const redated = await nanming.patch(`/api/v1/certificates/${registered.id}`, {
      version: 1,
      certifiedOn: '2026-10-01',
    });
    expect(redated.json().error.details[0]).toMatchObject({
      path: 'body.certifiedOn',
      message: '发证日期不能晚于该证书的登记申请日期（2026-09-01）',
    });
    const earlier = await nanming.patch(`/api/v1/certificates/${registered.id}`, {
      version: 1,
      certifiedOn: '2026-06-01',
    });
    expect(earlier.json()).toMatchObject({ certifiedOn: '2026-06-01', version: 2 });

    const local = (
      await nanming.post(`/api/v1/workers/${worker.id}/certificates`, {
        level: 'social_work_assistant_local',
        certifiedOn: '2019-01-01',
      })
    ).json();
    const deleted = await remove(nanming, `/api/v1/certificates/${local.id}`, {
      version: 1,
      reason: '重复录入',
    });
    expect(deleted.statusCode).toBe(204);
    const detail = (await nanming.get(`/api/v1/workers/${worker.id}`)).json();
    expect(detail.certificates.map((c: { level: string }) => c.level)).toEqual([
      'assistant_social_worker',
    ]);
    expect((await auditOf(local.id)).at(-1)).toMatchObject({
      action: 'delete',
      detail: '重复录入',
    });
  });
});

describe('correcting the hours ledger', () => {
  it('recomputes compliance from the corrected entries, and leaves course hours to attendance', async () => {
    const worker = await newWorker();
    const certificate = (
      await nanming.post(`/api/v1/workers/${worker.id}/certificates`, {
        level: 'assistant_social_worker',
        certifiedOn: '2026-03-01',
      })
    ).json();
    const registration = (
      await nanming.post(`/api/v1/workers/${worker.id}/registrations`, {
        certificateId: certificate.id,
      })
    ).json();
    const guiyang = await t.signIn('guiyang');
    await nanming.post(`/api/v1/registrations/${registration.id}/review`, {
      version: 1,
      outcome: 'pass',
    });
    await guiyang.post(`/api/v1/registrations/${registration.id}/review`, {
      version: 2,
      outcome: 'pass',
    });
    const guizhou = await t.signIn('guizhou');
    const rule = await guizhou.put('/api/v1/credit-rules/52', {
      countedSources: ['course', 'degree', 'research'],
      capsPerCycle: {},
    });
    expect(rule.statusCode).toBe(200);
    const entry = (
      await nanming.post(`/api/v1/workers/${worker.id}/credits`, {
        source: 'research',
        hours: 10,
        // The cycle starts on the day of approval, today.
        earnedOn: '2026-11-22',
        description: '课题研究',
      })
    ).json();
    const credited = async () =>
      (await nanming.get(`/api/v1/workers/${worker.id}`)).json().ceCompliance.credited;
    expect(await credited()).toBe(10);
    const corrected = await nanming.patch(`/api/v1/credit-entries/${entry.id}`, {
      version: 1,
      hours: 30,
    });
    expect(corrected.json()).toMatchObject({ hours: 30, version: 2, fromCourse: false });
    expect(await credited()).toBe(30);
    const future = await nanming.patch(`/api/v1/credit-entries/${entry.id}`, {
      version: 2,
      earnedOn: '2027-01-01',
    });
    expect(future.json().error.details[0].path).toBe('body.earnedOn');
    expect(
      (
        await remove(nanming, `/api/v1/credit-entries/${entry.id}`, {
          version: 2,
          reason: '重复登记',
        })
      ).statusCode,
    ).toBe(204);
    expect(await credited()).toBe(0);
    // Training held outside the platform's course list is entered by hand, as in the hours sheet;
    // it is not tied to an enrolment, so it stays editable here.
    const external = await nanming.post(`/api/v1/workers/${worker.id}/credits`, {
      source: 'course',
      hours: 8,
      earnedOn: '2026-11-22',
      description: '省社会工作协会督导技能培训',
    });
    expect(external.json()).toMatchObject({ source: 'course', hours: 8, fromCourse: false });
    expect(await credited()).toBe(8);
  });

  it('refuses to edit hours that came from a course', async () => {
    const worker = await newWorker();
    const course = (
      await nanming.post('/api/v1/courses', {
        regionCode: '520102',
        organiser: '南明区民政局',
        title: '更正测试课程',
        type: 'general',
        hours: 6,
        startsOn: '2026-10-01',
        endsOn: '2026-10-02',
      })
    ).json();
    await nanming.post(`/api/v1/courses/${course.id}/enrolments`, { workerIds: [worker.id] });
    const [enrolment] = (await nanming.get(`/api/v1/courses/${course.id}/enrolments`)).json().items;
    await nanming.post(`/api/v1/enrolments/${enrolment.id}/attendance`, {
      version: 1,
      status: 'completed',
    });
    const [entry] = (await nanming.get(`/api/v1/workers/${worker.id}`)).json().credits;
    expect(entry).toMatchObject({ fromCourse: true, hours: 6 });
    const refused = await nanming.patch(`/api/v1/credit-entries/${entry.id}`, {
      version: 1,
      hours: 60,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe('课程学时由课程考勤生成，请在课程考勤中更正');
  });
});
