import {
  deadlineLastDay,
  labelOf,
  rectificationStatuses,
  type Rectification,
} from '@shegong/domain';
import { Button, Card, Descriptions, Flex, Popconfirm, Tag } from 'antd';
import { useDialog } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useLanguage } from '../../i18n/useLanguage';
import { evaluationKeys, reviewRectification, submitRectification } from './evaluations-api';
import { ReasonModal } from './ReasonModal';

/**
 * 整改: the plan a 合格 result asks of the provider by its deadline — submitted by the provider
 * (`canSubmit`), accepted or returned by the organiser (`canReview`).
 */
export function RectificationCard({
  roundId,
  version,
  rectification: r,
  canSubmit = false,
  canReview = false,
}: {
  roundId: string;
  version: number;
  rectification: Rectification;
  canSubmit?: boolean;
  canReview?: boolean;
}) {
  const { t, language } = useLanguage();
  const submitting = useDialog<true>();
  const returning = useDialog<true>();
  const invalidates = [evaluationKeys.all];
  const accept = useRecordMutation(() => reviewRectification(roundId, { version, accept: true }), {
    invalidates,
    success: () => t('evaluations.rectification.accepted'),
  });
  return (
    <Card
      size="small"
      title={t('evaluations.rectification')}
      extra={
        <Flex gap="small">
          {canSubmit && (
            <Button type="primary" size="small" onClick={() => submitting.show(true)}>
              {t('evaluations.rectification.submit')}
            </Button>
          )}
          {canReview && (
            <>
              <Popconfirm
                title={t('evaluations.rectification.accept.confirm')}
                onConfirm={() => accept.mutate()}
              >
                <Button type="primary" size="small" loading={accept.isPending}>
                  {t('evaluations.rectification.accept')}
                </Button>
              </Popconfirm>
              <Button size="small" onClick={() => returning.show(true)}>
                {t('evaluations.rectification.return')}
              </Button>
            </>
          )}
        </Flex>
      }
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          {
            key: 'status',
            label: t('evaluations.status'),
            children: <Tag>{labelOf(rectificationStatuses, r.status, language)}</Tag>,
          },
          {
            key: 'due',
            label: t('evaluations.rectification.due'),
            children: r.dueAt ? deadlineLastDay(r.dueAt) : '—',
          },
          {
            key: 'plan',
            label: t('evaluations.rectification.plan'),
            children: r.plan ? <span style={{ whiteSpace: 'pre-wrap' }}>{r.plan}</span> : '—',
          },
          ...(r.submittedByName
            ? [
                {
                  key: 'by',
                  label: t('evaluations.rectification.submittedBy'),
                  children: `${r.submittedByName} ${r.submittedAt?.slice(0, 10) ?? ''}`,
                },
              ]
            : []),
          ...(r.reviewNote || r.reviewedByName
            ? [
                {
                  key: 'review',
                  label: t('evaluations.rectification.review'),
                  children: `${r.reviewNote || '—'}（${r.reviewedByName ?? ''}）`,
                },
              ]
            : []),
        ]}
      />
      {submitting.payload && (
        <ReasonModal
          {...submitting.props}
          title={t('evaluations.rectification.submit')}
          label={t('evaluations.rectification.plan')}
          min={10}
          invalidates={invalidates}
          success={t('evaluations.rectification.submitted')}
          run={(plan) => submitRectification(roundId, version, plan)}
        />
      )}
      {returning.payload && (
        <ReasonModal
          {...returning.props}
          title={t('evaluations.rectification.return')}
          label={t('evaluations.rectification.returnNote')}
          invalidates={invalidates}
          success={t('evaluations.rectification.returned')}
          run={(note) => reviewRectification(roundId, { version, accept: false, note })}
        />
      )}
    </Card>
  );
}
