import type { EvaluationRoundDetail, Objection } from '@shegong/domain';
import { Alert, Form, Input, Radio } from 'antd';
import { FormModal } from '../../components/FormModal';
import type { DialogProps } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useLanguage } from '../../i18n/useLanguage';
import { decideObjection, evaluationKeys } from './evaluations-api';
import { RemarkFields, remarkOf, remarkStart, type RemarkValues } from './RemarkFields';

type Values = RemarkValues & { decision: 'upheld' | 'rejected'; reason: string };

/** 处理异议: upheld with the contested item re-scored, or rejected; the reason either way. */
export function DecideObjectionModal({
  round,
  objection,
  ...dialog
}: DialogProps & { round: EvaluationRoundDetail; objection: Objection }) {
  const { t } = useLanguage();
  const [form] = Form.useForm<Values>();
  const item = round.items.find((i) => i.key === objection.itemKey);
  const decision = Form.useWatch('decision', form);
  const decide = useRecordMutation(
    (values: Values) =>
      decideObjection(round.id, objection.id, {
        // The objection's version, not the round's.
        version: objection.version,
        decision: values.decision,
        reason: values.reason,
        rescores: values.decision === 'upheld' && item ? [remarkOf(round, item, values)] : [],
      }),
    {
      form,
      invalidates: [evaluationKeys.round(round.id)],
      success: () => t('evaluations.objection.decided'),
      onDone: dialog.onClose,
    },
  );
  return (
    <FormModal<Values>
      {...dialog}
      title={`${t('evaluations.objection.decide')} · ${objection.itemName}`}
      form={form}
      initialValues={{ decision: 'rejected', ...(item ? remarkStart(round, item) : {}) }}
      saving={decide.isPending}
      onFinish={(values) => decide.mutate(values)}
    >
      <Alert
        type="info"
        style={{ marginBottom: 12 }}
        message={`${objection.raisedByName}：${objection.reason}`}
      />
      <Form.Item name="decision" label={t('evaluations.objection.decision')}>
        <Radio.Group
          options={[
            { value: 'upheld', label: t('evaluations.objection.upheld') },
            { value: 'rejected', label: t('evaluations.objection.rejected') },
          ]}
        />
      </Form.Item>
      {decision === 'upheld' && item && <RemarkFields round={round} item={item} />}
      <Form.Item
        name="reason"
        label={t('evaluations.objection.decision.reason')}
        rules={[{ required: true, min: 2, whitespace: true }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
