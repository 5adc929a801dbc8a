import type { EvaluationRoundDetail, IndicatorItem, Objection } from '@shegong/domain';
import { Alert, Button, Card, Flex, List, Table, Typography } from 'antd';
import { Page } from '../../components/Page';
import { useDialog } from '../../hooks/useDialog';
import { useLanguage } from '../../i18n/useLanguage';
import { AssignmentsPanel } from './AssignmentsPanel';
import { DecideObjectionModal } from './DecideObjectionModal';
import { useKindLabel } from './EvaluationLabels';
import { ObjectionsTable } from './ObjectionsTable';
import { RectificationCard } from './RectificationCard';
import { RescoreModal } from './RescoreModal';
import { ResultView } from './ResultView';
import { RoundHeader } from './RoundHeader';
import { RoundLoader } from './RoundLoader';
import { RoundSteps } from './RoundSteps';
import { SheetsPanel } from './SheetsPanel';

/** 评估轮次: evaluators, sheets, result, objections and the steps to final, for the organiser. */
export function RoundPage() {
  return <RoundLoader>{(round) => <RoundView round={round} />}</RoundLoader>;
}

function RoundView({ round: r }: { round: EvaluationRoundDetail }) {
  const { t } = useLanguage();
  const kindLabel = useKindLabel();
  const rescoring = useDialog<IndicatorItem>();
  const deciding = useDialog<Objection>();
  const itemNames = new Map(r.items.map((i) => [i.key, `${i.key} ${i.name}`]));
  return (
    <Page title={`${r.projectTitle} · ${kindLabel(r.kind)}`} extra={<RoundSteps round={r} />}>
      <Flex vertical gap="middle">
        <RoundHeader round={r} />
        {r.consequences.length > 0 && (
          <Alert
            type={r.grade === 'fail' ? 'error' : 'success'}
            showIcon
            message={t('evaluations.consequences')}
            description={
              <List
                size="small"
                dataSource={r.consequences}
                renderItem={(c) => <List.Item>{c}</List.Item>}
              />
            }
          />
        )}
        <Card size="small" title={t('evaluations.assignments')}>
          <AssignmentsPanel round={r} />
        </Card>
        <Card size="small" title={t('evaluations.sheets')}>
          <SheetsPanel round={r} />
        </Card>
        <Card size="small" title={t('evaluations.result')}>
          <ResultView
            items={r.items}
            result={r.result}
            itemAction={
              r.can.rescore
                ? (item) => (
                    <Button
                      type="link"
                      size="small"
                      aria-label={`${t('evaluations.rescore')} ${item.name}`}
                      onClick={() => rescoring.show(item)}
                    >
                      {t('evaluations.rescore')}
                    </Button>
                  )
                : undefined
            }
          />
        </Card>
        {r.status !== 'open' && r.status !== 'locked' && (
          <Card size="small" title={t('evaluations.objections')}>
            <ObjectionsTable
              objections={r.objections}
              action={(o) =>
                r.can.decide &&
                o.status === 'open' && (
                  <Button type="link" size="small" onClick={() => deciding.show(o)}>
                    {t('evaluations.objection.decide')}
                  </Button>
                )
              }
            />
          </Card>
        )}
        {r.rectification && (
          <RectificationCard
            roundId={r.id}
            version={r.version}
            rectification={r.rectification}
            canReview={r.can.reviewRectification}
          />
        )}
        {r.rescores.length > 0 && (
          <Card size="small" title={t('evaluations.rescores')}>
            <Table
              rowKey={(x) => `${x.sheetId}-${x.itemKey}-${x.at}`}
              size="small"
              pagination={false}
              dataSource={r.rescores}
              columns={[
                {
                  key: 'item',
                  title: t('evaluations.result.item'),
                  render: (_, x) => itemNames.get(x.itemKey) ?? x.itemKey,
                },
                {
                  key: 'change',
                  title: t('evaluations.rescore.change'),
                  render: (_, x) => `${x.fromScore ?? '—'} → ${x.toScore ?? '—'}`,
                },
                { key: 'reason', title: t('evaluations.rescore.reason'), dataIndex: 'reason' },
                {
                  key: 'by',
                  title: t('evaluations.rescore.by'),
                  render: (_, x) => (
                    <Typography.Text type="secondary">
                      {x.byName} {x.at.slice(0, 16).replace('T', ' ')}
                    </Typography.Text>
                  ),
                },
              ]}
            />
          </Card>
        )}
      </Flex>
      {rescoring.payload && (
        <RescoreModal {...rescoring.props} round={r} item={rescoring.payload} />
      )}
      {deciding.payload && (
        <DecideObjectionModal {...deciding.props} round={r} objection={deciding.payload} />
      )}
    </Page>
  );
}
