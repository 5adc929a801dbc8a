import { certificateLevels, labelOf, type Registration } from '@shegong/domain';
import { Alert, Form, Input, Radio } from 'antd';
import { FormModal } from '../../../components/FormModal';
import type { DialogProps } from '../../../hooks/useDialog';
import { useLanguage } from '../../../i18n/useLanguage';
import { useTalentMutation } from '../registry/useTalentMutation';
import { reviewRegistration } from './registrations-api';
import { chooseRequired } from '../../../components/choose-required';

interface ReviewForm {
  outcome: 'pass' | 'fail';
  comment?: string;
}

/**
 * 初审 or 终审 of a registration: pass or fail, with a comment (required to fail). A passed final
 * review registers the certificate for three years; it must be made by someone other than the
 * first reviewer.
 */
export function ReviewModal({
  registration,
  onStale,
  ...dialog
}: DialogProps & { registration: Registration; onStale?: () => void }) {
  const { language, t } = useLanguage();
  const [form] = Form.useForm<ReviewForm>();
  const outcome = Form.useWatch('outcome', form);
  const stage = registration.nextReview?.stage ?? 'first';
  const save = useTalentMutation(
    (values: ReviewForm) =>
      reviewRegistration(registration.id, {
        version: registration.version,
        outcome: values.outcome,
        comment: values.comment?.trim() || null,
      }),
    {
      form,
      success: (done) =>
        done.status === 'registered'
          ? t('registrations.review.registered', { name: done.workerName })
          : t('registrations.review.done'),
      onDone: dialog.onClose,
      onStale,
    },
  );

  return (
    <FormModal<ReviewForm>
      {...dialog}
      title={`${t(`registrations.review.${stage}`)} · ${registration.workerName} · ${labelOf(certificateLevels, registration.level, language)}`}
      form={form}
      initialValues={{ outcome: 'pass' }}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
      okText={t('registrations.review.submit')}
    >
      {stage === 'final' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('registrations.review.finalHint')}
        />
      )}
      <Form.Item name="outcome" label={t('registrations.review.outcome')} rules={[chooseRequired]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'pass', label: t('registrations.review.pass') },
            { value: 'fail', label: t('registrations.review.fail') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="comment"
        label={t('registrations.review.comment')}
        rules={[{ required: outcome === 'fail', whitespace: true, max: 500 }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
