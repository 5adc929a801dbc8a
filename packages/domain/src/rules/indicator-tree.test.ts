import { describe, expect, it } from 'vitest';
import { indicatorItemSchema, type IndicatorItemInput } from '../contracts/indicators/indicators';
import { extensionProblems, indicatorTreeProblems } from './indicator-tree';

const items = (list: IndicatorItemInput[]) => list.map((item) => indicatorItemSchema.parse(item));
const tree = items([
  { key: '1', level: 1, name: '项目管理', points: 100 },
  { key: '1.1', parentKey: '1', level: 2, name: '制度' },
  {
    key: '1.1.1',
    parentKey: '1.1',
    level: 3,
    name: '计划',
    points: 10,
    scoringType: 'combined',
    scoringParty: 'third_party',
    parts: [{ text: '有计划', points: 10 }],
  },
]);

describe('indicator trees', () => {
  it('accepts a whole tree and names what a draft lacks', () => {
    expect(indicatorTreeProblems(tree, { complete: true })).toEqual([]);
    const half = items([{ key: '1', level: 1, name: '项目管理', points: 40 }]);
    expect(indicatorTreeProblems(half, { complete: false })).toEqual([]);
    expect(indicatorTreeProblems(half, { complete: true }).map((p) => p.field)).toEqual([
      'items.0.key',
      'items',
    ]);
  });

  it('refuses points on an item with items below it, and a leaf without its scoring', () => {
    const bad = items([
      { key: '1', level: 1, name: '项目管理', points: 100 },
      { key: '1.1', parentKey: '1', level: 2, name: '制度', points: 5 },
      { key: '1.1.1', parentKey: '1.1', level: 3, name: '计划', points: 5 },
    ]);
    expect(indicatorTreeProblems(bad, { complete: false }).map((p) => p.field)).toEqual([
      'items.1.points',
      'items.2.scoringParty',
      'items.2.scoringType',
    ]);
  });

  it('lets an extension add items and refuses a changed or dropped parent item', () => {
    const added = [
      ...tree,
      ...items([
        {
          key: 'X',
          parentKey: '1.1',
          level: 3,
          name: '新增',
          points: 2,
          scoringType: 'combined',
          scoringParty: 'purchaser',
          parts: [{ text: '有', points: 2 }],
        },
      ]),
    ];
    expect(extensionProblems(tree, added)).toEqual([]);
    expect(extensionProblems(tree, added.slice(1)).map((p) => p.field)).toEqual(['items']);
    const changed = added.map((item) => (item.key === '1' ? { ...item, points: 90 } : item));
    expect(extensionProblems(tree, changed).map((p) => p.field)).toEqual(['items.0']);
  });
});
