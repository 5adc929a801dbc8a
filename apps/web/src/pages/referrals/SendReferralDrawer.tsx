import {
  chinaToday,
  departmentServiceSuggestions,
  referralReceiverKinds,
  regionAncestors,
  type ClientDetail,
  type Consent,
  type ReferralDetail,
  type SendReferral,
} from '@shegong/domain';
import { AutoComplete, Checkbox, Flex, Form, Input, Radio, Select, Tag, Typography } from 'antd';
import { useSession } from '../../auth/useSession';
import { chooseRequired } from '../../components/choose-required';
import { FormDrawer } from '../../components/FormDrawer';
import { ServiceFieldSelect } from '../../components/ServiceFieldSelect';
import type { DialogProps } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useLanguage } from '../../i18n/useLanguage';
import { ConsentGivenFields } from '../clients/ClientFields';
import { OrganisationDirectorySelect } from '../organisations/OrganisationDirectorySelect';
import { referralKeys, sendReferral } from './referrals-api';

export type ReferredClient = Pick<
  ClientDetail,
  'id' | 'name' | 'regionCode' | 'regionName' | 'minor'
> & {
  /** The client's consents, when the page has them: the organisations they agreed to share with. */
  consents?: readonly Consent[];
};

type Values = Omit<SendReferral, 'clientId' | 'caseId' | 'overrideConsent'> & {
  override?: boolean;
  overrideReason?: string;
};

/**
 * 转介: refers the client to an organisation (the sharing consent naming it is needed; those the
 * client agreed to are offered first) or to another department's service (the consent recorded
 * here); without consent, a holder of the override states why.
 */
export function SendReferralDrawer({
  client,
  caseId,
  onSent,
  ...dialog
}: DialogProps & {
  client: ReferredClient;
  caseId?: string;
  onSent: (saved: ReferralDetail) => void;
}) {
  const { t, language } = useLanguage();
  const { can } = useSession();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('receiverKind', form);
  const override = Form.useWatch('override', form);
  const kindOptions = useEnumOptions(referralReceiverKinds);
  const mayOverride = can('referrals:override_consent');
  const consented = (client.consents ?? []).filter((c) => c.kind === 'sharing' && c.active);
  // A department serves the client's home: the divisions from the province down to it.
  const names = client.regionName.split(' / ');
  const chain = [...regionAncestors(client.regionCode), client.regionCode];
  const regionOptions = chain.map((code, i) => ({ value: code, label: names[i] ?? code }));

  const save = useRecordMutation(
    ({ override: overriding, overrideReason, ...values }: Values) =>
      sendReferral({
        ...values,
        clientId: client.id,
        caseId: caseId ?? null,
        consent: values.receiverKind === 'department' && !overriding ? values.consent : null,
        overrideConsent: overriding ? { reason: overrideReason ?? '' } : null,
      }),
    {
      form,
      invalidates: [referralKeys.all],
      success: () => t('referrals.send.done'),
      onDone: (saved) => {
        dialog.onClose();
        onSent(saved);
      },
    },
  );

  return (
    <FormDrawer
      {...dialog}
      title={t('referrals.send.title')}
      saving={save.isPending}
      onSave={() => form.submit()}
      size={560}
    >
      <Typography.Paragraph type="secondary">
        {t('referrals.send.client', { name: client.name })}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          receiverKind: 'organisation',
          consent: { givenBy: client.minor ? 'guardian' : 'self', givenOn: chinaToday() },
          departmentRegionCode: chain.length >= 3 ? chain[2] : client.regionCode,
        }}
        onFinish={(values) => save.mutate(values)}
      >
        <Form.Item
          name="receiverKind"
          label={t('referrals.send.receiverKind')}
          rules={[chooseRequired]}
        >
          <Radio.Group options={kindOptions} />
        </Form.Item>
        {kind !== 'department' ? (
          <>
            <Form.Item
              name="receiverOrganisationId"
              label={t('referrals.send.organisation')}
              rules={[chooseRequired]}
            >
              <OrganisationDirectorySelect />
            </Form.Item>
            {client.consents && (
              <Flex wrap gap={4} align="center" style={{ marginTop: -12, marginBottom: 16 }}>
                {consented.length > 0 ? (
                  <>
                    <Typography.Text type="secondary">
                      {t('referrals.send.consented')}
                    </Typography.Text>
                    {consented.map((c) => (
                      <Tag.CheckableTag
                        key={c.id}
                        checked={false}
                        onChange={() =>
                          form.setFieldValue('receiverOrganisationId', c.organisationId)
                        }
                      >
                        {c.organisationName}
                      </Tag.CheckableTag>
                    ))}
                  </>
                ) : (
                  <Typography.Text type="warning">{t('referrals.send.noConsent')}</Typography.Text>
                )}
              </Flex>
            )}
          </>
        ) : (
          <>
            <Form.Item
              name="departmentName"
              label={t('referrals.send.department')}
              rules={[{ required: true, whitespace: true, min: 2, max: 60 }]}
            >
              <AutoComplete
                options={departmentServiceSuggestions.map((s) => ({
                  value: s['zh-CN'],
                  label: s[language],
                }))}
                placeholder={t('referrals.send.department.placeholder')}
                filterOption={(input, option) => String(option?.value ?? '').includes(input)}
              />
            </Form.Item>
            <Form.Item
              name="departmentRegionCode"
              label={t('referrals.send.departmentRegion')}
              rules={[chooseRequired]}
            >
              <Select options={regionOptions} />
            </Form.Item>
            {!override && (
              <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
                <Typography.Text strong>{t('referrals.send.consent')}</Typography.Text>
                <ConsentGivenFields prefix="consent" />
              </fieldset>
            )}
          </>
        )}
        <Form.Item name="serviceField" label={t('referrals.serviceField')}>
          <ServiceFieldSelect />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('referrals.reason')}
          rules={[{ required: true, whitespace: true, min: 2, max: 500 }]}
        >
          <Input.TextArea rows={2} showCount maxLength={500} />
        </Form.Item>
        <Form.Item
          name="sharedSummary"
          label={t('referrals.sharedSummary')}
          extra={t('referrals.sharedSummary.hint')}
          rules={[{ required: true, whitespace: true, min: 10, max: 2000 }]}
        >
          <Input.TextArea rows={5} showCount maxLength={2000} />
        </Form.Item>
        {mayOverride && (
          <>
            <Form.Item name="override" valuePropName="checked">
              <Checkbox>{t('referrals.send.override')}</Checkbox>
            </Form.Item>
            {override && (
              <Form.Item
                name="overrideReason"
                label={t('referrals.send.override.reason')}
                extra={t('referrals.send.override.hint')}
                rules={[{ required: true, whitespace: true, min: 4, max: 200 }]}
              >
                <Input.TextArea rows={2} showCount maxLength={200} />
              </Form.Item>
            )}
          </>
        )}
      </Form>
    </FormDrawer>
  );
}
