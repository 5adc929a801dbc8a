import {
  chinaToday,
  enteredCreditRecordKinds,
  type CreditRecordInput,
  type OrganisationDetail,
} from '@shegong/domain';
import { Form, Input, Select } from 'antd';
import { textOrNull } from '../../api/changes';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { FormModal } from '../../components/FormModal';
import type { DialogProps } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useT } from '../../i18n/useT';
import { addCreditRecord } from './organisations-api';
import { useOrganisationMutation } from './useOrganisationMutation';
import { chooseRequired } from '../../components/choose-required';

/** A penalty, an investigation or an entry on a list; left open while it runs. */
export function CreditRecordModal({
  organisation,
  ...dialog
}: DialogProps & { organisation: OrganisationDetail }) {
  const t = useT();
  const [form] = Form.useForm<CreditRecordInput>();
  const kindOptions = useEnumOptions(enteredCreditRecordKinds);
  const save = useOrganisationMutation(
    (input: CreditRecordInput) => addCreditRecord(organisation.id, input),
    { form, success: () => t('organisations.credit.done'), onDone: dialog.onClose },
  );

  return (
    <FormModal<CreditRecordInput>
      {...dialog}
      title={`${t('organisations.credit.add')} · ${organisation.name}`}
      form={form}
      initialValues={{ startedOn: chinaToday() }}
      saving={save.isPending}
      onFinish={(values) =>
        save.mutate({
          ...values,
          endedOn: values.endedOn ?? null,
          documentRef: textOrNull(values.documentRef),
          description: textOrNull(values.description),
        })
      }
    >
      <Form.Item name="kind" label={t('organisations.credit.kind')} rules={[chooseRequired]}>
        <Select options={kindOptions} />
      </Form.Item>
      <Form.Item
        name="startedOn"
        label={t('organisations.credit.startedOn')}
        rules={[chooseRequired]}
      >
        <CalendarDatePicker />
      </Form.Item>
      <Form.Item
        name="endedOn"
        label={t('organisations.credit.endedOn')}
        extra={t('organisations.credit.endedOnHint')}
        dependencies={['startedOn']}
        rules={[
          ({ getFieldValue }) => ({
            validator: async (_rule, value: string | undefined) => {
              const startedOn: unknown = getFieldValue('startedOn');
              if (value && typeof startedOn === 'string' && value < startedOn) {
                throw new Error(t('common.dateNotBefore', { date: startedOn }));
              }
            },
          }),
        ]}
      >
        <CalendarDatePicker />
      </Form.Item>
      <Form.Item name="documentRef" label={t('organisations.documentRef')} rules={[{ max: 100 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('organisations.credit.description')}
        rules={[{ max: 500 }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
