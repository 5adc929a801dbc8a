import { deadlineUnits, labelOf, type DeadlinePolicyView } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, InputNumber, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import { ErrorResult } from '../../components/ErrorResult';
import { FormModal } from '../../components/FormModal';
import { useDialog, type DialogProps } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useLanguage } from '../../i18n/useLanguage';
import { useT } from '../../i18n/useT';
import {
  getDeadlinePolicies,
  policyKeys,
  resetDeadlinePolicy,
  setDeadlinePolicy,
} from './deadlines-api';

/** "3 个工作日" / "3 working days". */
function useAmountText() {
  const { language } = useLanguage();
  return (amount: number, unit: DeadlinePolicyView['unit']) =>
    `${amount} ${labelOf(deadlineUnits, unit, language)}`;
}

/** 办理时限: each policy a module declares, with the amount in force and who may change it. */
export function PolicyPanel() {
  const t = useT();
  const { language } = useLanguage();
  const amountText = useAmountText();
  const policies = useQuery({
    queryKey: policyKeys.all,
    queryFn: ({ signal }) => getDeadlinePolicies(signal),
  });
  const editing = useDialog<DeadlinePolicyView>();

  return (
    <Card size="small" title={t('deadlines.policies.title')}>
      {policies.isError ? (
        <ErrorResult error={policies.error} onRetry={() => void policies.refetch()} />
      ) : (
        <Table<DeadlinePolicyView>
          rowKey="code"
          size="small"
          pagination={false}
          loading={policies.isPending}
          dataSource={policies.data?.items}
          locale={{ emptyText: t('deadlines.policies.empty') }}
          columns={[
            {
              key: 'label',
              title: t('deadlines.policies.label'),
              render: (_, policy) => policy.label[language],
            },
            {
              key: 'description',
              title: t('deadlines.policies.description'),
              render: (_, policy) => (
                <Typography.Text type="secondary">
                  {policy.description?.[language] ?? '—'}
                </Typography.Text>
              ),
            },
            {
              key: 'amount',
              title: t('deadlines.policies.amount'),
              render: (_, policy) => (
                <Space size="small" wrap>
                  <span>{amountText(policy.amount, policy.unit)}</span>
                  {policy.overridden && (
                    <Tag color="blue">
                      {t('deadlines.policies.overridden')} ·{' '}
                      {t('deadlines.policies.default', {
                        amount: amountText(policy.defaultAmount, policy.unit),
                      })}
                    </Tag>
                  )}
                </Space>
              ),
            },
            {
              key: 'actions',
              title: t('common.actions'),
              render: (_, policy) => (
                <Space size="small">
                  <Button size="small" onClick={() => editing.show(policy)}>
                    {t('deadlines.policies.edit')}
                  </Button>
                  {policy.overridden && <ResetButton policy={policy} />}
                </Space>
              ),
            },
          ]}
        />
      )}
      {editing.payload && <PolicyModal {...editing.props} policy={editing.payload} />}
    </Card>
  );
}

function ResetButton({ policy }: { policy: DeadlinePolicyView }) {
  const t = useT();
  const { language } = useLanguage();
  const amountText = useAmountText();
  const reset = useRecordMutation(() => resetDeadlinePolicy(policy.code, policy.version), {
    invalidates: [policyKeys.all],
    success: () => t('deadlines.policies.resetDone', { label: policy.label[language] }),
  });
  return (
    <Popconfirm
      title={t('deadlines.policies.reset.confirm', {
        amount: amountText(policy.defaultAmount, policy.unit),
      })}
      onConfirm={() => reset.mutate(undefined)}
    >
      <Button size="small" loading={reset.isPending}>
        {t('deadlines.policies.reset')}
      </Button>
    </Popconfirm>
  );
}

function PolicyModal({ policy, ...dialog }: DialogProps & { policy: DeadlinePolicyView }) {
  const t = useT();
  const { language } = useLanguage();
  const amountText = useAmountText();
  const [form] = Form.useForm<{ amount: number }>();
  const save = useRecordMutation(
    ({ amount }: { amount: number }) =>
      setDeadlinePolicy(policy.code, { amount, version: policy.version }),
    {
      form,
      invalidates: [policyKeys.all],
      success: (saved) =>
        t('deadlines.policies.saved', {
          label: policy.label[language],
          amount: amountText(saved.amount, saved.unit),
        }),
      onDone: dialog.onClose,
    },
  );
  return (
    <FormModal<{ amount: number }>
      {...dialog}
      title={`${t('deadlines.policies.edit')} · ${policy.label[language]}`}
      form={form}
      initialValues={{ amount: policy.amount }}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      <Typography.Paragraph type="secondary">
        {t('deadlines.policies.editHint')}{' '}
        {t('deadlines.policies.default', {
          amount: amountText(policy.defaultAmount, policy.unit),
        })}
      </Typography.Paragraph>
      <Form.Item
        name="amount"
        label={t('deadlines.policies.amount')}
        rules={[{ required: true, type: 'integer', min: 1, max: 999 }]}
      >
        <InputNumber
          min={1}
          max={999}
          precision={0}
          suffix={labelOf(deadlineUnits, policy.unit, language)}
          style={{ width: 220 }}
        />
      </Form.Item>
    </FormModal>
  );
}
