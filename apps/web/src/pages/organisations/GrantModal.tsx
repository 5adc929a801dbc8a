import {
  chinaToday,
  fundingSources,
  grantKinds,
  type GrantInput,
  type OrganisationDetail,
} from '@shegong/domain';
import { Form, Input, InputNumber, Select } from 'antd';
import { textOrNull } from '../../api/changes';
import { useSession } from '../../auth/useSession';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { FormModal } from '../../components/FormModal';
import { RegionPicker } from '../../components/region-picker/RegionPicker';
import { yuanToFen } from '../../format/money';
import type { DialogProps } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useT } from '../../i18n/useT';
import { addGrant } from './organisations-api';
import { useOrganisationMutation } from './useOrganisationMutation';
import { chooseRequired } from '../../components/choose-required';

type GrantForm = Omit<GrantInput, 'amountFen'> & { amountYuan: number };

// The API takes at most 100,000,000 yuan (10^10 fen) in one grant.
const maxYuan = 100_000_000;

/**
 * A subsidy or an award, entered in yuan and sent in fen. The granting region is the
 * organisation's unless it lies outside the user's scope, where it starts as the user's own.
 */
export function GrantModal({
  organisation,
  ...dialog
}: DialogProps & { organisation: OrganisationDetail }) {
  const t = useT();
  const { session, inScope } = useSession();
  const [form] = Form.useForm<GrantForm>();
  const kindOptions = useEnumOptions(grantKinds);
  const sourceOptions = useEnumOptions(fundingSources);
  const save = useOrganisationMutation((input: GrantInput) => addGrant(organisation.id, input), {
    form,
    success: () => t('organisations.grant.done'),
    onDone: dialog.onClose,
  });
  const ownRegion = inScope(organisation.regionCode) ? undefined : session?.account.regionCode;

  return (
    <FormModal<GrantForm>
      {...dialog}
      title={`${t('organisations.grant.add')} · ${organisation.name}`}
      form={form}
      initialValues={{
        kind: 'subsidy',
        grantedOn: chinaToday(),
        fundingSource: 'public_budget',
        regionCode: ownRegion,
      }}
      saving={save.isPending}
      onFinish={({ amountYuan, ...values }) =>
        save.mutate({
          ...values,
          amountFen: yuanToFen(amountYuan),
          regionCode: values.regionCode || undefined,
          documentRef: textOrNull(values.documentRef),
        })
      }
    >
      <Form.Item name="kind" label={t('organisations.grant.kind')} rules={[chooseRequired]}>
        <Select options={kindOptions} />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('organisations.grant.title')}
        rules={[{ required: true, max: 100 }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="amountYuan"
        label={t('organisations.grant.amountYuan')}
        rules={[{ required: true, type: 'number', min: 0.01, max: maxYuan }]}
      >
        <InputNumber
          min={0.01}
          max={maxYuan}
          precision={2}
          suffix={t('unit.yuan')}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item
        name="grantedOn"
        label={t('organisations.grant.grantedOn')}
        rules={[chooseRequired]}
      >
        <CalendarDatePicker />
      </Form.Item>
      <Form.Item
        name="fundingSource"
        label={t('organisations.grant.fundingSource')}
        rules={[chooseRequired]}
      >
        <Select options={sourceOptions} />
      </Form.Item>
      <Form.Item
        name="regionCode"
        label={t('organisations.grant.region')}
        extra={t('organisations.grant.regionHint')}
      >
        <RegionPicker />
      </Form.Item>
      <Form.Item name="documentRef" label={t('organisations.documentRef')} rules={[{ max: 100 }]}>
        <Input autoComplete="off" />
      </Form.Item>
    </FormModal>
  );
}
