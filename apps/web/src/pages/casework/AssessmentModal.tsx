import {
  assessmentForms,
  assessmentScores,
  chinaToday,
  defaultAssessmentForm,
  riskLevels,
  type AssessmentInput,
  type CaseFile,
  type RiskLevel,
} from '@shegong/domain';
import { Form, Input, Radio, Select, Typography } from 'antd';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { FormModal } from '../../components/FormModal';
import type { DialogProps } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useLanguage } from '../../i18n/useLanguage';
import { addAssessment } from './casework-api';
import { useCaseChange } from './useCaseChange';

interface Values {
  formCode: string;
  assessedOn: string;
  riskLevel: RiskLevel;
  scores: { score?: number; reason?: string }[];
  summary?: string;
}

/** 预估 on a form of the code: every domain scored 1–4, each with its reason. */
export function AssessmentModal({ file, ...dialog }: DialogProps & { file: CaseFile }) {
  const { t, language } = useLanguage();
  const [form] = Form.useForm<Values>();
  const formCode = Form.useWatch('formCode', form) ?? defaultAssessmentForm;
  const chosen = assessmentForms.find((f) => f.code === formCode) ?? assessmentForms[0];
  const risks = useEnumOptions(riskLevels);
  const scale = assessmentScores.map((s) => ({ value: Number(s.code), label: s[language] }));
  const save = useCaseChange(
    (values: Values) =>
      addAssessment(file.id, {
        formCode: chosen.code,
        assessedOn: values.assessedOn,
        riskLevel: values.riskLevel,
        scores: chosen.domains.map((domain, i) => ({
          domain: domain.code,
          score: values.scores[i]?.score ?? 0,
          reason: values.scores[i]?.reason ?? '',
        })) as AssessmentInput['scores'],
        summary: values.summary || null,
      }),
    {
      form,
      success: () => t('casework.assessment.saved'),
      close: dialog.onClose,
      caseId: file.id,
    },
  );
  return (
    <FormModal<Values>
      {...dialog}
      title={t('casework.assessment.record')}
      form={form}
      initialValues={{
        formCode: defaultAssessmentForm,
        assessedOn: chinaToday(),
        riskLevel: file.riskLevel,
        scores: [],
      }}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      <Form.Item
        name="formCode"
        label={t('casework.assessment.form')}
        extra={chosen.description[language]}
      >
        <Select
          options={assessmentForms.map((f) => ({ value: f.code, label: f[language] }))}
          onChange={() => form.setFieldValue('scores', [])}
        />
      </Form.Item>
      <Form.Item name="assessedOn" label={t('casework.assessment.on')} rules={[{ required: true }]}>
        <CalendarDatePicker />
      </Form.Item>
      {chosen.domains.map((domain, i) => (
        <div key={`${chosen.code}.${domain.code}`} data-domain={domain.code}>
          <Typography.Text strong>{domain[language]}</Typography.Text>
          <Form.Item
            name={['scores', i, 'score']}
            rules={[{ required: true }]}
            style={{ marginBottom: 4 }}
          >
            <Radio.Group options={scale} />
          </Form.Item>
          <Form.Item
            name={['scores', i, 'reason']}
            rules={[
              {
                required: true,
                whitespace: true,
                min: 2,
                message: t('casework.assessment.reasonRequired'),
              },
            ]}
          >
            <Input placeholder={t('casework.assessment.reason')} maxLength={500} />
          </Form.Item>
        </div>
      ))}
      <Form.Item name="riskLevel" label={t('casework.risk')} rules={[{ required: true }]}>
        <Radio.Group options={risks} />
      </Form.Item>
      <Form.Item name="summary" label={t('casework.assessment.summary')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
