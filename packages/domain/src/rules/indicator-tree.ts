import type { LocalizedText } from '../i18n/language';
import type { IndicatorItem } from '../contracts/indicators/indicators';

/** What is wrong with an indicator tree, by field (`items`, `items.3.points`…). */
export interface IndicatorProblem {
  field: string;
  message: LocalizedText;
}

const round = (n: number) => Math.round(n * 100) / 100;
const sameNumber = (a: number, b: number) => Math.abs(a - b) < 0.005;

/**
 * The problems of an indicator tree (a flat list in display order). A draft being built is
 * checked for its shape (`complete: false`); a version to publish also for being whole: at least
 * one level-1, each with items below it, the level-1 points summing to 100.
 */
export function indicatorTreeProblems(
  items: readonly IndicatorItem[],
  { complete }: { complete: boolean },
): IndicatorProblem[] {
  const problems: IndicatorProblem[] = [];
  const at = (i: number, field: string, message: LocalizedText) =>
    problems.push({ field: `items.${i}.${field}`, message });
  const row = (i: number, item: IndicatorItem) => ({
    zh: `第 ${i + 1} 行「${item.name}」`,
    en: `Row ${i + 1} (${item.name})`,
  });
  const byKey = new Map<string, { item: IndicatorItem; index: number }>();
  const children = new Map<string, IndicatorItem[]>();
  items.forEach((item, i) => {
    if (byKey.has(item.key))
      at(i, 'key', {
        'zh-CN': `${row(i, item).zh}的编号 ${item.key} 与前面的指标重复`,
        'en-US': `${row(i, item).en}: the key ${item.key} is used above`,
      });
    if (item.level === 1) {
      if (item.parentKey !== null)
        at(i, 'parentKey', {
          'zh-CN': `${row(i, item).zh}是一级指标，不能有上级指标`,
          'en-US': `${row(i, item).en} is a level-1 indicator and has no parent`,
        });
    } else {
      const parent = item.parentKey === null ? undefined : byKey.get(item.parentKey);
      if (!parent || parent.item.level !== item.level - 1)
        at(i, 'parentKey', {
          'zh-CN': `${row(i, item).zh}是${item.level === 2 ? '二' : '三'}级指标，须排在一个${item.level === 2 ? '一' : '二'}级指标之下`,
          'en-US': `${row(i, item).en} is a level-${item.level} indicator and must follow a level-${item.level - 1} one it belongs to`,
        });
      else children.set(parent.item.key, [...(children.get(parent.item.key) ?? []), item]);
    }
    if (!byKey.has(item.key)) byKey.set(item.key, { item, index: i });
  });

  items.forEach((item, i) => {
    const isLeaf = !children.has(item.key);
    const r = row(i, item);
    if (item.level === 1) {
      if (item.points === null || item.points <= 0)
        at(i, 'points', {
          'zh-CN': `${r.zh}须填写分值（一级指标的分值合计为 100）`,
          'en-US': `${r.en} needs its points (level-1 points sum to 100)`,
        });
      if (complete && isLeaf)
        at(i, 'key', {
          'zh-CN': `${r.zh}下还没有二级指标`,
          'en-US': `${r.en} has no level-2 indicators yet`,
        });
      return;
    }
    if (!isLeaf) {
      if (item.points !== null || item.scoringType !== null)
        at(i, 'points', {
          'zh-CN': `${r.zh}有下级指标，分值和计分方式写在下级指标上`,
          'en-US': `${r.en} has indicators below it: points and scoring belong to those`,
        });
      return;
    }
    if (item.points === null || item.points <= 0)
      at(i, 'points', {
        'zh-CN': `${r.zh}须填写大于 0 的分值`,
        'en-US': `${r.en} needs points above 0`,
      });
    if (item.scoringParty === null)
      at(i, 'scoringParty', {
        'zh-CN': `${r.zh}须选择评分主体`,
        'en-US': `${r.en} needs the party that scores it`,
      });
    if (item.scoringType === null) {
      at(i, 'scoringType', {
        'zh-CN': `${r.zh}须选择计分方式（组合分或程度分）`,
        'en-US': `${r.en} needs a scoring type (checklist or graded)`,
      });
      return;
    }
    if (item.scoringType === 'combined') {
      const sum = round(item.parts.reduce((total, part) => total + part.points, 0));
      if (item.parts.length === 0)
        at(i, 'parts', {
          'zh-CN': `${r.zh}是组合分，须列出计分项`,
          'en-US': `${r.en} is a checklist and needs its parts`,
        });
      else if (item.points !== null && !sameNumber(sum, item.points))
        at(i, 'parts', {
          'zh-CN': `${r.zh}各计分项合计 ${sum} 分，应等于该指标的 ${item.points} 分`,
          'en-US': `${r.en}: the parts sum to ${sum}, not the item's ${item.points} points`,
        });
      if (item.levels.length > 0)
        at(i, 'levels', {
          'zh-CN': `${r.zh}是组合分，不设等级`,
          'en-US': `${r.en} is a checklist and has no levels`,
        });
    } else {
      const shares = item.levels.map((level) => level.sharePercent);
      if (item.levels.length < 2)
        at(i, 'levels', {
          'zh-CN': `${r.zh}是程度分，须至少设两个等级（如 优/良/中/差）`,
          'en-US': `${r.en} is graded and needs at least two levels`,
        });
      else if (shares[0] !== 100 || shares.some((s, k) => k > 0 && s >= shares[k - 1]!))
        at(i, 'levels', {
          'zh-CN': `${r.zh}的等级须从 100% 起依次递减（如 100%、80%、60%、0%）`,
          'en-US': `${r.en}: levels start at 100% and decrease`,
        });
      else if (new Set(item.levels.map((level) => level.label)).size !== item.levels.length)
        at(i, 'levels', {
          'zh-CN': `${r.zh}的等级名称重复`,
          'en-US': `${r.en}: two levels share a name`,
        });
      if (item.parts.length > 0)
        at(i, 'parts', {
          'zh-CN': `${r.zh}是程度分，不设计分项`,
          'en-US': `${r.en} is graded and has no checklist parts`,
        });
    }
  });

  if (complete) {
    const top = items.filter((item) => item.level === 1);
    const sum = round(top.reduce((total, item) => total + (item.points ?? 0), 0));
    if (top.length === 0)
      problems.push({
        field: 'items',
        message: { 'zh-CN': '指标体系还没有一级指标', 'en-US': 'There are no level-1 indicators' },
      });
    else if (!sameNumber(sum, 100))
      problems.push({
        field: 'items',
        message: {
          'zh-CN': `一级指标分值合计须为 100 分（现为 ${sum} 分：${top.map((t) => `${t.name} ${t.points ?? 0}`).join('、')}）`,
          'en-US': `Level-1 points must sum to 100 (they sum to ${sum})`,
        },
      });
  }
  return problems;
}

const sameItem = (a: IndicatorItem, b: IndicatorItem) =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * A template that extends another (a city's on the province's) adds items and may not change or
 * drop the parent's: each of the parent's items is there, the same, under the same parent.
 */
export function extensionProblems(
  parentItems: readonly IndicatorItem[],
  items: readonly IndicatorItem[],
): IndicatorProblem[] {
  const byKey = new Map(items.map((item, index) => [item.key, { item, index }]));
  const problems: IndicatorProblem[] = [];
  for (const parent of parentItems) {
    const own = byKey.get(parent.key);
    if (!own)
      problems.push({
        field: 'items',
        message: {
          'zh-CN': `不能删除上级模板的指标「${parent.name}」（编号 ${parent.key}）`,
          'en-US': `The parent template's indicator “${parent.name}” (${parent.key}) cannot be dropped`,
        },
      });
    else if (!sameItem(own.item, parent))
      problems.push({
        field: `items.${own.index}`,
        message: {
          'zh-CN': `第 ${own.index + 1} 行「${parent.name}」来自上级模板，不能修改（可在其下增加指标）`,
          'en-US': `Row ${own.index + 1} (${parent.name}) comes from the parent template and cannot be changed (add items below it)`,
        },
      });
  }
  return problems;
}

/** The fields of an item in one order, so that two items compare by their JSON. */
function canonical(item: IndicatorItem): IndicatorItem {
  return {
    key: item.key,
    parentKey: item.parentKey,
    level: item.level,
    name: item.name,
    points: item.points,
    scoringType: item.scoringType,
    parts: item.parts.map((p) => ({ text: p.text, points: p.points })),
    levels: item.levels.map((l) => ({
      label: l.label,
      sharePercent: l.sharePercent,
      description: l.description,
    })),
    criteria: item.criteria,
    evidence: item.evidence,
    scoringParty: item.scoringParty,
  };
}
