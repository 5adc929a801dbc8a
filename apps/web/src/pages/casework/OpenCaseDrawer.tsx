import { useQuery } from '@tanstack/react-query';
import type { CaseFile } from '@shegong/domain';
import { Form, Typography } from 'antd';
import { useEffect } from 'react';
import { FormDrawer } from '../../components/FormDrawer';
import type { DialogProps } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useT } from '../../i18n/useT';
import { ClientSelect } from '../groupwork/GroupworkSelects';
import { StationSelect } from '../stations/StationSelect';
import { caseKeys, caseStations, listCaseStations, listColleagues, openCase } from './casework-api';
import { TeamFields, type TeamValues } from './TeamFields';

interface Values extends TeamValues {
  clientId: string;
  stationId: string;
}

/**
 * 开案: a client the organisation serves (picked by name, or the one whose file it was opened
 * from), the station, the workers and the supervisor.
 */
export function OpenCaseDrawer({
  client,
  onOpened,
  ...dialog
}: DialogProps & {
  client?: { id: string; name: string };
  onOpened: (file: CaseFile) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const stationId = Form.useWatch('stationId', form);
  const me = useQuery({
    queryKey: caseKeys.colleagues,
    queryFn: ({ signal }) => listColleagues(signal),
    staleTime: 60_000,
  });
  const stations = useQuery({
    queryKey: caseKeys.stationRecords,
    queryFn: ({ signal }) => listCaseStations('', signal),
    staleTime: 60_000,
  });
  const regionCode = stations.data?.find((s) => s.id === stationId)?.regionCode;
  const save = useRecordMutation((values: Values) => openCase(values), {
    form,
    invalidates: [caseKeys.all],
    success: () => t('casework.open.done'),
    onDone: onOpened,
  });
  const myId = me.data?.find((c) => c.isMe)?.id;
  // The one opening the case carries it, once the organisation's social workers are known.
  useEffect(() => {
    if (myId && !form.getFieldValue('workerIds')?.length) form.setFieldValue('workerIds', [myId]);
  }, [form, myId]);
  return (
    <FormDrawer
      {...dialog}
      title={t('casework.open')}
      saving={save.isPending}
      onSave={() => form.submit()}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ clientId: client?.id }}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item name="clientId" label={t('casework.client')} rules={[{ required: true }]}>
          {client ? <Typography.Text strong>{client.name}</Typography.Text> : <ClientSelect />}
        </Form.Item>
        <Form.Item name="stationId" label={t('casework.station')} rules={[{ required: true }]}>
          <StationSelect source={caseStations} notFound={t('casework.station.none')} />
        </Form.Item>
        <TeamFields regionCode={regionCode} />
      </Form>
    </FormDrawer>
  );
}
