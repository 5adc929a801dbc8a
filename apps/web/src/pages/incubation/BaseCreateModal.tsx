import type { IncubationBaseInput } from '@shegong/domain';
import { Form, Input, InputNumber } from 'antd';
import { textOrNull } from '../../api/changes';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { FormModal } from '../../components/FormModal';
import { RegionPicker } from '../../components/region-picker/RegionPicker';
import { requiredRegion } from '../../components/region-picker/region-rules';
import type { DialogProps } from '../../hooks/useDialog';
import { useT } from '../../i18n/useT';
import { createBase } from './incubation-api';
import { useIncubationMutation } from './useIncubationMutation';

type BaseForm = Omit<IncubationBaseInput, 'regionCode'> & { regionCode?: string };

/** A new incubation base within the user's scope. */
export function BaseCreateModal({
  onCreated,
  ...dialog
}: DialogProps & { onCreated: (baseId: string) => void }) {
  const t = useT();
  const [form] = Form.useForm<BaseForm>();
  const save = useIncubationMutation(createBase, {
    form,
    success: (base) => t('incubation.base.created', { name: base.name }),
    onDone: (base) => {
      dialog.onClose();
      onCreated(base.id);
    },
  });

  return (
    <FormModal<BaseForm>
      {...dialog}
      title={t('incubation.base.create')}
      form={form}
      saving={save.isPending}
      onFinish={(values) =>
        save.mutate({
          name: values.name,
          regionCode: values.regionCode ?? '',
          address: textOrNull(values.address),
          openedOn: values.openedOn ?? null,
          capacity: values.capacity ?? null,
        })
      }
    >
      <Form.Item
        name="name"
        label={t('incubation.base.name')}
        rules={[{ required: true, min: 2, max: 100 }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="regionCode" label={t('incubation.base.region')} rules={[requiredRegion]}>
        <RegionPicker allowClear={false} />
      </Form.Item>
      <Form.Item name="address" label={t('incubation.base.address')} rules={[{ max: 200 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="openedOn" label={t('incubation.base.openedOn')}>
        <CalendarDatePicker />
      </Form.Item>
      <Form.Item
        name="capacity"
        label={t('incubation.base.capacity')}
        rules={[{ type: 'integer', min: 1, max: 10_000 }]}
      >
        <InputNumber min={1} max={10_000} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
