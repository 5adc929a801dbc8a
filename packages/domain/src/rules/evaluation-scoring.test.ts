import { describe, expect, it } from 'vitest';
import { indicatorItemSchema, type IndicatorItemInput } from '../contracts/indicators/indicators';
import {
  gradeOf,
  markProblems,
  roundResult,
  templateWeights,
  weightProblems,
  type ItemMark,
} from './evaluation-scoring';

const items = (list: IndicatorItemInput[]) => list.map((item) => indicatorItemSchema.parse(item));
const levels = [
  { label: '优', sharePercent: 100 },
  { label: '良', sharePercent: 80 },
  { label: '差', sharePercent: 40 },
];
/** 项目管理 40 (two leaves of 10 and 30 points), 服务成效 60 (one leaf of 20, scored by the buyer). */
const tree = items([
  { key: 'A', level: 1, name: '项目管理', points: 40 },
  {
    key: 'A1',
    parentKey: 'A',
    level: 2,
    name: '制度',
    points: 10,
    scoringType: 'combined',
    scoringParty: 'third_party',
    parts: [
      { text: '有制度', points: 4 },
      { text: '有执行', points: 6 },
    ],
  },
  {
    key: 'A2',
    parentKey: 'A',
    level: 2,
    name: '团队',
    points: 30,
    scoringType: 'graded',
    scoringParty: 'third_party',
    levels,
  },
  { key: 'B', level: 1, name: '服务成效', points: 60 },
  {
    key: 'B1',
    parentKey: 'B',
    level: 2,
    name: '满意度',
    points: 20,
    scoringType: 'graded',
    scoringParty: 'purchaser',
    levels,
  },
]);
const mark = (key: string, m: Partial<ItemMark>): ItemMark => ({
  key,
  checkedParts: [],
  level: null,
  ...m,
});

describe('evaluation scoring', () => {
  it('weighs each party by the points its items carry in the template', () => {
    expect(templateWeights(tree)).toEqual({ third_party: 40, purchaser: 60 });
  });

  it('totals the sheets through the dimensions, two evaluators of a party averaged', () => {
    const third = [mark('A1', { checkedParts: [1] }), mark('A2', { level: '优' })];
    const other = [mark('A1', { checkedParts: [0, 1] }), mark('A2', { level: '良' })];
    const buyer = [mark('B1', { level: '良' })];
    const result = roundResult(
      tree,
      [
        { party: 'third_party', marks: third },
        { party: 'third_party', marks: other },
        { party: 'purchaser', marks: buyer },
      ],
      templateWeights(tree),
    );
    // A1: (6 + 10) / 2 = 8; A2: (30 + 24) / 2 = 27; A = 35 of 40. B1: 16 of 20 → B = 48 of 60.
    expect(result.items).toEqual([
      { key: 'A1', points: 10, score: 8 },
      { key: 'A2', points: 30, score: 27 },
      { key: 'B1', points: 20, score: 16 },
    ]);
    expect(result.dimensions.map((d) => d.score)).toEqual([35, 48]);
    expect(result.total).toBe(83);
    expect(result.grade).toBe('good');
    expect(result.parties).toEqual([
      { party: 'third_party', weight: 40, score: 87.5 },
      { party: 'purchaser', weight: 60, score: 80 },
    ]);
    // The office gives the third party 70%: 0.7 × 87.5 + 0.3 × 80 = 85.25.
    const reweighted = roundResult(
      tree,
      [
        { party: 'third_party', marks: third },
        { party: 'third_party', marks: other },
        { party: 'purchaser', marks: buyer },
      ],
      { third_party: 70, purchaser: 30 },
    );
    expect(reweighted.total).toBe(85.25);
  });

  it('has no total while an item is unscored', () => {
    const result = roundResult(
      tree,
      [{ party: 'purchaser', marks: [mark('B1', { level: '优' })] }],
      templateWeights(tree),
    );
    expect(result.total).toBeNull();
    expect(result.grade).toBeNull();
    expect(result.dimensions[1]!.score).toBe(60);
  });

  it('names each wrong mark and what an incomplete sheet lacks', () => {
    const marks = [
      mark('A1', { checkedParts: [0, 0] }),
      mark('A2', { level: '中' }),
      mark('B1', { level: '优' }),
      mark('ZZ', {}),
    ];
    expect(
      markProblems(tree, 'third_party', marks, { complete: false }).map((p) => p.field),
    ).toEqual(['marks.0.checkedParts', 'marks.1.level', 'marks.2.key', 'marks.3.key']);
    const incomplete = markProblems(tree, 'third_party', [mark('A1', { checkedParts: [0] })], {
      complete: true,
    });
    expect(incomplete).toEqual([
      {
        field: 'marks',
        message: expect.objectContaining({ 'zh-CN': '「团队」尚未评分，评分表不完整' }),
      },
    ]);
  });

  it('refuses weights that miss a party or do not sum to 100', () => {
    expect(weightProblems(tree, { third_party: 40, purchaser: 60 })).toEqual([]);
    expect(weightProblems(tree, { third_party: 70, purchaser: 20 }).map((p) => p.field)).toEqual([
      'partyWeights',
    ]);
    expect(weightProblems(tree, { third_party: 100, community: 0 }).map((p) => p.field)).toEqual([
      'partyWeights.purchaser',
    ]);
    expect(
      weightProblems(tree, { third_party: 50, purchaser: 40, community: 10 }).map((p) => p.field),
    ).toEqual(['partyWeights.community']);
  });

  it('grades on the Shenzhen bands', () => {
    expect([95, 90, 89.99, 80, 79.5, 60, 59.99, 0].map(gradeOf)).toEqual([
      'excellent',
      'excellent',
      'good',
      'good',
      'pass',
      'pass',
      'fail',
      'fail',
    ]);
  });
});
