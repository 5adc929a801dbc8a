import { leavesOf, partyOf, type IndicatorItem, type ItemMarkRecord } from '@shegong/domain';
import { benchCounty } from './bench-accounts';
import type { Query } from './raw-driver';

/** An evaluator's draft sheet the save scenario writes, with its version now. */
export interface VersionedSheet {
  assignmentId: string;
  version: number;
  /** Two valid sets of the evaluator's marks, saved in turn so that every save changes the sheet. */
  markSets: [ItemMarkRecord[], ItemMarkRecord[]];
  turn: number;
}

/** The evaluator the bench signs in as: a generated one of the bench county's city. */
export interface BenchEvaluator {
  id: string;
  username: string;
  regionCode: string;
}

export interface EvaluationFixtures {
  evaluator: BenchEvaluator | null;
  /** The evaluator's draft sheets on open rounds (the scoring form's save). */
  sheets: VersionedSheet[];
  /** The bench county when it has final rounds (its officer's grade distribution). */
  county: string | null;
}

/** A mark on every evaluator's item: the top level and every part, or the next level and none. */
function markSet(items: readonly IndicatorItem[], high: boolean): ItemMarkRecord[] {
  return leavesOf(items)
    .filter((item) => partyOf(item) === 'third_party')
    .map((item) =>
      item.scoringType === 'graded'
        ? { key: item.key, checkedParts: [], level: item.levels[high ? 0 : 1]!.label }
        : { key: item.key, checkedParts: high ? item.parts.map((_, i) => i) : [], level: null },
    )
    .map((mark) => ({ ...mark, note: '', evidence: [] }));
}

export async function readEvaluationFixtures(query: Query): Promise<EvaluationFixtures> {
  const [evaluator] = await query(
    `select acc.id, acc.username, acc.region_code, count(*)::int as n
     from evaluation_assignment a
     join evaluation_round r on r.id = a.round_id
     join evaluation_sheet s on s.assignment_id = a.id
     join account acc on acc.id = a.account_id
     where acc.region_code = $1 and acc.status = 'active' and r.status = 'open'
       and a.status in ('cleared', 'waived') and s.status = 'draft'
     group by acc.id order by n desc, acc.username limit 1`,
    [benchCounty.slice(0, 4)],
  );
  const sheets = evaluator
    ? (
        await query(
          `select a.id, s.version, r.items from evaluation_assignment a
           join evaluation_round r on r.id = a.round_id
           join evaluation_sheet s on s.assignment_id = a.id
           where a.account_id = $1 and r.status = 'open' and a.status in ('cleared', 'waived')
             and s.status = 'draft' order by a.id limit 16`,
          [evaluator.id],
        )
      ).map((r) => {
        const items = r.items as IndicatorItem[];
        return {
          assignmentId: String(r.id),
          version: Number(r.version),
          markSets: [markSet(items, true), markSet(items, false)] as VersionedSheet['markSets'],
          turn: 0,
        };
      })
    : [];
  const [final] = await query(
    `select 1 from evaluation_round where region_code like $1 and status = 'final' limit 1`,
    [`${benchCounty}%`],
  );
  return {
    evaluator: evaluator
      ? {
          id: String(evaluator.id),
          username: String(evaluator.username),
          regionCode: String(evaluator.region_code),
        }
      : null,
    sheets,
    county: final ? benchCounty : null,
  };
}
