import type { ReferralDetail } from '@shegong/domain';
import { useQueryClient } from '@tanstack/react-query';
import { Form, Input } from 'antd';
import { FormModal } from '../../components/FormModal';
import type { DialogProps } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import type { MessageKey } from '../../i18n/messages';
import { useT } from '../../i18n/useT';
import { referralKeys, returnReferral, stepReferral } from './referrals-api';

export type ReferralAction = 'accept' | 'refuse' | 'complete' | 'revoke' | 'return';

interface Field {
  name: 'note' | 'reason' | 'result' | 'sharedSummary';
  label: MessageKey;
  required: boolean;
  min?: number;
  max: number;
  rows: number;
  hint?: MessageKey;
}

/** What each step asks for: the answer's note, a reason, the result, the hand-back's summary. */
const steps: Record<
  ReferralAction,
  { title: MessageKey; ok: MessageKey; done: MessageKey; danger?: boolean; fields: Field[] }
> = {
  accept: {
    title: 'referrals.accept.title',
    ok: 'referrals.accept',
    done: 'referrals.accept.done',
    fields: [{ name: 'note', label: 'referrals.accept.note', required: false, max: 500, rows: 2 }],
  },
  refuse: {
    title: 'referrals.refuse.title',
    ok: 'referrals.refuse',
    done: 'referrals.refuse.done',
    danger: true,
    fields: [
      {
        name: 'reason',
        label: 'referrals.refuse.reason',
        hint: 'referrals.refuse.hint',
        required: true,
        min: 2,
        max: 500,
        rows: 3,
      },
    ],
  },
  complete: {
    title: 'referrals.complete.title',
    ok: 'referrals.complete',
    done: 'referrals.complete.done',
    fields: [
      {
        name: 'result',
        label: 'referrals.complete.result',
        hint: 'referrals.complete.hint',
        required: true,
        min: 2,
        max: 2000,
        rows: 5,
      },
    ],
  },
  revoke: {
    title: 'referrals.revoke.title',
    ok: 'referrals.revoke',
    done: 'referrals.revoke.done',
    danger: true,
    fields: [
      {
        name: 'reason',
        label: 'referrals.revoke.reason',
        required: true,
        min: 2,
        max: 200,
        rows: 2,
      },
    ],
  },
  return: {
    title: 'referrals.return.title',
    ok: 'referrals.return',
    done: 'referrals.return.done',
    fields: [
      {
        name: 'reason',
        label: 'referrals.return.reason',
        required: true,
        min: 2,
        max: 500,
        rows: 2,
      },
      {
        name: 'sharedSummary',
        label: 'referrals.return.summary',
        hint: 'referrals.sharedSummary.hint',
        required: true,
        min: 10,
        max: 2000,
        rows: 5,
      },
    ],
  },
};

type Values = Partial<Record<Field['name'], string>>;

/** One step of a referral after sending, with what it asks for; the referral's page then shows it. */
export function ReferralStepModal({
  referral,
  action,
  onDone,
  ...dialog
}: DialogProps & {
  referral: ReferralDetail;
  action: ReferralAction;
  onDone: (saved: ReferralDetail) => void;
}) {
  const t = useT();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const step = steps[action];
  const save = useRecordMutation(
    (values: Values) => {
      const body = Object.fromEntries(
        Object.entries(values)
          .map(([key, value]) => [key, value?.trim()])
          .filter(([, value]) => value),
      ) as Values;
      return action === 'return'
        ? returnReferral(referral.id, {
            reason: body.reason ?? '',
            sharedSummary: body.sharedSummary ?? '',
          })
        : stepReferral(referral, action, body);
    },
    {
      form,
      invalidates: [referralKeys.all],
      success: () => t(step.done),
      onDone: (saved) => {
        queryClient.setQueryData(referralKeys.one(saved.id), saved);
        dialog.onClose();
        onDone(saved);
      },
    },
  );
  return (
    <FormModal<Values>
      {...dialog}
      title={`${t(step.title)} · ${referral.client.name}`}
      form={form}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
      okText={t(step.ok)}
      danger={step.danger}
    >
      {step.fields.map((field) => (
        <Form.Item
          key={field.name}
          name={field.name}
          label={t(field.label)}
          extra={field.hint && t(field.hint)}
          rules={[
            { required: field.required, whitespace: field.required },
            { min: field.min, max: field.max },
          ]}
        >
          <Input.TextArea rows={field.rows} showCount maxLength={field.max} />
        </Form.Item>
      ))}
    </FormModal>
  );
}
