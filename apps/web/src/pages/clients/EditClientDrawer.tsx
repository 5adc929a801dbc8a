import type { ClientDetail, UpdateClient } from '@shegong/domain';
import { Form, Input } from 'antd';
import { changedFields, textOrNull } from '../../api/changes';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { FormDrawer } from '../../components/FormDrawer';
import type { DialogProps } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useT } from '../../i18n/useT';
import { ClientProfileFields } from './ClientFields';
import { clientKeys, updateClient } from './clients-api';

type EditForm = Omit<UpdateClient, 'version'>;

/** Corrects a client's file; the ID number is their identity and is not edited here. */
export function EditClientDrawer({ client, ...dialog }: DialogProps & { client: ClientDetail }) {
  const t = useT();
  const [form] = Form.useForm<EditForm>();
  const save = useRecordMutation(
    (values: EditForm) => {
      const next = {
        name: values.name,
        sex: values.sex,
        birthDate: values.birthDate ?? null,
        ageBand: values.ageBand ?? null,
        regionCode: values.regionCode,
        populationGroups: values.populationGroups ?? [],
        riskLevel: values.riskLevel,
        address: textOrNull(values.address),
        // The phone is shown masked: left empty, the one on record stays.
        guardian: values.guardian?.name
          ? {
              name: values.guardian.name,
              relation: values.guardian.relation,
              ...(values.guardian.phone ? { phone: values.guardian.phone } : {}),
            }
          : null,
      };
      const before: typeof next = {
        name: client.name,
        sex: client.sex,
        birthDate: null,
        ageBand: client.ageBand,
        regionCode: client.regionCode,
        populationGroups: client.populationGroups,
        riskLevel: client.riskLevel,
        address: client.address,
        guardian: client.guardian && {
          name: client.guardian.name,
          relation: client.guardian.relation,
        },
      };
      return updateClient(client.id, { ...changedFields(before, next), version: client.version });
    },
    {
      form,
      invalidates: [clientKeys.all],
      success: () => t('common.saved'),
      onDone: dialog.onClose,
    },
  );
  return (
    <FormDrawer
      {...dialog}
      title={`${t('clients.edit')} · ${client.name}`}
      size={560}
      saving={save.isPending}
      onSave={() => form.submit()}
    >
      <Form<EditForm>
        form={form}
        layout="vertical"
        initialValues={{
          ...client,
          guardian: client.guardian ?? undefined,
          address: client.address,
        }}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item
          name="name"
          label={t('clients.name')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        {!client.idNumber && client.age === null && (
          <Form.Item name="birthDate" label={t('clients.birthDate')}>
            <CalendarDatePicker />
          </Form.Item>
        )}
        <ClientProfileFields minorHint={client.minor} />
      </Form>
    </FormDrawer>
  );
}
