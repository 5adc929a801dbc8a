import {
  certificateLevels,
  chinaToday,
  examPassedYear,
  examLevels,
  type Certificate,
  type CertificateInput,
  type WorkerDetail,
} from '@shegong/domain';
import { Alert, Form, Input, Select } from 'antd';
import { changedFields, textOrNull } from '../../../api/changes';
import { CalendarDatePicker } from '../../../components/CalendarDatePicker';
import { FormModal } from '../../../components/FormModal';
import type { DialogProps } from '../../../hooks/useDialog';
import { useEnumOptions } from '../../../hooks/useEnumOptions';
import { useT } from '../../../i18n/useT';
import { useTalentMutation } from '../registry/useTalentMutation';
import { addCertificate, updateCertificate } from '../registry/workers-api';
import { chooseRequired } from '../../../components/choose-required';

/**
 * 登记证书 / 更正证书: a level the worker does not hold yet, or a correction of one held. When exam
 * scores of the level are on record they must pass it by the certificate's year (said here at
 * once; the server decides, with the same rules for a correction).
 */
export function CertificateModal({
  worker,
  certificate,
  ...dialog
}: DialogProps & { worker: WorkerDetail; certificate?: Certificate }) {
  const t = useT();
  const [form] = Form.useForm<CertificateInput>();
  const level = Form.useWatch('level', form);
  const certifiedOn = Form.useWatch('certifiedOn', form);
  const held = new Set(
    worker.certificates.filter((c) => c.id !== certificate?.id).map((c) => c.level),
  );
  const levelOptions = useEnumOptions(certificateLevels).map((option) => ({
    ...option,
    disabled: held.has(option.value),
  }));
  const save = useTalentMutation(
    (input: CertificateInput) =>
      certificate
        ? updateCertificate(certificate.id, {
            ...changedFields(certificate, input),
            version: certificate.version,
          })
        : addCertificate(worker.id, input),
    {
      form,
      success: () => t(certificate ? 'workers.correction.saved' : 'workers.certificate.done'),
      onDone: dialog.onClose,
    },
  );
  const examLevel = examLevels.find((l) => l === level);
  const scores = examLevel ? worker.examScores.filter((s) => s.level === examLevel) : [];
  const passedIn = examLevel && scores.length > 0 ? examPassedYear(examLevel, scores) : null;
  const year = certifiedOn ? Number(certifiedOn.slice(0, 4)) : null;
  const notPassed = scores.length > 0 && (passedIn === null || (year !== null && passedIn > year));

  return (
    <FormModal<CertificateInput>
      {...dialog}
      title={`${t(certificate ? 'workers.certificate.edit' : 'workers.certificate.add')} · ${worker.name}`}
      form={form}
      initialValues={certificate ?? { certifiedOn: chinaToday() }}
      saving={save.isPending}
      onFinish={(values) =>
        save.mutate({ ...values, managementNumber: textOrNull(values.managementNumber) })
      }
    >
      <Form.Item name="level" label={t('workers.certificate.level')} rules={[chooseRequired]}>
        <Select options={levelOptions} />
      </Form.Item>
      <Form.Item
        name="certifiedOn"
        label={t('workers.certificate.certifiedOn')}
        rules={[chooseRequired]}
      >
        <CalendarDatePicker />
      </Form.Item>
      <Form.Item
        name="managementNumber"
        label={t('workers.certificate.managementNumber')}
        rules={[{ max: 60 }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      {notPassed && (
        <Alert type="warning" showIcon title={t('workers.certificate.examNotPassed')} />
      )}
    </FormModal>
  );
}
