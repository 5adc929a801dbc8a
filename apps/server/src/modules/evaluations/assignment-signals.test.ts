import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  openFinal,
  withEvaluators,
  type EvaluationTeam,
  type OpenRound,
} from '../../../test/evaluation-world';
import { organisationInput, workerInput } from '../../../test/fixtures';
import { statementsOf } from '../../../test/statements';
import { queryRows } from '../../db/connection';
import { createTestApp, type TestApp, type TestClient } from '../../../test/test-app';

// Moves on between the rounds: the previous round is the one created before.
let now = new Date('2026-07-06T10:00:00+08:00');
const today = '2026-07-06';
let t: TestApp;
let nanming: TestClient;
let security: TestClient;
let team: EvaluationTeam;
let provider: string;
/** An agency that scored no round: its evaluators' signals come from their careers alone. */
let agencyC: string;
let round: OpenRound;

interface Signal {
  kind: string;
  message: { 'zh-CN': string; 'en-US': string };
}
interface Candidate {
  accountId: string;
  name: string;
  signals: Signal[];
}

const sessionOf = async (client: TestClient) =>
  (await client.strict().get('/api/v1/auth/session')).json().account as { id: string };

async function candidate(name: string): Promise<Candidate> {
  const { items } = (
    await nanming.strict().get(`/api/v1/evaluation-rounds/${round.id}/candidates`)
  ).json();
  return items.find((c: Candidate) => c.name === name);
}

let workerNo = 0;
/**
 * An evaluator of agency C linked (by the security administrator, on the account) to a worker of
 * the registry whose careers are `jobs` at the provider: [started, ended or null].
 */
async function evaluatorWho(username: string, jobs: [string, string | null][]) {
  workerNo += 1;
  const worker = (
    await nanming.strict().post('/api/v1/workers', workerInput(940 + workerNo))
  ).json();
  for (const [startedOn, endedOn] of jobs) {
    const job = (
      await nanming.strict().post(`/api/v1/workers/${worker.id}/employments`, {
        employerKind: 'organisation',
        organisationId: provider,
        employerName: round.providerName,
        postType: 'organisation',
        startedOn,
      })
    ).json();
    if (endedOn)
      await nanming.strict().post(`/api/v1/employments/${job.id}/end`, {
        version: job.version,
        endedOn,
        leavingReason: '转入评估机构',
      });
  }
  const account = await sessionOf(
    await t.accountWith({
      username,
      roles: ['evaluator'],
      regionCode: '5201',
      organisationId: agencyC,
    }),
  );
  await security.strict().put(`/api/v1/accounts/${account.id}/access`, {
    version: (await security.strict().get(`/api/v1/accounts/${account.id}`)).json().version,
    roles: ['evaluator'],
    regionCode: '5201',
    organisationId: agencyC,
    workerId: worker.id,
  });
  return account;
}

beforeAll(async () => {
  t = await createTestApp({ clock: () => now });
  const [colleague, jigou, pinggu] = await Promise.all([
    t.signIn('nanming2'),
    t.signIn('jigou'),
    t.signIn('pinggu'),
  ]);
  nanming = await t.signIn('nanming');
  security = await t.signIn('security');
  team = { officer: nanming, colleague, provider: jigou, evaluators: [pinggu] };
  const providerAdmin = await sessionOf(jigou);
  provider = (await security.strict().get(`/api/v1/accounts/${providerAdmin.id}`)).json()
    .organisationId;
  agencyC = (
    await nanming.strict().post('/api/v1/organisations', organisationInput('520102', 770001))
  ).json().id;

  // The provider's previous round, scored by agency A (韦评) — organised, as far as the data
  // says, by 云岩区: the purchase world buys in 南明区 only, so the round is moved there.
  const previous = (await openFinal(team, today)).round;
  await withEvaluators(team, previous);
  await t.database.drizzle.execute(
    sql`update evaluation_round set region_code = '520103' where id = ${previous.id}`,
  );
  await t.database.drizzle.execute(
    sql`update evaluation_assignment set region_code = '520103' where round_id = ${previous.id}`,
  );
  expect((await nanming.get(`/api/v1/evaluation-rounds/${previous.id}`)).statusCode).toBe(404);

  now = new Date('2026-07-06T10:01:00+08:00');
  round = (await openFinal(team, today)).round;
}, 180_000);
afterAll(() => t.close());

describe('conflict signals from the talent registry (从业经历)', () => {
  it('flags an evaluator who works for the provider today, and the assignment keeps it', async () => {
    const account = await evaluatorWho('signals.current', [['2025-03-01', null]]);
    const found = await candidate('signals.current');
    expect(found.signals).toEqual([
      {
        kind: 'employed_by_provider',
        message: {
          'zh-CN': expect.stringContaining('现就职于承接机构'),
          'en-US': expect.stringContaining('(since 2025-03-01)'),
        },
      },
    ]);
    expect(found.signals[0]!.message['zh-CN']).toContain('（2025-03-01 起）');
    const assignment = (
      await nanming.strict().post(`/api/v1/evaluation-rounds/${round.id}/assignments`, {
        accountId: account.id,
      })
    ).json();
    expect(assignment.signals.map((s: Signal) => s.kind)).toEqual(['employed_by_provider']);
  });

  it('flags a job with the provider that ended within three years, with its dates', async () => {
    await evaluatorWho('signals.recent', [['2020-03-01', '2024-07-01']]);
    const found = await candidate('signals.recent');
    expect(found.signals.map((s) => s.kind)).toEqual(['recently_employed']);
    expect(found.signals[0]!.message['zh-CN']).toContain('（2020-03-01 至 2024-07-01）');
    expect(found.signals[0]!.message['en-US']).toContain('(2020-03-01 to 2024-07-01)');
  });

  it('does not flag a job that ended more than three years ago', async () => {
    await evaluatorWho('signals.old', [['2017-09-01', '2022-06-30']]);
    expect((await candidate('signals.old')).signals).toEqual([]);
  });

  it('without a linked worker gives the agency’s signals alone — here the previous round, organised in another county', async () => {
    const found = await candidate('韦评（评估人员）');
    expect(found.signals.map((s) => s.kind)).toEqual(['agency_last_round']);
    expect(found.signals[0]!.message['zh-CN']).toBe(
      '所属评估机构在上一轮（2026 终期评估）已评估同一承接机构',
    );
    expect((await candidate('罗估（评估人员）')).signals).toEqual([]);
  });
});

const onPostgres = process.env.TEST_DATABASE_URL ? it : it.skip;

describe('the candidates’ statements (PostgreSQL)', () => {
  onPostgres('reads the careers of every evaluator of the call in one query', async () => {
    await evaluatorWho('signals.batch', [['2024-01-01', null]]);
    const sent = await statementsOf(() => candidate('signals.batch'));
    const [linked] = await queryRows<{ n: number }>(
      t.database.drizzle,
      sql`select count(*)::int as n from account where worker_id is not null`,
    );
    expect(linked!.n).toBeGreaterThan(1);
    expect(sent.filter((s) => /from "employment"/.test(s))).toHaveLength(1);
  });
});
