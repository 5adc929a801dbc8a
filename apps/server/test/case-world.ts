import { assessmentForms } from '@shegong/domain';
import { expect } from 'vitest';
import { residentIdFor } from './fixtures';
import type { TestClient } from './test-app';

/** Who opens the cases and where: read when a case is opened (set in `beforeAll`). */
export interface CaseTeamOf {
  worker: TestClient;
  stationId: string;
  workerId: string;
  supervisorId: string;
}

/**
 * Cases of clients of the demo township, opened by the team and driven on stage by stage with
 * valid records (the casework tests, and the contracts' outputs that count them). `clock` is the
 * app's: a contact is made an hour before it.
 */
export function caseDriver(
  team: () => CaseTeamOf,
  today: string,
  {
    firstClient = 100,
    clock = () => new Date(),
  }: { firstClient?: number; clock?: () => Date } = {},
) {
  const csi = assessmentForms.find((f) => f.code === 'csi12')!;
  const assessment = (overrides: Record<string, unknown> = {}) => ({
    formCode: 'csi12',
    assessedOn: today,
    riskLevel: 'high',
    scores: csi.domains.map((d) => ({ domain: d.code, score: 2, reason: '需要持续关注' })),
    ...overrides,
  });
  const notes = '案主诉说与家人争吵的细节（个案内容，不得外泄）';

  let clientNumber = firstClient;
  /** A client of the demo township, served by the demo organisation. */
  async function newClient(overrides: Record<string, unknown> = {}) {
    const n = clientNumber++;
    const created = await team()
      .worker.strict()
      .post('/api/v1/clients', {
        idNumber: residentIdFor(n, '19700101'),
        name: `个案对象${n}`,
        sex: n % 2 === 1 ? 'male' : 'female',
        regionCode: '520102016001',
        populationGroups: ['elderly', 'families_in_difficulty'],
        riskLevel: 'medium',
        consent: { givenBy: 'self', givenOn: today },
        ...overrides,
      });
    return created.json() as { id: string; name: string };
  }

  async function openCase(overrides: Record<string, unknown> = {}) {
    const client = await newClient();
    const { worker, stationId, workerId, supervisorId } = team();
    const opened = await worker.post('/api/v1/cases', {
      clientId: client.id,
      stationId,
      workerIds: [workerId],
      supervisorId,
      ...overrides,
    });
    expect(opened.statusCode, opened.body).toBe(201);
    return { client, file: opened.json() };
  }

  /** Drives a case on, stage by stage, with valid records; answers the file as it stands. */
  async function driveTo(stage: string) {
    const { client, file } = await openCase();
    const w = team().worker.strict();
    const id = file.id;
    let now = (
      await w.put(`/api/v1/cases/${id}/intake`, {
        decision: 'accepted',
        intakeOn: today,
        source: 'self',
        presentingProblem: '独居老人，家庭关系紧张',
        version: file.version,
      })
    ).json();
    const order = ['assessment', 'planning', 'intervention', 'evaluation'];
    for (const next of order) {
      if (order.indexOf(next) > order.indexOf(stage)) break;
      now = (
        await w.post(`/api/v1/cases/${id}/advance`, { to: next, version: now.version })
      ).json();
      if (next === 'assessment')
        now = (await w.post(`/api/v1/cases/${id}/assessments`, assessment())).json();
      if (next === 'planning')
        now = (
          await w.post(`/api/v1/cases/${id}/goals`, {
            title: '改善家庭关系',
            domain: 'care',
            tasks: [{ title: '每周家访一次', dueOn: today }],
          })
        ).json();
      if (next === 'intervention')
        now = (
          await w.post(`/api/v1/cases/${id}/contacts`, {
            // An hour ago, but not before the intake's day began (just after midnight it had not).
            occurredAt: new Date(
              Math.max(clock().getTime() - 3600_000, Date.parse(`${today}T00:00:00+08:00`)),
            ).toISOString(),
            durationMinutes: 60,
            medium: 'home_visit',
            content: notes,
          })
        ).json();
      if (next === 'evaluation')
        now = (
          await w.post(`/api/v1/cases/${id}/evaluations`, {
            evaluatedOn: today,
            goals: now.content.goals.map((g: { id: string }) => ({
              goalId: g.id,
              achievement: 'achieved',
            })),
            summary: '家庭关系明显改善',
          })
        ).json();
    }
    return { client, file: now };
  }

  return { assessment, notes, newClient, openCase, driveTo };
}
