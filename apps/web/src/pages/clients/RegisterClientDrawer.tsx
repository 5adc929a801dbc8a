import {
  chinaToday,
  type ClientDetail,
  type ClientInput,
  type DuplicateMatch,
} from '@shegong/domain';
import { Button, Divider, Form, Input, Steps } from 'antd';
import { useState } from 'react';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { FormDrawer } from '../../components/FormDrawer';
import { useDialog, type DialogProps } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useLanguage } from '../../i18n/useLanguage';
import { residentIdFieldRules } from '../../components/resident-id-rules';
import { ClientProfileFields, ConsentGivenFields } from './ClientFields';
import { clientKeys, createClient, findDuplicates } from './clients-api';
import { DuplicateMatches } from './DuplicateMatches';
import { LinkClientModal } from './LinkClientModal';

type IdentityForm = Pick<ClientInput, 'name' | 'idNumber' | 'birthDate' | 'phone'>;
type RegisterForm = IdentityForm & Omit<ClientInput, keyof IdentityForm | 'duplicatesChecked'>;

/**
 * 登记服务对象 in two steps: the identity first and the duplicate check on it (the same ID number,
 * or the same name and birth date, or the same phone, in the worker's scope), so the worker links
 * an existing record instead of making a second; then the file and the consent to be served.
 */
export function RegisterClientDrawer({
  onSaved,
  ...dialog
}: DialogProps & { onSaved: (client: ClientDetail) => void }) {
  const { language, t } = useLanguage();
  const [form] = Form.useForm<RegisterForm>();
  const [matches, setMatches] = useState<DuplicateMatch[] | null>(null);
  const [step, setStep] = useState(0);
  const [checking, setChecking] = useState(false);
  const linking = useDialog<DuplicateMatch>();
  const idNumber = Form.useWatch('idNumber', form);
  const birthDate = Form.useWatch('birthDate', form);
  const ageBand = Form.useWatch('ageBand', form);
  const minor = looksMinor(idNumber, birthDate, ageBand);

  const check = async () => {
    const identity = await form.validateFields(['name', 'idNumber', 'birthDate', 'phone']);
    setChecking(true);
    try {
      setMatches(
        await findDuplicates({
          name: identity.name,
          idNumber: identity.idNumber || null,
          birthDate: identity.birthDate || null,
          phone: identity.phone || null,
        }),
      );
    } finally {
      setChecking(false);
    }
  };

  const save = useRecordMutation(
    (values: RegisterForm) =>
      createClient({
        ...values,
        idNumber: values.idNumber || null,
        phone: values.phone || null,
        guardian: values.guardian?.name ? values.guardian : null,
        populationGroups: values.populationGroups ?? [],
        duplicatesChecked: (matches?.length ?? 0) > 0,
      }),
    {
      form,
      invalidates: [clientKeys.all],
      success: (saved) => t('clients.create.done', { name: saved.name }),
      onDone: (saved) => {
        dialog.onClose();
        onSaved(saved);
      },
    },
  );

  return (
    <FormDrawer
      {...dialog}
      title={t('clients.create')}
      size={600}
      saving={save.isPending}
      onSave={() => (step === 0 ? void check() : form.submit())}
    >
      <Steps
        size="small"
        current={step}
        style={{ marginBottom: 24 }}
        items={[{ title: t('clients.step.check') }, { title: t('clients.step.details') }]}
      />
      <Form<RegisterForm>
        form={form}
        layout="vertical"
        initialValues={{
          consent: { givenBy: 'self', givenOn: chinaToday() },
          populationGroups: [],
        }}
        onFinish={(values) => save.mutate(values)}
        onValuesChange={(changed: Partial<RegisterForm>) => {
          // Another identity: the check made before no longer holds.
          if (['name', 'idNumber', 'birthDate', 'phone'].some((k) => k in changed)) {
            setMatches(null);
            setStep(0);
          }
        }}
      >
        <Form.Item
          name="name"
          label={t('clients.name')}
          rules={[{ required: true, whitespace: true, message: t('clients.check.needName') }]}
        >
          <Input maxLength={50} />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={t('clients.idNumber')}
          extra={t('clients.idNumber.hint')}
          rules={residentIdFieldRules(language)}
        >
          <Input maxLength={18} />
        </Form.Item>
        <Form.Item name="birthDate" label={t('clients.birthDate')}>
          <CalendarDatePicker />
        </Form.Item>
        <Form.Item name="phone" label={t('clients.phone')}>
          <Input maxLength={11} />
        </Form.Item>
        {step === 0 && (
          <Button loading={checking} onClick={() => void check()} style={{ marginBottom: 16 }}>
            {t('clients.check.run')}
          </Button>
        )}
        {matches && step === 0 && (
          <>
            <DuplicateMatches matches={matches} onLink={(match) => linking.show(match)} />
            {/* The same ID number is the same person: link or open that record, never a second. */}
            {!matches.some((m) => m.matchedBy === 'idNumber') && (
              <Button type="primary" style={{ marginTop: 16 }} onClick={() => setStep(1)}>
                {matches.length > 0 ? t('clients.check.notSame') : t('clients.step.details')}
              </Button>
            )}
          </>
        )}
        {step === 1 && (
          <>
            <ClientProfileFields minorHint={minor} />
            <Divider titlePlacement="start">{t('clients.consent.section')}</Divider>
            <ConsentGivenFields prefix="consent" />
          </>
        )}
      </Form>
      {linking.payload && (
        <LinkClientModal
          {...linking.props}
          match={linking.payload}
          onLinked={(client) => {
            dialog.onClose();
            onSaved(client);
          }}
        />
      )}
    </FormDrawer>
  );
}

/** As typed: under 14 by the ID number's or the birth date's year, or by a band below 14. */
function looksMinor(idNumber?: string | null, birthDate?: string | null, ageBand?: string | null) {
  const born = idNumber && idNumber.length === 18 ? idNumber.slice(6, 10) : birthDate?.slice(0, 4);
  if (born) return new Date().getFullYear() - Number(born) < 14;
  return ageBand === 'under_6' || ageBand === '6_13';
}
