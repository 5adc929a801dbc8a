import {
  ceHoursRequired,
  certificateLevels,
  chinaToday,
  isWithin,
  labelOf,
  registrationWindow,
  type Certificate,
  type WorkerDetail,
} from '@shegong/domain';
import { Alert, Form, Select } from 'antd';
import { CalendarDatePicker } from '../../../components/CalendarDatePicker';
import { FormModal } from '../../../components/FormModal';
import type { DialogProps } from '../../../hooks/useDialog';
import { useLanguage } from '../../../i18n/useLanguage';
import { useTalentMutation } from '../registry/useTalentMutation';
import { applyRegistration } from '../registry/workers-api';
import { chooseRequired } from '../../../components/choose-required';

interface ApplyForm {
  certificateId: string;
  appliedOn: string;
}

/** First registration, or renewal of the registration in force: which window applies. */
function applicationOf(worker: WorkerDetail, certificate: Certificate) {
  const previous = worker.registrations
    .filter((r) => r.certificateId === certificate.id && r.status === 'registered' && r.validUntil)
    .sort((a, b) => (b.validUntil ?? '').localeCompare(a.validUntil ?? ''))[0];
  return previous?.validUntil
    ? {
        kind: 'renewal' as const,
        window: registrationWindow({ kind: 'renewal', previousValidUntil: previous.validUntil }),
      }
    : {
        kind: 'first' as const,
        window: registrationWindow({ kind: 'first', certifiedOn: certificate.certifiedOn }),
      };
}

/**
 * 申请登记 for one of the worker's certificates: the first within a year of certification, a
 * renewal in the three months before expiry with the cycle's hours. The window is shown here; the
 * server checks it and the hours.
 */
export function ApplyRegistrationModal({
  worker,
  ...dialog
}: DialogProps & { worker: WorkerDetail }) {
  const { language, t } = useLanguage();
  const [form] = Form.useForm<ApplyForm>();
  const certificateId = Form.useWatch('certificateId', form);
  const appliedOn = Form.useWatch('appliedOn', form);
  const save = useTalentMutation((values: ApplyForm) => applyRegistration(worker.id, values), {
    form,
    success: () => t('registrations.apply.done'),
    onDone: dialog.onClose,
  });
  const options = worker.certificates.map((c) => ({
    value: c.id,
    label: [
      labelOf(certificateLevels, c.level, language),
      t('registrations.apply.certifiedOn', { date: c.certifiedOn }),
      c.managementNumber,
    ]
      .filter(Boolean)
      .join(' · '),
  }));
  const certificate = worker.certificates.find((c) => c.id === certificateId);
  const application = certificate ? applicationOf(worker, certificate) : null;
  const outside = application && appliedOn ? !isWithin(application.window, appliedOn) : false;

  return (
    <FormModal<ApplyForm>
      {...dialog}
      title={`${t('registrations.apply')} · ${worker.name}`}
      form={form}
      initialValues={{
        appliedOn: chinaToday(),
        certificateId: worker.certificates.length === 1 ? worker.certificates[0]?.id : undefined,
      }}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
      okText={t('registrations.apply.submit')}
    >
      <Form.Item
        name="certificateId"
        label={t('registrations.apply.certificate')}
        rules={[chooseRequired]}
      >
        <Select options={options} />
      </Form.Item>
      <Form.Item name="appliedOn" label={t('registrations.appliedOn')} rules={[chooseRequired]}>
        <CalendarDatePicker />
      </Form.Item>
      {application && certificate && (
        <Alert
          type={outside ? 'warning' : 'info'}
          showIcon
          title={t(`registrations.apply.window.${application.kind}`, {
            from: application.window.opensOn,
            to: application.window.closesOn,
          })}
          description={
            application.kind === 'renewal'
              ? t('registrations.apply.hoursNeeded', { hours: ceHoursRequired(certificate.level) })
              : undefined
          }
        />
      )}
    </FormModal>
  );
}
