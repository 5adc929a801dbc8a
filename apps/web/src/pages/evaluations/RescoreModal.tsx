import type { EvaluationRoundDetail, IndicatorItem } from '@shegong/domain';
import { Form, Input } from 'antd';
import { FormModal } from '../../components/FormModal';
import type { DialogProps } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useLanguage } from '../../i18n/useLanguage';
import { evaluationKeys, rescoreItem } from './evaluations-api';
import { RemarkFields, remarkOf, remarkStart, type RemarkValues } from './RemarkFields';

type Values = RemarkValues & { reason: string };

/** 重新评分 after the lock: one item of one sheet, with the reason recorded. */
export function RescoreModal({
  round,
  item,
  ...dialog
}: DialogProps & { round: EvaluationRoundDetail; item: IndicatorItem }) {
  const { t } = useLanguage();
  const [form] = Form.useForm<Values>();
  const rescore = useRecordMutation(
    (values: Values) =>
      rescoreItem(round.id, {
        version: round.version,
        ...remarkOf(round, item, values),
        reason: values.reason,
      }),
    {
      form,
      invalidates: [evaluationKeys.round(round.id)],
      success: () => t('evaluations.rescore.done'),
      onDone: dialog.onClose,
    },
  );
  return (
    <FormModal<Values>
      {...dialog}
      title={`${t('evaluations.rescore')} · ${item.key} ${item.name}`}
      form={form}
      initialValues={remarkStart(round, item)}
      saving={rescore.isPending}
      onFinish={(values) => rescore.mutate(values)}
    >
      <RemarkFields round={round} item={item} />
      <Form.Item
        name="reason"
        label={t('evaluations.rescore.reason')}
        rules={[{ required: true, min: 2, whitespace: true }]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
