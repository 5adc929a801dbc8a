import {
  stationStatuses,
  stationTiers,
  type ServiceField,
  type Station,
  type StationInput,
  type StationStatus,
  type StationTier,
} from '@shegong/domain';
import { Descriptions, Form, Input, InputNumber, Select } from 'antd';
import { changedFields, textOrNull } from '../../api/changes';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { FormDrawer } from '../../components/FormDrawer';
import { RegionPicker } from '../../components/region-picker/RegionPicker';
import { ServiceFieldSelect } from '../../components/ServiceFieldSelect';
import type { DialogProps } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useLanguage } from '../../i18n/useLanguage';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { ParentStationSelect } from './ParentStationSelect';
import { TierLabel } from './StationLabels';
import { parentTierOf, tierLevel, tierRegionRule } from './station-rules';
import { createStation, updateStation } from './stations-api';
import { useStationMutation } from './useStationMutation';
import { chooseRequired } from '../../components/choose-required';

interface StationForm {
  tier?: StationTier;
  regionCode?: string;
  name: string;
  parentStationId?: string | null;
  operatorOrganisationId?: string | null;
  address?: string | null;
  openedOn?: string | null;
  status: StationStatus;
  serviceFields?: ServiceField[];
  servicePopulation?: number | null;
}

/** The fields a station keeps for life are left out of an edit (tier and division). */
function editableOf(values: StationForm) {
  return {
    name: values.name,
    parentStationId: values.parentStationId ?? null,
    operatorOrganisationId: values.operatorOrganisationId ?? null,
    address: textOrNull(values.address),
    openedOn: values.openedOn ?? null,
    status: values.status,
    serviceFields: values.serviceFields ?? [],
    servicePopulation: values.servicePopulation ?? null,
  };
}

/**
 * 新建 (no station given) or 编辑 a station. Creating starts with the tier, which decides the
 * level of division the station may sit on and the tier of the station above it.
 */
export function StationDrawer({
  station,
  onSaved,
  onStale,
  ...dialog
}: DialogProps & {
  station?: Station;
  onSaved?: (station: Station) => void;
  onStale?: () => void;
}) {
  const { language, t } = useLanguage();
  const [form] = Form.useForm<StationForm>();
  const tier = Form.useWatch('tier', form) ?? station?.tier;
  const regionCode = Form.useWatch('regionCode', form) ?? station?.regionCode;
  const tierOptions = useEnumOptions(stationTiers);
  const statusOptions = useEnumOptions(stationStatuses);
  const save = useStationMutation(
    (values: StationForm) =>
      station
        ? updateStation(station.id, {
            ...changedFields(station, editableOf(values)),
            version: station.version,
          })
        : createStation({
            ...editableOf(values),
            tier: values.tier as StationTier,
            regionCode: values.regionCode ?? '',
          } satisfies StationInput),
    {
      form,
      success: (saved) =>
        station ? t('common.saved') : t('stations.create.done', { name: saved.name }),
      onDone: (saved) => {
        dialog.onClose();
        onSaved?.(saved);
      },
      onStale,
    },
  );

  return (
    <FormDrawer
      {...dialog}
      title={station ? `${t('stations.edit')} · ${station.name}` : t('stations.create')}
      size={560}
      saving={save.isPending}
      onSave={() => form.submit()}
    >
      <Form<StationForm>
        form={form}
        layout="vertical"
        initialValues={station ?? { status: 'operating', serviceFields: [] }}
        onFinish={(values) => save.mutate(values)}
        onValuesChange={(changed: Partial<StationForm>) => {
          // Another tier or division: the parent found before no longer fits.
          if ('tier' in changed || 'regionCode' in changed) {
            form.setFieldValue('parentStationId', undefined);
          }
          if ('tier' in changed && form.getFieldValue('regionCode') !== undefined) {
            void form.validateFields(['regionCode']).catch(() => undefined);
          }
        }}
      >
        {station ? (
          <Descriptions
            size="small"
            column={1}
            style={{ marginBottom: 16 }}
            items={[
              {
                key: 'tier',
                label: t('stations.tier'),
                children: <TierLabel tier={station.tier} />,
              },
              { key: 'region', label: t('stations.region'), children: station.regionName },
            ]}
          />
        ) : (
          <>
            <Form.Item name="tier" label={t('stations.tier')} rules={[chooseRequired]}>
              <Select options={tierOptions} />
            </Form.Item>
            <Form.Item
              name="regionCode"
              label={t('stations.region')}
              dependencies={['tier']}
              extra={
                tier
                  ? t('stations.region.hint', { level: t(`region.level.${tierLevel(tier)}`) })
                  : t('stations.region.tierFirst')
              }
              rules={[tierRegionRule(t, language, 'tier')]}
            >
              <RegionPicker disabled={!tier} allowClear={false} />
            </Form.Item>
          </>
        )}
        <Form.Item
          name="name"
          label={t('stations.name')}
          rules={[{ required: true, min: 2, max: 100 }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        {tier && parentTierOf[tier] && (
          <Form.Item
            name="parentStationId"
            label={t('stations.parent')}
            extra={t('stations.parent.hint')}
          >
            <ParentStationSelect
              tier={tier}
              regionCode={regionCode}
              current={
                station?.parentStationId
                  ? { value: station.parentStationId, label: station.parentStationName ?? '' }
                  : undefined
              }
            />
          </Form.Item>
        )}
        <Form.Item name="operatorOrganisationId" label={t('stations.operator')}>
          <OrganisationSelect
            current={
              station?.operatorOrganisationId
                ? {
                    value: station.operatorOrganisationId,
                    label: station.operatorOrganisationName ?? '',
                  }
                : undefined
            }
          />
        </Form.Item>
        <Form.Item name="status" label={t('stations.status')} rules={[chooseRequired]}>
          <Select options={statusOptions} />
        </Form.Item>
        <Form.Item name="openedOn" label={t('stations.openedOn')}>
          <CalendarDatePicker />
        </Form.Item>
        <Form.Item name="address" label={t('stations.address')} rules={[{ max: 200 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="servicePopulation"
          label={t('stations.servicePopulation')}
          extra={t('stations.servicePopulation.hint')}
          rules={[{ type: 'integer', min: 0, max: 50_000_000 }]}
        >
          <InputNumber
            min={0}
            max={50_000_000}
            precision={0}
            suffix={t('unit.people')}
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item name="serviceFields" label={t('stations.serviceFields')}>
          <ServiceFieldSelect multiple />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
