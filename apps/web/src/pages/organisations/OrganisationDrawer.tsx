import {
  organisationBackgrounds,
  organisationTypes,
  type Organisation,
  type OrganisationInput,
} from '@shegong/domain';
import { Form, Input, Select } from 'antd';
import { changedFields, textOrNull } from '../../api/changes';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { FormDrawer } from '../../components/FormDrawer';
import { RegionPicker } from '../../components/region-picker/RegionPicker';
import { requiredRegion } from '../../components/region-picker/region-rules';
import { ServiceFieldSelect } from '../../components/ServiceFieldSelect';
import type { DialogProps } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useT } from '../../i18n/useT';
import { createOrganisation, updateOrganisation } from './organisations-api';
import { CreditCodeField } from './CreditCodeField';
import { useOrganisationMutation } from './useOrganisationMutation';
import { chooseRequired } from '../../components/choose-required';

type OrganisationForm = Omit<OrganisationInput, 'regionCode'> & { regionCode?: string };

function inputOf(values: OrganisationForm): OrganisationInput {
  return {
    ...values,
    regionCode: values.regionCode ?? '',
    contactPerson: textOrNull(values.contactPerson),
    contactPhone: textOrNull(values.contactPhone),
    address: textOrNull(values.address),
    serviceFields: values.serviceFields ?? [],
  };
}

function formValuesOf(o: Organisation): OrganisationForm {
  return {
    creditCode: o.creditCode,
    name: o.name,
    type: o.type,
    background: o.background,
    registeredOn: o.registeredOn,
    legalRepresentative: o.legalRepresentative,
    contactPerson: o.contactPerson,
    contactPhone: o.contactPhone,
    address: o.address,
    regionCode: o.regionCode,
    serviceFields: o.serviceFields,
  };
}

/**
 * 登记 (no organisation given) or 编辑 an organisation. An edit sends only the fields that changed,
 * with the version it was read at.
 */
export function OrganisationDrawer({
  organisation,
  onSaved,
  onStale,
  ...dialog
}: DialogProps & {
  organisation?: Organisation;
  onSaved?: (organisation: Organisation) => void;
  onStale?: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<OrganisationForm>();
  const typeOptions = useEnumOptions(organisationTypes);
  const backgroundOptions = useEnumOptions(organisationBackgrounds);
  const save = useOrganisationMutation(
    (input: OrganisationInput) =>
      organisation
        ? updateOrganisation(organisation.id, {
            ...changedFields(organisation, input),
            version: organisation.version,
          })
        : createOrganisation(input),
    {
      form,
      codeFields: { CONFLICT: 'creditCode' },
      success: (saved) =>
        organisation ? t('common.saved') : t('organisations.create.done', { name: saved.name }),
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
      title={
        organisation
          ? `${t('organisations.edit')} · ${organisation.name}`
          : t('organisations.create.title')
      }
      size={560}
      saving={save.isPending}
      onSave={() => form.submit()}
    >
      <Form<OrganisationForm>
        form={form}
        layout="vertical"
        initialValues={organisation ? formValuesOf(organisation) : { serviceFields: [] }}
        onFinish={(values) => save.mutate(inputOf(values))}
      >
        <CreditCodeField />
        <Form.Item
          name="name"
          label={t('organisations.name')}
          rules={[{ required: true, min: 2, max: 100 }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="type" label={t('organisations.type')} rules={[chooseRequired]}>
          <Select options={typeOptions} />
        </Form.Item>
        <Form.Item name="background" label={t('organisations.background')} rules={[chooseRequired]}>
          <Select options={backgroundOptions} />
        </Form.Item>
        <Form.Item
          name="registeredOn"
          label={t('organisations.registeredOn')}
          rules={[chooseRequired]}
        >
          <CalendarDatePicker />
        </Form.Item>
        <Form.Item
          name="legalRepresentative"
          label={t('organisations.legalRepresentative')}
          rules={[{ required: true, max: 50 }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="contactPerson"
          label={t('organisations.contactPerson')}
          rules={[{ max: 50 }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="contactPhone"
          label={t('organisations.contactPhone')}
          extra={organisation && t('organisations.masked.hint')}
          rules={[{ max: 30 }]}
        >
          <Input inputMode="tel" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="regionCode"
          label={t('organisations.region')}
          extra={t('organisations.region.hint')}
          rules={[requiredRegion]}
        >
          <RegionPicker allowClear={false} />
        </Form.Item>
        <Form.Item name="address" label={t('organisations.address')} rules={[{ max: 200 }]}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item name="serviceFields" label={t('organisations.serviceFields')}>
          <ServiceFieldSelect multiple />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
