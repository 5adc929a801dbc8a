import type { IndicatorItem } from '../contracts/indicators/indicators';
import type { IndicatorPeriod } from '../contracts/contracts/indicators';
import { leavesOf } from './evaluation-scoring';

/** A contract's own indicator (服务产出指标) as a round scores it: what was agreed. */
export interface AgreedIndicator {
  id: string;
  name: string;
  level: number;
  unit: string;
  period: IndicatorPeriod;
}

/**
 * The key of a contract indicator's item on a round: `out.` and its place among the contract's
 * indicators (`out.1` for the first), short like the template's keys that the pages show.
 */
export const contractOutputKey = (position: number) => `out.${position + 1}`;
/** Whether an item of a round is one of the contract's indicators. */
export const isContractOutput = (key: string) => /^out\.\d+$/.test(key);

/** The key of the 产出 group a round adds when its template has no 产出 item. */
const addedGroupKey = 'out';
/** The share of the dimension's leaf points that such an added group takes. */
const addedGroupShare = 0.5;

const round2 = (n: number) => Math.round(n * 100) / 100;
const periodWord: Record<IndicatorPeriod, string> = {
  term: '合同期',
  year: '年',
  quarter: '季度',
  month: '月',
};

/** The agreed level as people write it: 40 个/年. */
export function agreedLevelText(indicator: Omit<AgreedIndicator, 'id' | 'name'>): string {
  const period = indicator.period === 'term' ? '合同期内' : `每${periodWord[indicator.period]}`;
  return `${period} ${indicator.level}${indicator.unit ? ` ${indicator.unit}` : ''}`;
}

/** One scored item of a contract indicator: graded on how much of the agreed level was reached. */
function outputItem(
  indicator: AgreedIndicator,
  position: number,
  parentKey: string,
  level: number,
  points: number,
): IndicatorItem {
  const agreed = agreedLevelText(indicator);
  const reached = (share: number) =>
    `完成约定水平的 ${share}% 以上（${round2((indicator.level * share) / 100)}${indicator.unit}）`;
  return {
    key: contractOutputKey(position),
    parentKey,
    level,
    name: `${indicator.name}（约定${agreed}）`.slice(0, 200),
    points,
    scoringType: 'graded',
    parts: [],
    levels: [
      { label: '完成', sharePercent: 100, description: `达到或超过约定水平（${agreed}）` },
      { label: '基本完成', sharePercent: 80, description: reached(80) },
      { label: '部分完成', sharePercent: 60, description: reached(60) },
      { label: '未完成', sharePercent: 0, description: '完成不足约定水平的 60%' },
    ],
    criteria: `合同约定：${indicator.name} ${agreed}。按承接机构阶段报告中该指标的完成数（由服务记录统计）评定完成程度`,
    evidence: '阶段报告中该指标的完成数、服务记录统计（评分依据选「服务产出」）',
    scoringParty: 'third_party',
  };
}

/**
 * The items a round on a contract scores: the template's, with the contract's own indicators
 * (agreed levels) as 产出 items, one per indicator, scored by the third party. They take the
 * place of the template's 产出 item — the first item below level 1 whose name has 产出 (in the
 * province's general template 服务成效 › 产出完成): a leaf is replaced by them, a group keeps its
 * place and its leaves are — and they share the points of what they replace equally. A template
 * without such an item gets a group 产出（合同约定指标） in the level-1 indicator whose name has 成效
 * (else the one with the most points), its items taking half of that dimension's leaf points.
 * Either way the level-1 points, and so the weights summing to 100, are the template's.
 */
export function withContractOutputs(
  items: readonly IndicatorItem[],
  indicators: readonly AgreedIndicator[],
): IndicatorItem[] {
  if (indicators.length === 0) return [...items];
  const leaves = new Set(leavesOf(items).map((i) => i.key));
  const descendantsOf = (key: string): Set<string> => {
    const found = new Set<string>();
    let added = true;
    while (added) {
      added = false;
      for (const item of items)
        if (
          item.parentKey !== null &&
          (item.parentKey === key || found.has(item.parentKey)) &&
          !found.has(item.key)
        ) {
          found.add(item.key);
          added = true;
        }
    }
    return found;
  };
  /** Equal shares of `total`, the last taking the rounding's remainder, so they sum to it. */
  const shares = (total: number) => {
    const each = Math.floor((total / indicators.length) * 100) / 100;
    return indicators.map((_, i) =>
      i < indicators.length - 1 ? each : round2(total - each * (indicators.length - 1)),
    );
  };
  const place = items.find((i) => i.level > 1 && i.name.includes('产出'));
  if (place && leaves.has(place.key)) {
    const points = shares(place.points ?? 0);
    return items.flatMap((item) =>
      item.key === place.key
        ? indicators.map((ind, i) => outputItem(ind, i, place.parentKey!, place.level, points[i]!))
        : [item],
    );
  }
  if (place && place.level < 3) {
    const below = descendantsOf(place.key);
    const total = items
      .filter((i) => below.has(i.key) && leaves.has(i.key))
      .reduce((sum, i) => sum + (i.points ?? 0), 0);
    const points = shares(total);
    return items
      .filter((i) => !below.has(i.key))
      .flatMap((item) =>
        item.key === place.key
          ? [
              item,
              ...indicators.map((ind, i) =>
                outputItem(ind, i, place.key, place.level + 1, points[i]!),
              ),
            ]
          : [item],
      );
  }
  const dimensions = items.filter((i) => i.level === 1);
  const dimension =
    dimensions.find((d) => d.name.includes('成效')) ??
    [...dimensions].sort((a, b) => (b.points ?? 0) - (a.points ?? 0))[0];
  if (!dimension) return [...items];
  const below = descendantsOf(dimension.key);
  const leafPoints = items
    .filter((i) => below.has(i.key) && leaves.has(i.key))
    .reduce((sum, i) => sum + (i.points ?? 0), 0);
  const total = leafPoints > 0 ? leafPoints * addedGroupShare : (dimension.points ?? 0);
  const group: IndicatorItem = {
    key: addedGroupKey,
    parentKey: dimension.key,
    level: 2,
    name: '产出（合同约定指标）',
    points: null,
    scoringType: null,
    parts: [],
    levels: [],
    criteria: '',
    evidence: '',
    scoringParty: null,
  };
  const added = [
    group,
    ...shares(total).map((points, i) => outputItem(indicators[i]!, i, addedGroupKey, 3, points)),
  ];
  const last = items.reduce(
    (at, item, i) => (item.key === dimension.key || below.has(item.key) ? i : at),
    -1,
  );
  return [...items.slice(0, last + 1), ...added, ...items.slice(last + 1)];
}
