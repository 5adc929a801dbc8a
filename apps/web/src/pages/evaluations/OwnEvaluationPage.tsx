import type { IndicatorItem } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, Popconfirm } from 'antd';
import { useParams } from 'react-router';
import { ErrorResult } from '../../components/ErrorResult';
import { Page } from '../../components/Page';
import { PageSpinner } from '../../components/PageSpinner';
import { useDialog } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useLanguage } from '../../i18n/useLanguage';
import { RoundStatusTag, useKindLabel } from './EvaluationLabels';
import { confirmResult, evaluationKeys, getOwn, raiseObjection } from './evaluations-api';
import { ObjectionsTable } from './ObjectionsTable';
import { ReasonModal } from './ReasonModal';
import { RectificationCard } from './RectificationCard';
import { ResultView } from './ResultView';

/** 评估结果 › one round: the scores by item, an objection per item within the window, 确认结果. */
export function OwnEvaluationPage() {
  const { id = '' } = useParams();
  const { t } = useLanguage();
  const kindLabel = useKindLabel();
  const objecting = useDialog<IndicatorItem>();
  const result = useQuery({
    queryKey: evaluationKeys.ownOne(id),
    queryFn: ({ signal }) => getOwn(id, signal),
  });
  const confirm = useRecordMutation((version: number) => confirmResult(id, version), {
    invalidates: [evaluationKeys.own],
    success: () => t('evaluations.own.confirmed'),
  });
  if (result.isError)
    return <ErrorResult error={result.error} onRetry={() => void result.refetch()} />;
  if (!result.data) return <PageSpinner />;
  const e = result.data;
  const contested = new Set(e.objections.map((o) => o.itemKey));
  const day = (at: string | null) => at?.slice(0, 10) ?? '—';
  return (
    <Page
      title={`${e.projectTitle} · ${kindLabel(e.kind)}`}
      extra={
        e.can.confirm && (
          <Popconfirm
            title={t('evaluations.own.confirm.confirm')}
            onConfirm={() => confirm.mutate(e.version)}
          >
            <Button type="primary" loading={confirm.isPending}>
              {t('evaluations.own.confirm')}
            </Button>
          </Popconfirm>
        )
      }
    >
      <Flex vertical gap="middle">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'code', label: t('evaluations.contract'), children: e.contractCode },
            {
              key: 'status',
              label: t('evaluations.status'),
              children: <RoundStatusTag status={e.status} />,
            },
            { key: 'published', label: t('evaluations.publishedAt'), children: day(e.publishedAt) },
            {
              key: 'until',
              label: t('evaluations.objectionUntil'),
              children: day(e.objectionUntil),
            },
            { key: 'confirmed', label: t('evaluations.confirmedAt'), children: day(e.confirmedAt) },
          ]}
        />
        {e.can.object && (
          <Alert type="info" showIcon message={t('evaluations.own.objection.hint')} />
        )}
        <Card size="small" title={t('evaluations.result')}>
          <ResultView
            items={e.items}
            result={e.result}
            itemAction={
              e.can.object
                ? (item) =>
                    !contested.has(item.key) && (
                      <Button
                        type="link"
                        size="small"
                        aria-label={`${t('evaluations.own.object')} ${item.name}`}
                        onClick={() => objecting.show(item)}
                      >
                        {t('evaluations.own.object')}
                      </Button>
                    )
                : undefined
            }
          />
        </Card>
        {e.consequences.length > 0 && (
          <Alert
            type="warning"
            showIcon
            message={t('evaluations.consequences')}
            description={e.consequences.join('；')}
          />
        )}
        {e.rectification && (
          <RectificationCard
            roundId={e.id}
            version={e.version}
            rectification={e.rectification}
            canSubmit={e.can.rectify}
          />
        )}
        <Card size="small" title={t('evaluations.objections')}>
          <ObjectionsTable objections={e.objections} />
        </Card>
      </Flex>
      {objecting.payload && (
        <ReasonModal
          {...objecting.props}
          title={`${t('evaluations.own.object')} · ${objecting.payload.key} ${objecting.payload.name}`}
          label={t('evaluations.objection.reason')}
          min={5}
          okText={t('evaluations.own.object.submit')}
          invalidates={[evaluationKeys.own]}
          success={t('evaluations.own.object.done')}
          run={(reason) => raiseObjection(id, { itemKey: objecting.payload!.key, reason })}
        />
      )}
    </Page>
  );
}
