import type { ClientDetail } from '@shegong/domain';
import { Alert, Form, Input } from 'antd';
import { useNavigate } from 'react-router';
import { chooseRequired } from '../../components/choose-required';
import { FormModal } from '../../components/FormModal';
import { SearchSelect, type SearchOption } from '../../components/SearchSelect';
import type { DialogProps } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useT } from '../../i18n/useT';
import { clientKeys, listClients, mergeClients } from './clients-api';

interface MergeForm {
  duplicateId: string;
  reason: string;
}

/** Merges another of the organisation's clients, a duplicate of this one, into this file. */
export function MergeClientModal({ client, ...dialog }: DialogProps & { client: ClientDetail }) {
  const t = useT();
  const navigate = useNavigate();
  const [form] = Form.useForm<MergeForm>();
  const merge = useRecordMutation(
    ({ duplicateId, reason }: MergeForm) => mergeClients(client.id, duplicateId, reason),
    {
      form,
      invalidates: [clientKeys.all],
      success: () => t('clients.merge.done'),
      onDone: (kept) => {
        dialog.onClose();
        void navigate(`/clients/${kept.id}`);
      },
    },
  );
  const search = async (q: string, signal: AbortSignal): Promise<SearchOption[]> => {
    const { items } = await listClients({ q: q || undefined, limit: 20 }, undefined, signal);
    return items
      .filter((c) => c.id !== client.id)
      .map((c) => ({ value: c.id, label: `${c.name} · ${c.idNumber ?? c.regionName}` }));
  };
  return (
    <FormModal<MergeForm>
      {...dialog}
      title={t('clients.merge.title')}
      form={form}
      saving={merge.isPending}
      onFinish={(values) => merge.mutate(values)}
      danger
    >
      <Alert type="info" showIcon title={t('clients.merge.hint')} style={{ marginBottom: 16 }} />
      <Form.Item name="duplicateId" label={t('clients.merge.duplicate')} rules={[chooseRequired]}>
        <SearchSelect
          queryKey={(q) => ['clients', 'merge-search', client.id, q]}
          search={search}
          notFound={t('common.none')}
        />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('clients.merge.reason')}
        rules={[{ required: true, whitespace: true, min: 2 }]}
      >
        <Input maxLength={200} />
      </Form.Item>
    </FormModal>
  );
}
