import { normalizeIdentifierInput, type WorkerTransferInput } from '@shegong/domain';
import { Alert, Divider, Form, Input } from 'antd';
import { FormDrawer } from '../../../components/FormDrawer';
import { RegionPicker } from '../../../components/region-picker/RegionPicker';
import { requiredRegion } from '../../../components/region-picker/region-rules';
import type { DialogProps } from '../../../hooks/useDialog';
import { useLanguage } from '../../../i18n/useLanguage';
import {
  EmployerFields,
  employerOf,
  useEmployerPick,
  type EmployerForm,
} from '../careers/EmployerFields';
import { residentIdFieldRules } from '../../../components/resident-id-rules';
import { requestTransfer } from './transfers-api';
import { useTransferMutation } from './useTransferMutation';

type RequestForm = EmployerForm & {
  idNumber?: string;
  name?: string;
  regionCode?: string;
  note?: string;
};

/** What the request starts from: the ID number and name typed in the worker form, if any. */
export interface TransferRequestStart {
  idNumber?: string;
  name?: string;
}

/**
 * 申请调入: the worker's ID number and name, where they will be recorded and their new job. The
 * answer is the same whether or not they match a registered worker.
 */
export function TransferRequestDrawer({
  start,
  ...dialog
}: DialogProps & { start: TransferRequestStart }) {
  const { language, t } = useLanguage();
  const [form] = Form.useForm<RequestForm>();
  const pick = useEmployerPick(form);
  const save = useTransferMutation((input: WorkerTransferInput) => requestTransfer(input), {
    form,
    success: () => t('transfers.request.done'),
    onDone: dialog.onClose,
  });
  return (
    <FormDrawer
      {...dialog}
      title={t('transfers.request.title')}
      size={520}
      saving={save.isPending}
      onSave={() => form.submit()}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={t('transfers.request.intro')}
      />
      <Form<RequestForm>
        form={form}
        layout="vertical"
        initialValues={{ ...start, fullTime: true }}
        onFinish={(values) =>
          save.mutate({
            idNumber: values.idNumber ?? '',
            name: values.name?.trim() ?? '',
            regionCode: values.regionCode ?? '',
            note: values.note?.trim() || null,
            ...employerOf(values, pick),
          })
        }
      >
        <Form.Item
          name="idNumber"
          label={t('transfers.idNumber')}
          normalize={(value: string) => normalizeIdentifierInput(value)}
          rules={residentIdFieldRules(language, { required: true })}
        >
          <Input maxLength={18} autoComplete="off" style={{ fontFamily: 'monospace' }} />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('transfers.name')}
          rules={[{ required: true, whitespace: true, max: 50 }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t('transfers.region')}
          extra={t('workers.region.hint')}
          rules={[requiredRegion]}
        >
          <RegionPicker allowClear={false} />
        </Form.Item>
        <Divider titlePlacement="start" plain>
          {t('transfers.request.newJob')}
        </Divider>
        <EmployerFields pick={pick} />
        <Form.Item name="note" label={t('transfers.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
