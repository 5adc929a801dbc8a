import type { MyEvaluation } from '@shegong/domain';
import { Alert, Button, Card, Form, Input, Radio } from 'antd';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useLanguage } from '../../i18n/useLanguage';
import { declare, evaluationKeys } from './evaluations-api';

interface Values {
  conflict: boolean;
  note?: string;
}

/** 利益冲突声明: before anything of the project opens; a conflict says what it is. */
export function DeclarationForm({ mine }: { mine: MyEvaluation }) {
  const { t } = useLanguage();
  const [form] = Form.useForm<Values>();
  const conflict = Form.useWatch('conflict', form);
  const send = useRecordMutation(
    (v: Values) =>
      declare(mine.assignment.id, {
        version: mine.assignment.version,
        conflict: v.conflict,
        note: v.note?.trim() ?? '',
      }),
    {
      form,
      invalidates: [evaluationKeys.mine],
      success: (_, v) =>
        t(v.conflict ? 'evaluations.declare.conflict.done' : 'evaluations.declare.clear.done'),
    },
  );
  return (
    <Card size="small" title={t('evaluations.declare.title')}>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        message={t('evaluations.declare.hint')}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ conflict: false }}
        onFinish={(v) => send.mutate(v)}
      >
        <Form.Item name="conflict" label={t('evaluations.declare.question')}>
          <Radio.Group
            options={[
              { value: false, label: t('evaluations.declare.none') },
              { value: true, label: t('evaluations.declare.conflict') },
            ]}
          />
        </Form.Item>
        {conflict && (
          <Form.Item
            name="note"
            label={t('evaluations.declare.note')}
            rules={[{ required: true, min: 2, whitespace: true }]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={1000} />
          </Form.Item>
        )}
        <Button type="primary" htmlType="submit" size="large" loading={send.isPending}>
          {t('evaluations.declare.submit')}
        </Button>
      </Form>
    </Card>
  );
}
