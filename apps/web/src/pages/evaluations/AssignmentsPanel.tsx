import type { Assignment, EvaluationRoundDetail, EvaluatorCandidate } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Flex,
  Modal,
  Popconfirm,
  Space,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import { ErrorResult } from '../../components/ErrorResult';
import { useDialog, type DialogProps } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useLanguage } from '../../i18n/useLanguage';
import { AssignmentStatusTag, TwoLines } from './EvaluationLabels';
import {
  assignEvaluator,
  evaluationKeys,
  listCandidates,
  waiveConflict,
  withdrawAssignment,
} from './evaluations-api';
import { ReasonModal } from './ReasonModal';

type Signals = Assignment['signals'];

/** What the platform sees (the provider employs them, their agency scored its last round). */
function SignalList({ signals }: { signals: Signals }) {
  const { language } = useLanguage();
  if (signals.length === 0) return null;
  return (
    <Flex vertical gap={4}>
      {signals.map((s) => (
        <Alert
          key={s.kind}
          type="warning"
          showIcon
          message={s.message[language]}
          style={{ padding: '2px 8px' }}
        />
      ))}
    </Flex>
  );
}

/** 评估人员: who is assigned, where each stands with their declaration, and what may be done. */
export function AssignmentsPanel({ round }: { round: EvaluationRoundDetail }) {
  const { t } = useLanguage();
  const picking = useDialog();
  const resolving = useDialog<{ assignment: Assignment; step: 'waive' | 'withdraw' }>();
  const invalidates = [evaluationKeys.round(round.id), evaluationKeys.candidates(round.id)];
  const columns: TableProps<Assignment>['columns'] = [
    {
      key: 'name',
      title: t('evaluations.assignment.evaluator'),
      render: (_, a) => <TwoLines sub={<>{a.agencyName}</>}>{a.evaluatorName}</TwoLines>,
    },
    {
      key: 'status',
      title: t('evaluations.status'),
      render: (_, a) => <AssignmentStatusTag status={a.status} />,
    },
    {
      key: 'detail',
      title: t('evaluations.assignment.detail'),
      render: (_, a) => (
        <Flex vertical gap={4}>
          <SignalList signals={a.signals} />
          {a.declarationNote && (
            <Typography.Text>
              {t('evaluations.assignment.declared')}：{a.declarationNote}
            </Typography.Text>
          )}
          {a.resolution && (
            <Typography.Text type="secondary">
              {a.resolvedByName}：{a.resolution}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, a) =>
        round.can.assign && (
          <Space size={0}>
            {a.status === 'conflict' && (
              <Button
                type="link"
                size="small"
                onClick={() => resolving.show({ assignment: a, step: 'waive' })}
              >
                {t('evaluations.assignment.waive')}
              </Button>
            )}
            {a.status !== 'withdrawn' && (
              <Button
                type="link"
                size="small"
                danger
                onClick={() => resolving.show({ assignment: a, step: 'withdraw' })}
              >
                {t('evaluations.assignment.withdraw')}
              </Button>
            )}
          </Space>
        ),
    },
  ];
  const resolve = resolving.payload;
  return (
    <Flex vertical gap="small">
      {round.can.assign && (
        <Button style={{ alignSelf: 'flex-start' }} onClick={() => picking.show(true)}>
          {t('evaluations.assignment.add')}
        </Button>
      )}
      <Table<Assignment>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={round.assignments}
        columns={columns}
        aria-label={t('evaluations.assignments')}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('evaluations.assignment.none') }}
      />
      {picking.payload && <CandidatesModal {...picking.props} roundId={round.id} />}
      {resolve && (
        <ReasonModal
          {...resolving.props}
          title={`${t(`evaluations.assignment.${resolve.step}`)} · ${resolve.assignment.evaluatorName}`}
          label={t(`evaluations.assignment.${resolve.step}.reason`)}
          danger={resolve.step === 'withdraw'}
          invalidates={invalidates}
          success={t(`evaluations.assignment.${resolve.step}.done`)}
          run={(reason) =>
            (resolve.step === 'waive' ? waiveConflict : withdrawAssignment)(
              round.id,
              resolve.assignment.id,
              {
                version: resolve.assignment.version,
                reason,
              },
            )
          }
        >
          {resolve.assignment.declarationNote && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message={`${t('evaluations.assignment.declared')}：${resolve.assignment.declarationNote}`}
            />
          )}
        </ReasonModal>
      )}
    </Flex>
  );
}

/** 指派评估人员: the evaluators whose scope covers the round, what the platform sees of each. */
function CandidatesModal({ roundId, ...dialog }: DialogProps & { roundId: string }) {
  const { t } = useLanguage();
  const candidates = useQuery({
    queryKey: evaluationKeys.candidates(roundId),
    queryFn: ({ signal }) => listCandidates(roundId, signal),
  });
  const assign = useRecordMutation(
    (c: EvaluatorCandidate) => assignEvaluator(roundId, c.accountId),
    {
      invalidates: [evaluationKeys.round(roundId), evaluationKeys.candidates(roundId)],
      success: (a) => t('evaluations.assignment.added', { name: a.evaluatorName }),
    },
  );
  const button = (c: EvaluatorCandidate) => {
    const label = `${t('evaluations.assignment.assign')} ${c.name}`;
    if (c.assigned) return <Tag>{t('evaluations.assignment.assigned')}</Tag>;
    const assignButton = (onClick?: () => void) => (
      <Button
        size="small"
        type="primary"
        aria-label={label}
        loading={assign.isPending && assign.variables?.accountId === c.accountId}
        onClick={onClick}
      >
        {t('evaluations.assignment.assign')}
      </Button>
    );
    return c.signals.length > 0 ? (
      <Popconfirm
        title={t('evaluations.assignment.signals.confirm')}
        onConfirm={() => assign.mutate(c)}
      >
        {assignButton()}
      </Popconfirm>
    ) : (
      assignButton(() => assign.mutate(c))
    );
  };
  return (
    <Modal
      open={dialog.open}
      onCancel={dialog.onClose}
      afterClose={dialog.afterClose}
      footer={null}
      width={720}
      title={t('evaluations.assignment.add')}
    >
      {candidates.isError ? (
        <ErrorResult error={candidates.error} onRetry={() => void candidates.refetch()} />
      ) : (
        <Table<EvaluatorCandidate>
          rowKey="accountId"
          size="small"
          pagination={false}
          loading={candidates.isFetching}
          dataSource={candidates.data?.items ?? []}
          columns={[
            {
              key: 'name',
              title: t('evaluations.assignment.evaluator'),
              render: (_, c) => <TwoLines sub={<>{c.agencyName}</>}>{c.name}</TwoLines>,
            },
            {
              key: 'signals',
              title: t('evaluations.assignment.signals'),
              render: (_, c) =>
                c.signals.length > 0 ? (
                  <SignalList signals={c.signals} />
                ) : (
                  t('evaluations.assignment.signals.none')
                ),
            },
            { key: 'action', title: t('common.actions'), render: (_, c) => button(c) },
          ]}
        />
      )}
    </Modal>
  );
}
