import {
  chinaToday,
  type ClientDetail,
  type ClientInput,
  type DuplicateMatch,
} from '@shegong/domain';
import { Alert, Form } from 'antd';
import { FormModal } from '../../components/FormModal';
import type { DialogProps } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useT } from '../../i18n/useT';
import { ConsentGivenFields } from './ClientFields';
import { clientKeys, linkClient } from './clients-api';

type ConsentForm = ClientInput['consent'];

/** Takes a client found by the duplicate check in: their consent to be served by this organisation. */
export function LinkClientModal({
  match,
  onLinked,
  ...dialog
}: DialogProps & { match: DuplicateMatch; onLinked: (client: ClientDetail) => void }) {
  const t = useT();
  const [form] = Form.useForm<ConsentForm>();
  const link = useRecordMutation((consent: ConsentForm) => linkClient(match.id, consent), {
    form,
    invalidates: [clientKeys.all],
    success: () => t('clients.link.done'),
    onDone: (client) => {
      dialog.onClose();
      onLinked(client);
    },
  });
  return (
    <FormModal<ConsentForm>
      {...dialog}
      title={`${t('clients.link.title')} · ${match.name}`}
      form={form}
      initialValues={{
        givenBy: 'self',
        givenOn: chinaToday(),
      }}
      saving={link.isPending}
      onFinish={(values) => link.mutate(values)}
    >
      <Alert type="info" showIcon title={t('clients.link.hint')} style={{ marginBottom: 16 }} />
      <ConsentGivenFields />
    </FormModal>
  );
}
