import { PrinterOutlined } from '@ant-design/icons';
import { labelOf, scoringParties, type EvaluationRoundDetail } from '@shegong/domain';
import { Button, Flex, List, Table, Typography } from 'antd';
import { useLanguage } from '../../i18n/useLanguage';
import { ObjectionsTable } from './ObjectionsTable';
import { ResultView } from './ResultView';
import { RoundHeader } from './RoundHeader';
import { RoundLoader } from './RoundLoader';
import { evidenceText, filesOf, markText } from './SheetMarks';

/**
 * 评估报告: the round on A4 — header, result, every sheet's marks and evidence (the files by name),
 * objections.
 */
export function RoundPrintPage() {
  return <RoundLoader>{(round) => <RoundReport round={round} />}</RoundLoader>;
}

function RoundReport({ round: r }: { round: EvaluationRoundDetail }) {
  const { t } = useLanguage();
  return (
    <article style={{ maxWidth: 794, margin: '0 auto', background: '#fff', padding: 24 }}>
      <Flex justify="space-between" align="center">
        <Typography.Title level={3}>
          {t('evaluations.print.title', { title: r.projectTitle })}
        </Typography.Title>
        <Button className="print-hidden" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('evaluations.print.now')}
        </Button>
      </Flex>
      <RoundHeader round={r} />
      <Typography.Title level={4}>{t('evaluations.result')}</Typography.Title>
      <ResultView items={r.items} result={r.result} />
      <Typography.Title level={4}>{t('evaluations.print.marks')}</Typography.Title>
      <MarksTable round={r} />
      <Typography.Title level={4}>{t('evaluations.objections')}</Typography.Title>
      <ObjectionsTable objections={r.objections} />
      {r.consequences.length > 0 && (
        <>
          <Typography.Title level={4}>{t('evaluations.consequences')}</Typography.Title>
          <List
            size="small"
            dataSource={r.consequences}
            renderItem={(c) => <List.Item>{c}</List.Item>}
          />
        </>
      )}
    </article>
  );
}

/** Every sheet's mark of every item, with its evidence: the report's body. */
function MarksTable({ round: r }: { round: EvaluationRoundDetail }) {
  const { t, language } = useLanguage();
  const items = new Map(r.items.map((i) => [i.key, i]));
  const rows = r.sheets.flatMap((s) =>
    s.marks.map((m) => ({ key: `${s.id}-${m.key}`, sheet: s, mark: m })),
  );
  return (
    <Table
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        {
          key: 'item',
          title: t('evaluations.result.item'),
          render: (_, x) => `${x.mark.key} ${items.get(x.mark.key)?.name ?? ''}`,
        },
        {
          key: 'scorer',
          title: t('evaluations.sheet.scorer'),
          render: (_, x) =>
            `${labelOf(scoringParties, x.sheet.party, language)} ${x.sheet.scorerName}`,
        },
        {
          key: 'mark',
          title: t('evaluations.sheet.mark'),
          render: (_, x) => markText(items.get(x.mark.key), x.mark),
        },
        {
          key: 'score',
          title: t('evaluations.result.score'),
          align: 'right',
          render: (_, x) => x.mark.score ?? '—',
        },
        { key: 'note', title: t('evaluations.sheet.note'), render: (_, x) => x.mark.note },
        {
          key: 'evidence',
          title: t('evaluations.sheet.evidence'),
          render: (_, x) =>
            evidenceText(x.mark.evidence, filesOf(r.evidenceFiles, x.sheet.id, x.mark.key)),
        },
      ]}
    />
  );
}
