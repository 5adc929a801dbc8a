import { describe, expect, it } from 'vitest';
import { indicatorItemSchema, type IndicatorItemInput } from '../contracts/indicators/indicators';
import {
  isContractOutput,
  contractOutputKey,
  withContractOutputs,
  type AgreedIndicator,
} from './contract-outputs';
import { leavesOf, templateWeights } from './evaluation-scoring';
import { indicatorTreeProblems } from './indicator-tree';

const items = (list: IndicatorItemInput[]) => list.map((item) => indicatorItemSchema.parse(item));
const leaf = (key: string, parentKey: string, level: number, points: number, extra = {}) => ({
  key,
  parentKey,
  level,
  name: key,
  points,
  scoringType: 'combined' as const,
  scoringParty: 'third_party' as const,
  parts: [{ text: '有', points }],
  ...extra,
});
const agreed: AgreedIndicator[] = [
  {
    id: '01900000-0000-7000-8000-000000000001',
    name: '个案',
    level: 40,
    unit: '个',
    period: 'year',
  },
  {
    id: '01900000-0000-7000-8000-000000000002',
    name: '小组',
    level: 12,
    unit: '节',
    period: 'term',
  },
  {
    id: '01900000-0000-7000-8000-000000000003',
    name: '活动',
    level: 6,
    unit: '场',
    period: 'quarter',
  },
];

/** 管理 40; 成效 60 with a 产出完成 group (完成率 12) and 满意度 48 scored by the community. */
const general = items([
  { key: '1', level: 1, name: '管理', points: 40 },
  leaf('1.1', '1', 2, 40),
  { key: '2', level: 1, name: '服务成效', points: 60 },
  { key: '2.1', parentKey: '2', level: 2, name: '产出完成' },
  leaf('2.1.1', '2.1', 3, 12),
  { key: '2.2', parentKey: '2', level: 2, name: '服务效果' },
  leaf('2.2.1', '2.2', 3, 48, { scoringParty: 'community' }),
]);

describe('withContractOutputs', () => {
  it('puts the contract indicators in the place of the template’s 产出 leaves, sharing their points', () => {
    const round = withContractOutputs(general, agreed);
    expect(indicatorTreeProblems(round, { complete: true })).toEqual([]);
    const outputs = leavesOf(round).filter((i) => isContractOutput(i.key));
    expect(outputs.map((i) => [i.parentKey, i.level, i.points, i.name])).toEqual([
      ['2.1', 3, 4, '个案（约定每年 40 个）'],
      ['2.1', 3, 4, '小组（约定合同期内 12 节）'],
      ['2.1', 3, 4, '活动（约定每季度 6 场）'],
    ]);
    expect(round.some((i) => i.key === '2.1.1')).toBe(false);
    expect(
      outputs.every((i) => i.scoringParty === 'third_party' && i.scoringType === 'graded'),
    ).toBe(true);
    expect(outputs.map((i) => i.key)).toEqual(['out.1', 'out.2', 'out.3']);
    // The level-1 points and so the parties' weights are the template's.
    expect(templateWeights(round)).toEqual(templateWeights(general));
  });

  it('replaces a 产出 leaf by the contract indicators at its level', () => {
    const tree = items([
      { key: '1', level: 1, name: '服务', points: 100 },
      leaf('1.1', '1', 2, 10, { name: '产出完成率' }),
      leaf('1.2', '1', 2, 90),
    ]);
    const round = withContractOutputs(tree, agreed.slice(0, 2));
    expect(indicatorTreeProblems(round, { complete: true })).toEqual([]);
    expect(round.map((i) => [i.parentKey, i.level, i.points])).toEqual([
      [null, 1, 100],
      ['1', 2, 5],
      ['1', 2, 5],
      ['1', 2, 90],
    ]);
  });

  it('adds a 产出 group to the 成效 dimension of a template without one, taking half of it', () => {
    const tree = items([
      { key: '1', level: 1, name: '阵地建设', points: 30 },
      leaf('1.1', '1', 2, 30),
      { key: '2', level: 1, name: '服务成效', points: 60 },
      leaf('2.1', '2', 2, 20),
      { key: '3', level: 1, name: '评价', points: 10 },
      leaf('3.1', '3', 2, 5, { scoringParty: 'purchaser' }),
    ]);
    const round = withContractOutputs(tree, agreed.slice(0, 2));
    expect(indicatorTreeProblems(round, { complete: false })).toEqual([]);
    expect(round.map((i) => i.key).slice(0, 6)).toEqual([
      '1',
      '1.1',
      '2',
      '2.1',
      'out',
      contractOutputKey(0),
    ]);
    expect(round.filter((i) => i.parentKey === 'out').map((i) => i.points)).toEqual([5, 5]);
    expect(templateWeights(round)).toEqual(templateWeights(tree));
  });

  it('leaves a template alone for a contract without indicators', () => {
    expect(withContractOutputs(general, [])).toEqual(general);
  });
});
