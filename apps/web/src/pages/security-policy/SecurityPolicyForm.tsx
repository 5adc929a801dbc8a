import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Col, Divider, Form, InputNumber, Row } from 'antd';
import { useReportError } from '../../hooks/useReportError';
import { useT } from '../../i18n/useT';
import { policyGroups } from './policy-fields';
import { saveSecurityPolicy, securityPolicyKey, type VersionedPolicy } from './security-policy-api';

/** The numbers of the policy, each within its bounds; saved with the version it was read at. */
export function SecurityPolicyForm({
  policy,
  editable,
}: {
  policy: VersionedPolicy;
  editable: boolean;
}) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<VersionedPolicy>();
  const queryClient = useQueryClient();
  const reportError = useReportError();
  const save = useMutation({
    mutationFn: saveSecurityPolicy,
    onSuccess: (saved) => {
      void message.success(t('common.saved'));
      queryClient.setQueryData(securityPolicyKey, saved);
    },
    onError: (error) =>
      reportError(error, {
        form,
        onVersionConflict: () =>
          void queryClient.invalidateQueries({ queryKey: securityPolicyKey }),
      }),
  });

  return (
    <Form<VersionedPolicy>
      form={form}
      layout="vertical"
      disabled={!editable}
      initialValues={policy}
      onFinish={(values) => save.mutate({ ...values, version: policy.version })}
    >
      {policyGroups.map((group) => (
        <div key={group.title}>
          <Divider titlePlacement="start">{t(group.title)}</Divider>
          <Row gutter={24}>
            {group.fields.map((field) => (
              <Col key={field.name} xs={24} md={12}>
                <Form.Item
                  name={field.name}
                  label={t(field.label)}
                  tooltip={field.hint && t(field.hint)}
                  extra={t('securityPolicy.range', { min: field.min, max: field.max })}
                  rules={[{ required: true, type: 'integer', min: field.min, max: field.max }]}
                >
                  <InputNumber
                    min={field.min}
                    max={field.max}
                    precision={0}
                    suffix={t(field.unit)}
                    style={{ width: 200 }}
                  />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </div>
      ))}
      {editable && (
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      )}
    </Form>
  );
}
