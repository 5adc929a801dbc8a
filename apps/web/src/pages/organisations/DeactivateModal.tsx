import { chinaToday, type Organisation } from '@shegong/domain';
import { Alert, Form, Input } from 'antd';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { FormModal } from '../../components/FormModal';
import type { DialogProps } from '../../hooks/useDialog';
import { useT } from '../../i18n/useT';
import { deactivateOrganisation } from './organisations-api';
import { useOrganisationMutation } from './useOrganisationMutation';
import { chooseRequired } from '../../components/choose-required';

interface DeactivateForm {
  deactivatedOn: string;
  reason: string;
}

/** 注销: the organisation leaves the registry (its records stay). */
export function DeactivateModal({
  organisation,
  onStale,
  ...dialog
}: DialogProps & { organisation: Organisation; onStale: () => void }) {
  const t = useT();
  const [form] = Form.useForm<DeactivateForm>();
  const save = useOrganisationMutation(
    (values: DeactivateForm) =>
      deactivateOrganisation(organisation.id, { ...values, version: organisation.version }),
    {
      form,
      success: () => t('organisations.deactivate.done', { name: organisation.name }),
      onDone: dialog.onClose,
      onStale,
    },
  );

  return (
    <FormModal<DeactivateForm>
      {...dialog}
      title={`${t('organisations.deactivate')} · ${organisation.name}`}
      form={form}
      initialValues={{ deactivatedOn: chinaToday() }}
      saving={save.isPending}
      onFinish={(values) => save.mutate({ ...values, reason: values.reason.trim() })}
      okText={t('organisations.deactivate')}
      danger
    >
      <Alert
        type="warning"
        showIcon
        title={t('organisations.deactivate.hint')}
        style={{ marginBottom: 16 }}
      />
      <Form.Item
        name="deactivatedOn"
        label={t('organisations.deactivatedOn')}
        rules={[chooseRequired]}
      >
        <CalendarDatePicker />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('organisations.deactivationReason')}
        rules={[{ required: true, whitespace: true, max: 200 }]}
      >
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
