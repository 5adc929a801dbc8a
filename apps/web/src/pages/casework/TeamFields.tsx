import { useQuery } from '@tanstack/react-query';
import { regionContains, type CaseFile } from '@shegong/domain';
import { Form, Select } from 'antd';
import { FormModal } from '../../components/FormModal';
import type { DialogProps } from '../../hooks/useDialog';
import { useT } from '../../i18n/useT';
import { caseKeys, changeTeam, listColleagues } from './casework-api';
import { useCaseChange } from './useCaseChange';

export interface TeamValues {
  workerIds: string[];
  supervisorId: string;
}

/**
 * The workers and the supervisor of a case: social workers of the organisation whose scope reaches
 * the station's region (when known); the supervisor is not one of the workers.
 */
export function TeamFields({ regionCode }: { regionCode?: string }) {
  const t = useT();
  const colleagues = useQuery({
    queryKey: caseKeys.colleagues,
    queryFn: ({ signal }) => listColleagues(signal),
    staleTime: 60_000,
  });
  const workerIds = Form.useWatch<string[] | undefined>('workerIds');
  const options = (colleagues.data ?? [])
    .filter((c) => !regionCode || regionContains(c.regionCode, regionCode))
    .map((c) => ({ value: c.id, label: c.name }));
  return (
    <>
      <Form.Item name="workerIds" label={t('casework.workers')} rules={[{ required: true }]}>
        <Select mode="multiple" loading={colleagues.isPending} options={options} />
      </Form.Item>
      <Form.Item
        name="supervisorId"
        label={t('casework.supervisor')}
        extra={t('casework.supervisor.hint')}
        rules={[{ required: true }]}
      >
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          loading={colleagues.isPending}
          options={options.filter((o) => !(workerIds ?? []).includes(o.value))}
        />
      </Form.Item>
    </>
  );
}

/** 调整团队: new workers or a new supervisor for an open case. */
export function TeamModal({ file, ...dialog }: DialogProps & { file: CaseFile }) {
  const t = useT();
  const [form] = Form.useForm<TeamValues>();
  const save = useCaseChange(
    (values: TeamValues) => changeTeam(file.id, { ...values, version: file.version }),
    { form, success: () => t('casework.team.saved'), close: dialog.onClose, caseId: file.id },
  );
  return (
    <FormModal<TeamValues>
      {...dialog}
      title={t('casework.team.change')}
      form={form}
      initialValues={{
        workerIds: file.workers.map((w) => w.id),
        supervisorId: file.supervisor.id,
      }}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      <TeamFields regionCode={file.regionCode} />
    </FormModal>
  );
}
