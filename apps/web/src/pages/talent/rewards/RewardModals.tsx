import { certificateLevels, chinaToday, labelOf, type RewardGrant } from '@shegong/domain';
import { Descriptions, Form, Input, Radio } from 'antd';
import { CalendarDatePicker } from '../../../components/CalendarDatePicker';
import { FormModal } from '../../../components/FormModal';
import { formatYuan } from '../../../format/money';
import type { DialogProps } from '../../../hooks/useDialog';
import { useLanguage } from '../../../i18n/useLanguage';
import { useTalentMutation } from '../registry/useTalentMutation';
import { decideReward, payReward } from './rewards-api';
import { chooseRequired } from '../../../components/choose-required';

/** Who gets what: the head of both dialogs. */
function GrantSummary({ grant }: { grant: RewardGrant }) {
  const { language, t } = useLanguage();
  return (
    <Descriptions
      size="small"
      column={1}
      style={{ marginBottom: 16 }}
      items={[
        { key: 'worker', label: t('registrations.worker'), children: grant.workerName },
        {
          key: 'level',
          label: t('rewards.level'),
          children: labelOf(certificateLevels, grant.level, language),
        },
        {
          key: 'amount',
          label: t('rewards.amountYuan'),
          children: formatYuan(grant.amountFen, language),
        },
        { key: 'appliedOn', label: t('rewards.appliedOn'), children: grant.appliedOn },
      ]}
    />
  );
}

interface DecisionForm {
  approve: boolean;
  note?: string;
}

/** 审核: approve or reject an application, with a note (required to reject). */
export function DecisionModal({ grant, ...dialog }: DialogProps & { grant: RewardGrant }) {
  const { t } = useLanguage();
  const [form] = Form.useForm<DecisionForm>();
  const approve = Form.useWatch('approve', form);
  const save = useTalentMutation(
    (values: DecisionForm) =>
      decideReward(grant, { approve: values.approve, note: values.note?.trim() || null }),
    {
      form,
      success: (done) =>
        done.status === 'approved' ? t('rewards.decide.approved') : t('rewards.decide.rejected'),
      onDone: dialog.onClose,
    },
  );
  return (
    <FormModal<DecisionForm>
      {...dialog}
      title={t('rewards.decide')}
      form={form}
      initialValues={{ approve: true }}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
      okText={t('common.confirm')}
    >
      <GrantSummary grant={grant} />
      <Form.Item name="approve" label={t('rewards.decide.outcome')} rules={[chooseRequired]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: true, label: t('rewards.decide.approve') },
            { value: false, label: t('rewards.decide.reject') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="note"
        label={t('rewards.note')}
        rules={[{ required: approve === false, whitespace: true, max: 200 }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}

/** 发放: the day an approved reward was paid. */
export function PaymentModal({ grant, ...dialog }: DialogProps & { grant: RewardGrant }) {
  const { t } = useLanguage();
  const [form] = Form.useForm<{ paidOn: string }>();
  const save = useTalentMutation((values: { paidOn: string }) => payReward(grant, values.paidOn), {
    form,
    success: () => t('rewards.pay.done'),
    onDone: dialog.onClose,
  });
  return (
    <FormModal<{ paidOn: string }>
      {...dialog}
      title={t('rewards.pay')}
      form={form}
      initialValues={{ paidOn: chinaToday() }}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
      okText={t('common.confirm')}
    >
      <GrantSummary grant={grant} />
      <Form.Item
        name="paidOn"
        label={t('rewards.paidOn')}
        rules={[
          chooseRequired,
          {
            validator: async (_rule, value: string | undefined) => {
              if (value && value < grant.appliedOn) {
                throw new Error(t('common.dateNotBefore', { date: grant.appliedOn }));
              }
            },
          },
        ]}
      >
        <CalendarDatePicker />
      </Form.Item>
    </FormModal>
  );
}
