import { closureReasons, type CaseFile, type ClosureReason } from '@shegong/domain';
import { Form, Input, Select } from 'antd';
import { FormModal } from '../../components/FormModal';
import type { DialogProps } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useT } from '../../i18n/useT';
import { approveClosure, rejectClosure, reopenCase, requestClosure } from './casework-api';
import { useCaseChange } from './useCaseChange';

/** 申请结案: coded reasons and the summary, for the supervisor to approve. */
export function ClosureRequestModal({ file, ...dialog }: DialogProps & { file: CaseFile }) {
  const t = useT();
  const [form] = Form.useForm<{ reasons: ClosureReason[]; summary: string }>();
  const reasons = useEnumOptions(closureReasons);
  const save = useCaseChange(
    (values: { reasons: ClosureReason[]; summary: string }) =>
      requestClosure(file.id, { ...values, version: file.version }),
    {
      form,
      success: () => t('casework.closure.requested'),
      close: dialog.onClose,
      caseId: file.id,
    },
  );
  return (
    <FormModal<{ reasons: ClosureReason[]; summary: string }>
      {...dialog}
      title={t('casework.closure.request')}
      form={form}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      <Form.Item name="reasons" label={t('casework.closure.reasons')} rules={[{ required: true }]}>
        <Select mode="multiple" options={reasons} />
      </Form.Item>
      <Form.Item
        name="summary"
        label={t('casework.closure.summary')}
        rules={[{ required: true, whitespace: true, min: 2 }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}

export type CaseDecision = 'approve' | 'reject' | 'reopen';

const decide = {
  approve: (file: CaseFile, text: string) =>
    approveClosure(file.id, file.version, text || undefined),
  reject: (file: CaseFile, text: string) => rejectClosure(file.id, file.version, text),
  reopen: (file: CaseFile, text: string) => reopenCase(file.id, file.version, text),
};

/** The supervisor's answer (批准 with a note, 退回 with a reason), or 重新开案 with a reason. */
export function DecisionModal({
  file,
  decision,
  ...dialog
}: DialogProps & { file: CaseFile; decision: CaseDecision }) {
  const t = useT();
  const [form] = Form.useForm<{ text?: string }>();
  const save = useCaseChange(({ text }: { text?: string }) => decide[decision](file, text ?? ''), {
    form,
    success: () => t(`casework.decision.${decision}.done`),
    close: dialog.onClose,
    caseId: file.id,
  });
  return (
    <FormModal<{ text?: string }>
      {...dialog}
      title={t(`casework.decision.${decision}`)}
      okText={t(`casework.decision.${decision}`)}
      danger={decision === 'reject'}
      form={form}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      <Form.Item
        name="text"
        label={t(`casework.decision.${decision}.text`)}
        rules={decision === 'approve' ? [] : [{ required: true, whitespace: true, min: 2 }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
