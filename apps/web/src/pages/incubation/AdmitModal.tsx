import {
  chinaToday,
  incubationSupports,
  type IncubationBase,
  type ResidencyInput,
} from '@shegong/domain';
import { Alert, Form, Input, Select } from 'antd';
import { textOrNull } from '../../api/changes';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { FormModal } from '../../components/FormModal';
import type { DialogProps } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useT } from '../../i18n/useT';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { admitResident } from './incubation-api';
import { useIncubationMutation } from './useIncubationMutation';
import { chooseRequired } from '../../components/choose-required';

/** An organisation enters the base, with the support it is given (三免一优先…). */
export function AdmitModal({ base, ...dialog }: DialogProps & { base: IncubationBase }) {
  const t = useT();
  const [form] = Form.useForm<ResidencyInput>();
  const supportOptions = useEnumOptions(incubationSupports);
  const save = useIncubationMutation((input: ResidencyInput) => admitResident(base.id, input), {
    form,
    success: (residency) =>
      t('incubation.admit.done', { name: residency.organisationName, base: base.name }),
    onDone: dialog.onClose,
  });
  const full = base.capacity !== null && base.residents >= base.capacity;

  return (
    <FormModal<ResidencyInput>
      {...dialog}
      title={`${t('incubation.admit')} · ${base.name}`}
      form={form}
      initialValues={{ enteredOn: chinaToday(), supports: [] }}
      saving={save.isPending}
      onFinish={(values) =>
        save.mutate({ ...values, supports: values.supports ?? [], note: textOrNull(values.note) })
      }
    >
      {full && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('incubation.admit.full', { capacity: base.capacity ?? 0 })}
        />
      )}
      <Form.Item
        name="organisationId"
        label={t('incubation.resident.organisation')}
        rules={[chooseRequired]}
      >
        <OrganisationSelect />
      </Form.Item>
      <Form.Item
        name="enteredOn"
        label={t('incubation.resident.enteredOn')}
        rules={[chooseRequired]}
      >
        <CalendarDatePicker />
      </Form.Item>
      <Form.Item name="supports" label={t('incubation.resident.supports')}>
        <Select mode="multiple" allowClear options={supportOptions} />
      </Form.Item>
      <Form.Item name="note" label={t('common.note')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
