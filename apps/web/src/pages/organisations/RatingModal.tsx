import {
  chinaToday,
  ratingGrades,
  ratingValidUntil,
  type OrganisationDetail,
  type RatingInput,
} from '@shegong/domain';
import { Alert, Form, Input, InputNumber, Select } from 'antd';
import { textOrNull } from '../../api/changes';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { FormModal } from '../../components/FormModal';
import type { DialogProps } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useT } from '../../i18n/useT';
import { addRating } from './organisations-api';
import { useOrganisationMutation } from './useOrganisationMutation';
import { chooseRequired } from '../../components/choose-required';

const gradesHighFirst = [...ratingGrades].reverse();

/** Records the grade an evaluation gave; the server sets its validity (five years). */
export function RatingModal({
  organisation,
  ...dialog
}: DialogProps & { organisation: OrganisationDetail }) {
  const t = useT();
  const [form] = Form.useForm<RatingInput>();
  const ratedOn = Form.useWatch('ratedOn', form);
  const gradeOptions = useEnumOptions(gradesHighFirst);
  const save = useOrganisationMutation((input: RatingInput) => addRating(organisation.id, input), {
    form,
    success: () => t('organisations.rating.done'),
    onDone: dialog.onClose,
  });

  return (
    <FormModal<RatingInput>
      {...dialog}
      title={`${t('organisations.rating.add')} · ${organisation.name}`}
      form={form}
      initialValues={{ ratedOn: chinaToday() }}
      saving={save.isPending}
      onFinish={(values) =>
        save.mutate({
          ...values,
          score: values.score ?? null,
          documentRef: textOrNull(values.documentRef),
        })
      }
    >
      {!organisation.eligibility.eligible && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('organisations.rating.ineligibleWarning')}
          description={organisation.eligibility.reasons.map((r) => r.message).join('；')}
        />
      )}
      <Form.Item name="grade" label={t('organisations.rating.grade')} rules={[chooseRequired]}>
        <Select options={gradeOptions} />
      </Form.Item>
      <Form.Item
        name="score"
        label={t('organisations.rating.score')}
        extra={t('organisations.rating.scoreHint')}
      >
        <InputNumber min={0} max={1000} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="ratedOn"
        label={t('organisations.rating.ratedOn')}
        rules={[chooseRequired]}
        extra={ratedOn && t('organisations.grade.validUntil', { date: ratingValidUntil(ratedOn) })}
      >
        <CalendarDatePicker />
      </Form.Item>
      <Form.Item
        name="assessor"
        label={t('organisations.rating.assessor')}
        rules={[{ required: true, max: 100 }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="documentRef" label={t('organisations.documentRef')} rules={[{ max: 100 }]}>
        <Input autoComplete="off" />
      </Form.Item>
    </FormModal>
  );
}
