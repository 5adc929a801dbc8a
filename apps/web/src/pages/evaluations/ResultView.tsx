import {
  labelOf,
  leavesOf,
  scoringParties,
  type IndicatorItem,
  type RoundResult,
} from '@shegong/domain';
import { Descriptions, Flex, Table, Typography, type TableColumnType } from 'antd';
import type { ReactNode } from 'react';
import type { Translate } from '../../i18n/language-context';
import { useLanguage } from '../../i18n/useLanguage';
import { TotalAndGrade } from './EvaluationLabels';

/**
 * 评估结果: the total and grade, each dimension's points and score, each party's weight and score,
 * and every scored item; `itemAction` adds a column (异议, 重新评分) to the items.
 */
export function ResultView({
  items,
  result,
  itemAction,
}: {
  items: IndicatorItem[];
  result: RoundResult;
  itemAction?: (item: IndicatorItem) => ReactNode;
}) {
  const { t, language } = useLanguage();
  const scores = new Map(result.items.map((i) => [i.key, i.score]));
  const dash = (n: number | null | undefined) => (n === null || n === undefined ? '—' : n);
  return (
    <Flex vertical gap="middle">
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'total',
            label: t('evaluations.result.total'),
            children: <TotalAndGrade total={result.total} grade={result.grade} />,
          },
          ...result.parties.map((p) => ({
            key: p.party,
            label: `${labelOf(scoringParties, p.party, language)}（${t('evaluations.result.weight', { weight: p.weight })}）`,
            children: dash(p.score),
          })),
        ]}
      />
      <Table
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={result.dimensions}
        aria-label={t('evaluations.result.dimensions')}
        columns={[
          { key: 'name', title: t('evaluations.result.dimension'), dataIndex: 'name' },
          ...pointsAndScore<RoundResult['dimensions'][number]>(t, (d) => dash(d.score)),
        ]}
      />
      <Table<IndicatorItem>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={leavesOf(items)}
        aria-label={t('evaluations.result.items')}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'name',
            title: t('evaluations.result.item'),
            render: (_, i) => `${i.key} ${i.name}`,
          },
          {
            key: 'party',
            title: t('evaluations.result.party'),
            render: (_, i) => labelOf(scoringParties, i.scoringParty ?? 'third_party', language),
          },
          ...pointsAndScore<IndicatorItem>(t, (i) => (
            <Typography.Text strong>{dash(scores.get(i.key))}</Typography.Text>
          )),
          ...(itemAction
            ? [
                {
                  key: 'action',
                  title: t('common.actions'),
                  render: (_: unknown, i: IndicatorItem) => itemAction(i),
                },
              ]
            : []),
        ]}
      />
    </Flex>
  );
}

/** 分值 and 得分, right-aligned: a dimension's or an item's. */
function pointsAndScore<Row extends { points: number | null }>(
  t: Translate,
  score: (row: Row) => ReactNode,
): TableColumnType<Row>[] {
  return [
    { key: 'points', title: t('evaluations.result.points'), align: 'right', dataIndex: 'points' },
    {
      key: 'score',
      title: t('evaluations.result.score'),
      align: 'right',
      render: (_, row) => score(row),
    },
  ];
}
