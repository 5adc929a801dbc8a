import {
  chinaToday,
  declineDispositions,
  intakeSources,
  type CaseFile,
  type DeclineDisposition,
  type IntakeSource,
} from '@shegong/domain';
import { Form, Input, Radio, Select } from 'antd';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { FormModal } from '../../components/FormModal';
import type { DialogProps } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useT } from '../../i18n/useT';
import { recordIntake } from './casework-api';
import { useCaseChange } from './useCaseChange';

interface Values {
  decision: 'accepted' | 'declined';
  intakeOn: string;
  source: IntakeSource;
  presentingProblem: string;
  declineReason?: string;
  disposition?: DeclineDisposition;
  referredTo?: string;
}

/** 接案记录: the date, the source and the presenting problem; or 不接案 with a reason. */
export function IntakeModal({ file, ...dialog }: DialogProps & { file: CaseFile }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const decision = Form.useWatch('decision', form);
  const disposition = Form.useWatch('disposition', form);
  const sources = useEnumOptions(intakeSources);
  const dispositions = useEnumOptions(declineDispositions);
  const intake = file.content?.intake;
  const save = useCaseChange(
    (values: Values) =>
      recordIntake(
        file.id,
        values.decision === 'accepted'
          ? {
              decision: 'accepted',
              intakeOn: values.intakeOn,
              source: values.source,
              presentingProblem: values.presentingProblem,
              version: file.version,
            }
          : {
              decision: 'declined',
              intakeOn: values.intakeOn,
              source: values.source,
              presentingProblem: values.presentingProblem,
              declineReason: values.declineReason ?? '',
              disposition: values.disposition ?? 'archived',
              referredTo: values.referredTo || null,
              version: file.version,
            },
      ),
    { form, success: () => t('casework.intake.saved'), close: dialog.onClose, caseId: file.id },
  );
  return (
    <FormModal<Values>
      {...dialog}
      title={t('casework.intake.record')}
      form={form}
      initialValues={{
        decision: intake?.decision ?? 'accepted',
        intakeOn: intake?.intakeOn ?? chinaToday(),
        source: intake?.source,
        presentingProblem: intake?.presentingProblem,
      }}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      <Form.Item name="decision" label={t('casework.intake.decision')}>
        <Radio.Group
          options={[
            { value: 'accepted', label: t('casework.intake.accepted') },
            { value: 'declined', label: t('casework.intake.declined') },
          ]}
        />
      </Form.Item>
      <Form.Item name="intakeOn" label={t('casework.intake.on')} rules={[{ required: true }]}>
        <CalendarDatePicker />
      </Form.Item>
      <Form.Item name="source" label={t('casework.intake.source')} rules={[{ required: true }]}>
        <Select options={sources} />
      </Form.Item>
      <Form.Item
        name="presentingProblem"
        label={t('casework.intake.problem')}
        rules={[{ required: true, whitespace: true, min: 2 }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
      {decision === 'declined' && (
        <>
          <Form.Item
            name="declineReason"
            label={t('casework.intake.declineReason')}
            rules={[{ required: true, whitespace: true, min: 2 }]}
          >
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Form.Item
            name="disposition"
            label={t('casework.intake.disposition')}
            rules={[{ required: true }]}
          >
            <Radio.Group options={dispositions} />
          </Form.Item>
          {disposition === 'referred' && (
            <Form.Item
              name="referredTo"
              label={t('casework.intake.referredTo')}
              rules={[{ required: true, whitespace: true }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          )}
        </>
      )}
    </FormModal>
  );
}
