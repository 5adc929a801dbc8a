import { expect } from 'vitest';
import type { IndicatorItem } from '@shegong/domain';
import { contractInService, type PurchaseTeam } from './purchase-world';
import type { TestClient } from './test-app';

/** The county's officers and provider, and the demo's two evaluators (评估机构 A and B). */
export interface EvaluationTeam extends PurchaseTeam {
  evaluators: TestClient[];
}

export interface OpenRound {
  id: string;
  indicatorLabel: string;
  version: number;
  items: IndicatorItem[];
  projectTitle: string;
  providerName: string;
}

export const leaves = (items: IndicatorItem[]) =>
  items.filter((i) => !items.some((c) => c.parentKey === i.key));

/** The best mark of an item (every part found, or the top level), or the worst (none, the bottom). */
export const mark = (item: IndicatorItem, best: boolean) =>
  item.scoringType === 'graded'
    ? { key: item.key, level: best ? item.levels[0]!.label : item.levels.at(-1)!.label }
    : { key: item.key, checkedParts: best ? item.parts.map((_, i) => i) : [] };

export const marksOf = (items: IndicatorItem[], party: string, best: boolean) =>
  leaves(items)
    .filter((i) => i.scoringParty === party)
    .map((i) => mark(i, best));

/** A contract in service and its 终期 round, opened by the county officer. */
export async function openFinal(team: PurchaseTeam, today: string) {
  const { contract } = await contractInService(team, { today });
  const response = await team.officer.post('/api/v1/evaluation-rounds', {
    contractId: contract.id,
    kind: 'final',
  });
  expect(response.statusCode, response.body).toBe(201);
  return { contract, round: response.json() as OpenRound };
}

/** Each evaluator assigned and declared free of conflict: their assignment ids, in order. */
export async function withEvaluators(team: EvaluationTeam, round: { id: string }) {
  const ids: string[] = [];
  for (const client of team.evaluators) {
    const me = (await client.strict().get('/api/v1/auth/session')).json();
    const assignment = (
      await team.officer.strict().post(`/api/v1/evaluation-rounds/${round.id}/assignments`, {
        accountId: me.account.id,
      })
    ).json();
    const mine = (await client.strict().get(`/api/v1/my-evaluations/${assignment.id}`)).json();
    await client.strict().post(`/api/v1/my-evaluations/${assignment.id}/declaration`, {
      version: mine.assignment.version,
      conflict: false,
    });
    ids.push(assignment.id);
  }
  return ids;
}

export async function submitOwn(
  client: TestClient,
  assignmentId: string,
  items: IndicatorItem[],
  best: boolean,
) {
  const current = (await client.strict().get(`/api/v1/my-evaluations/${assignmentId}`)).json();
  const saved = (
    await client.strict().put(`/api/v1/my-evaluations/${assignmentId}/sheet`, {
      marks: marksOf(items, 'third_party', best),
      version: current.project.sheet?.version,
    })
  ).json();
  return client.strict().post(`/api/v1/my-evaluations/${assignmentId}/sheet/submit`, {
    version: saved.project.sheet.version,
  });
}

export async function submitOffice(
  officer: TestClient,
  roundId: string,
  party: string,
  items: IndicatorItem[],
  best: boolean,
) {
  const round = (
    await officer.strict().put(`/api/v1/evaluation-rounds/${roundId}/sheets/${party}`, {
      marks: marksOf(items, party, best),
    })
  ).json();
  const sheet = round.sheets.find((s: { party: string }) => s.party === party);
  return (
    await officer.strict().post(`/api/v1/evaluation-rounds/${roundId}/sheets/${party}/submit`, {
      version: sheet.version,
    })
  ).json();
}

/**
 * A round on the station template scored by everyone: the evaluators and the supervising office
 * all best or all worst, the community as given.
 */
export async function scored(
  team: EvaluationTeam,
  round: OpenRound,
  { best, community }: { best: boolean; community: boolean },
) {
  const assigned = await withEvaluators(team, round);
  for (const [i, client] of team.evaluators.entries())
    await submitOwn(client, assigned[i]!, round.items, best);
  await submitOffice(team.officer, round.id, 'supervising_office', round.items, best);
  const after = await submitOffice(team.officer, round.id, 'community', round.items, community);
  return { assigned, round: after };
}

/** The round locked and published: the provider may object until the window closes. */
export async function published(team: EvaluationTeam, round: { id: string; version: number }) {
  let detail = round;
  for (const step of ['lock', 'publish'])
    detail = (
      await team.officer
        .strict()
        .post(`/api/v1/evaluation-rounds/${round.id}/${step}`, { version: detail.version })
    ).json();
  return detail as OpenRound & {
    sheets: { id: string; party: string }[];
    objections: { id: string }[];
  };
}
