import type { StaffingNorm, StaffingNormResponse } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Form, InputNumber, Space, Typography } from 'antd';
import { useSession } from '../../auth/useSession';
import { ErrorResult } from '../../components/ErrorResult';
import { FormModal } from '../../components/FormModal';
import { RegionName } from '../../components/region-picker/RegionName';
import { useDialog, type DialogProps } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useT } from '../../i18n/useT';
import { stationKeys } from '../stations/stations-api';
import { coverageKeys, getStaffingNorm, normKeys, setStaffingNorm } from './coverage-api';
import { normFields } from './norm-fields';
import { RemoveNormButton } from './RemoveNormButton';

/** Where the norm in force comes from: this region, an enclosing one, or the defaults. */
function NormSource({ norm }: { norm: StaffingNormResponse }) {
  const t = useT();
  if (norm.setBy === null || norm.setBy === '') {
    return <Typography.Text type="secondary">{t('coverage.norm.default')}</Typography.Text>;
  }
  if (norm.setBy === norm.regionCode) return <>{t('coverage.norm.own')}</>;
  return (
    <>
      {t('coverage.norm.inherited')} <RegionName code={norm.setBy} />
    </>
  );
}

/** 配备标准: the norm in force for the region, and its own setting for those who manage norms. */
export function NormPanel({ region }: { region: string }) {
  const t = useT();
  const { can, inScope } = useSession();
  const norm = useQuery({
    queryKey: normKeys.one(region),
    queryFn: ({ signal }) => getStaffingNorm(region, signal),
  });
  const editing = useDialog();
  const mayEdit = can('norms:manage') && inScope(region);

  return (
    <Card
      size="small"
      title={t('coverage.norm.title')}
      extra={
        mayEdit &&
        norm.data && (
          <Space size="small">
            {norm.data.setBy === region && (
              <RemoveNormButton norm={norm.data} onStale={() => void norm.refetch()} />
            )}
            <Button size="small" onClick={() => editing.show(true)}>
              {t('coverage.norm.edit')}
            </Button>
          </Space>
        )
      }
    >
      {norm.isError ? (
        <ErrorResult error={norm.error} onRetry={() => void norm.refetch()} />
      ) : (
        <>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
            {t('coverage.norm.hint')}
          </Typography.Paragraph>
          <Descriptions
            size="small"
            column={1}
            items={[
              ...normFields.map((field) => ({
                key: field.name,
                label: t(field.label),
                children: norm.data
                  ? t('coverage.norm.count', { count: norm.data[field.name] })
                  : '…',
              })),
              {
                key: 'setBy',
                label: t('coverage.norm.setBy'),
                children: norm.data ? <NormSource norm={norm.data} /> : '…',
              },
            ]}
          />
        </>
      )}
      {editing.payload && norm.data && (
        <NormModal {...editing.props} norm={norm.data} onStale={() => void norm.refetch()} />
      )}
    </Card>
  );
}

function NormModal({
  norm,
  onStale,
  ...dialog
}: DialogProps & { norm: StaffingNormResponse; onStale: () => void }) {
  const t = useT();
  const [form] = Form.useForm<StaffingNorm>();
  const save = useRecordMutation(
    (values: StaffingNorm) =>
      setStaffingNorm(norm.regionCode, { ...values, version: norm.version }),
    {
      form,
      // Requirements change with the norm: the stations' staff/required and the coverage.
      invalidates: [normKeys.all, coverageKeys.all, stationKeys.all],
      success: () => t('coverage.norm.saved'),
      onDone: dialog.onClose,
      onStale,
    },
  );

  return (
    <FormModal<StaffingNorm>
      {...dialog}
      title={
        <>
          {t('coverage.norm.edit')} · <RegionName code={norm.regionCode} />
        </>
      }
      form={form}
      initialValues={norm}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      <Typography.Paragraph type="secondary">{t('coverage.norm.editHint')}</Typography.Paragraph>
      {normFields.map((field) => (
        <Form.Item
          key={field.name}
          name={field.name}
          label={t(field.label)}
          rules={[{ required: true, type: 'integer', min: 0, max: 50 }]}
        >
          <InputNumber min={0} max={50} precision={0} suffix={t('unit.people')} />
        </Form.Item>
      ))}
    </FormModal>
  );
}
