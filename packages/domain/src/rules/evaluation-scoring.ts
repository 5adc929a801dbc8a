import type { LocalizedText } from '../i18n/language';
import type { IndicatorItem, ScoringParty } from '../contracts/indicators/indicators';
import { evaluationGrades, type EvaluationGrade } from '../contracts/evaluations/evaluation-enums';

/**
 * 评分: how a round's score comes from its sheets — never typed. An item is marked by the party
 * the indicator names: a 组合分 item by the checklist parts found, a 程度分 item by one of its
 * anchored levels; the score follows from the mark. Several sheets of one party (two evaluators)
 * give the item their mean.
 */
export interface ItemMark {
  key: string;
  /** 组合分: the indexes of the parts found. */
  checkedParts: readonly number[];
  /** 程度分: the label of the level given. */
  level: string | null;
}

export interface MarkProblem {
  field: string;
  message: LocalizedText;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The items that are scored: those no other item names as its parent. */
export function leavesOf(items: readonly IndicatorItem[]): IndicatorItem[] {
  const parents = new Set(items.map((i) => i.parentKey).filter((k): k is string => k !== null));
  return items.filter((i) => !parents.has(i.key));
}

export const partyOf = (item: IndicatorItem): ScoringParty => item.scoringParty ?? 'third_party';

/** The points a mark gives its item; null when the item is not marked. */
export function markScore(item: IndicatorItem, mark: ItemMark | undefined): number | null {
  if (!mark) return null;
  if (item.scoringType === 'graded') {
    const level = item.levels.find((l) => l.label === mark.level);
    return level ? round2(((item.points ?? 0) * level.sharePercent) / 100) : null;
  }
  return round2(mark.checkedParts.reduce((sum, i) => sum + (item.parts[i]?.points ?? 0), 0));
}

/**
 * What is wrong with a party's marks on a round's items, by field (`marks.2.level`). A sheet to
 * submit (`complete`) marks every item of its party.
 */
export function markProblems(
  items: readonly IndicatorItem[],
  party: ScoringParty,
  marks: readonly ItemMark[],
  { complete }: { complete: boolean },
): MarkProblem[] {
  const problems: MarkProblem[] = [];
  const leaves = new Map(leavesOf(items).map((item) => [item.key, item]));
  const seen = new Set<string>();
  marks.forEach((mark, i) => {
    const item = leaves.get(mark.key);
    const at = (field: string, zh: string, en: string) =>
      problems.push({ field: `marks.${i}.${field}`, message: { 'zh-CN': zh, 'en-US': en } });
    if (!item)
      return at('key', `第 ${i + 1} 项不是本模板的评分指标`, `Mark ${i + 1} names no scored item`);
    if (seen.has(mark.key))
      return at('key', `「${item.name}」评了两次`, `“${item.name}” is marked twice`);
    seen.add(mark.key);
    if (partyOf(item) !== party)
      return at('key', `「${item.name}」不由本方评分`, `“${item.name}” is scored by another party`);
    if (item.scoringType === 'graded') {
      if (mark.checkedParts.length > 0)
        at(
          'checkedParts',
          `「${item.name}」是程度分，请选择等级`,
          `“${item.name}” is graded: choose a level`,
        );
      if (!item.levels.some((l) => l.label === mark.level))
        at(
          'level',
          `「${item.name}」的等级须为 ${item.levels.map((l) => l.label).join('、')} 之一`,
          `“${item.name}” takes one of the levels ${item.levels.map((l) => l.label).join(', ')}`,
        );
    } else {
      if (mark.level !== null)
        at(
          'level',
          `「${item.name}」是组合分，请勾选评分要点`,
          `“${item.name}” is a checklist: tick its parts`,
        );
      const valid = mark.checkedParts.every(
        (p) => Number.isInteger(p) && p >= 0 && p < item.parts.length,
      );
      if (!valid || new Set(mark.checkedParts).size !== mark.checkedParts.length)
        at(
          'checkedParts',
          `「${item.name}」的评分要点只有 ${item.parts.length} 项，不能重复`,
          `“${item.name}” has ${item.parts.length} parts, each ticked once`,
        );
    }
  });
  if (complete)
    [...leaves.values()]
      .filter((item) => partyOf(item) === party && !seen.has(item.key))
      .forEach((item) =>
        problems.push({
          field: 'marks',
          message: {
            'zh-CN': `「${item.name}」尚未评分，评分表不完整`,
            'en-US': `“${item.name}” is not scored: the sheet is incomplete`,
          },
        }),
      );
  return problems;
}

/** The level-1 indicator each scored item lies under. */
function dimensionsOfLeaves(items: readonly IndicatorItem[]): Map<string, IndicatorItem> {
  const byKey = new Map(items.map((i) => [i.key, i]));
  return new Map(
    leavesOf(items).map((leaf) => {
      let at = leaf;
      while (at.parentKey !== null && byKey.has(at.parentKey)) at = byKey.get(at.parentKey)!;
      return [leaf.key, at];
    }),
  );
}

/**
 * How much one point of a leaf counts in the total: a level-1 indicator keeps its points (its
 * weight) and the leaves under it share them in proportion to theirs.
 */
function leafFactors(items: readonly IndicatorItem[]): Map<string, number> {
  const dimensions = dimensionsOfLeaves(items);
  const leafPoints = new Map<string, number>();
  for (const leaf of leavesOf(items)) {
    const dimension = dimensions.get(leaf.key)!.key;
    leafPoints.set(dimension, (leafPoints.get(dimension) ?? 0) + (leaf.points ?? 0));
  }
  return new Map(
    leavesOf(items).map((leaf) => {
      const dimension = dimensions.get(leaf.key)!;
      const sum = leafPoints.get(dimension.key) ?? 0;
      return [leaf.key, sum > 0 ? (dimension.points ?? 0) / sum : 0];
    }),
  );
}

export type PartyWeights = Partial<Record<ScoringParty, number>>;

/** Each party's share of the total as the template weighs it: the round's default weights. */
export function templateWeights(items: readonly IndicatorItem[]): PartyWeights {
  const factors = leafFactors(items);
  const exact = new Map<ScoringParty, number>();
  for (const leaf of leavesOf(items)) {
    const party = partyOf(leaf);
    exact.set(party, (exact.get(party) ?? 0) + (leaf.points ?? 0) * factors.get(leaf.key)!);
  }
  const weights: PartyWeights = {};
  for (const [party, weight] of exact) weights[party] = round2(weight);
  // Rounded each, the shares may miss the whole by a cent: the largest share takes the remainder.
  const whole = round2([...exact.values()].reduce((a, b) => a + b, 0));
  const sum = Object.values(weights).reduce((a, b) => a + b, 0);
  const largest = [...exact.entries()].sort((a, b) => b[1] - a[1])[0];
  if (largest) weights[largest[0]] = round2(weights[largest[0]]! + whole - sum);
  return weights;
}

/** Weights a round may use: every party that scores has one, none that does not, summing to 100. */
export function weightProblems(
  items: readonly IndicatorItem[],
  weights: PartyWeights,
): MarkProblem[] {
  const scoring = new Set(leavesOf(items).map(partyOf));
  const problems: MarkProblem[] = [];
  for (const [party, weight] of Object.entries(weights) as [ScoringParty, number][])
    if (!scoring.has(party) && weight > 0)
      problems.push({
        field: `partyWeights.${party}`,
        message: {
          'zh-CN': '该模板没有由这一方评分的指标，权重须为 0',
          'en-US': 'No item of the template is scored by this party: its weight must be 0',
        },
      });
  for (const party of scoring)
    if (!((weights[party] ?? 0) > 0))
      problems.push({
        field: `partyWeights.${party}`,
        message: { 'zh-CN': '评分方的权重须大于 0', 'en-US': 'A scoring party needs a weight' },
      });
  const sum = round2(Object.values(weights).reduce((a, b) => a + (b ?? 0), 0));
  if (Math.abs(sum - 100) >= 0.005)
    problems.push({
      field: 'partyWeights',
      message: {
        'zh-CN': `各评分方权重合计须为 100（现为 ${sum}）`,
        'en-US': `The parties' weights must sum to 100 (now ${sum})`,
      },
    });
  return problems;
}

export function gradeOf(total: number): EvaluationGrade {
  return evaluationGrades.find((g) => total >= g.minimum)!.code;
}

export interface ScoredSheet {
  party: ScoringParty;
  marks: readonly ItemMark[];
}

export interface RoundResult {
  /** Each scored item: the mean of its party's sheets; null while none has marked it. */
  items: { key: string; points: number; score: number | null }[];
  /** Each level-1 indicator: its points and its score. */
  dimensions: { key: string; name: string; points: number; score: number | null }[];
  /** Each scoring party's score out of 100 and its weight. */
  parties: { party: ScoringParty; weight: number; score: number | null }[];
  /** The weighted total and its grade; null while an item is unscored. */
  total: number | null;
  grade: EvaluationGrade | null;
}

/** The result of a round from its submitted sheets and the parties' weights. */
export function roundResult(
  items: readonly IndicatorItem[],
  sheets: readonly ScoredSheet[],
  weights: PartyWeights,
): RoundResult {
  const factors = leafFactors(items);
  const dimensionOf = dimensionsOfLeaves(items);
  const leaves = leavesOf(items);
  const scores = new Map<string, number | null>();
  for (const leaf of leaves) {
    const marks = sheets
      .filter((s) => s.party === partyOf(leaf))
      .map((s) =>
        markScore(
          leaf,
          s.marks.find((m) => m.key === leaf.key),
        ),
      )
      .filter((s): s is number => s !== null);
    scores.set(leaf.key, marks.length ? marks.reduce((a, b) => a + b, 0) / marks.length : null);
  }
  const complete = [...scores.values()].every((s) => s !== null);
  const weighted = (list: readonly IndicatorItem[], value: (leaf: IndicatorItem) => number) =>
    list.reduce((sum, leaf) => sum + value(leaf) * factors.get(leaf.key)!, 0);
  const sums = [...new Set(leaves.map(partyOf))].map((party) => {
    const own = leaves.filter((l) => partyOf(l) === party);
    const scored = own.every((l) => scores.get(l.key) !== null);
    return {
      party,
      weight: weights[party] ?? 0,
      max: weighted(own, (l) => l.points ?? 0),
      got: scored ? weighted(own, (l) => scores.get(l.key)!) : null,
    };
  });
  const parties = sums.map(({ party, weight, max, got }) => ({
    party,
    weight,
    score: got === null || max === 0 ? null : round2((got / max) * 100),
  }));
  const exact = complete
    ? sums.reduce((sum, p) => sum + (p.max === 0 ? 0 : (p.weight * p.got!) / p.max), 0)
    : null;
  const total = exact === null ? null : round2(exact);
  const dimensions = items
    .filter((i) => i.level === 1)
    .map((dimension) => {
      const own = leaves.filter((l) => dimensionOf.get(l.key)!.key === dimension.key);
      const scored = own.every((l) => scores.get(l.key) !== null);
      return {
        key: dimension.key,
        name: dimension.name,
        points: dimension.points ?? 0,
        score: scored ? round2(weighted(own, (l) => scores.get(l.key)!)) : null,
      };
    });
  return {
    items: leaves.map((l) => {
      const score = scores.get(l.key)!;
      return { key: l.key, points: l.points ?? 0, score: score === null ? null : round2(score) };
    }),
    dimensions,
    parties,
    total,
    grade: total === null ? null : gradeOf(total),
  };
}
