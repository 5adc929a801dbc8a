import { chinaToday, consentKinds, type ClientDetail, type ClientInput } from '@shegong/domain';
import { Form, Radio } from 'antd';
import { chooseRequired } from '../../components/choose-required';
import { FormModal } from '../../components/FormModal';
import type { DialogProps } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useT } from '../../i18n/useT';
import { OrganisationDirectorySelect } from '../organisations/OrganisationDirectorySelect';
import { ConsentGivenFields } from './ClientFields';
import { addConsent, clientKeys } from './clients-api';

type ConsentForm = ClientInput['consent'] & {
  kind: 'sharing' | 'photos';
  sharedWithOrganisationId?: string | null;
};

/** Records a consent to share with a named organisation, or to be photographed. */
export function ConsentModal({ client, ...dialog }: DialogProps & { client: ClientDetail }) {
  const t = useT();
  const [form] = Form.useForm<ConsentForm>();
  const kind = Form.useWatch('kind', form);
  const kindOptions = useEnumOptions(consentKinds);
  const save = useRecordMutation((values: ConsentForm) => addConsent(client.id, values), {
    form,
    invalidates: [clientKeys.one(client.id)],
    success: () => t('clients.consent.added'),
    onDone: dialog.onClose,
  });
  return (
    <FormModal<ConsentForm>
      {...dialog}
      title={t('clients.consent.add.title')}
      form={form}
      initialValues={{
        kind: 'sharing',
        givenBy: client.minor ? 'guardian' : 'self',
        givenOn: chinaToday(),
      }}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      <Form.Item name="kind" label={t('clients.consent.kind')} rules={[chooseRequired]}>
        <Radio.Group options={kindOptions.filter((option) => option.value !== 'service')} />
      </Form.Item>
      {kind !== 'photos' && (
        <Form.Item
          name="sharedWithOrganisationId"
          label={t('clients.consent.sharedWith')}
          rules={[chooseRequired]}
        >
          <OrganisationDirectorySelect />
        </Form.Item>
      )}
      <ConsentGivenFields />
    </FormModal>
  );
}
