import { Form, Input } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';

/** A new password and its repetition, which must match before the form is sent. */
export function NewPasswordFields({
  name,
  label,
  confirmLabel,
  extra,
}: {
  name: string;
  label: string;
  confirmLabel: string;
  extra?: ReactNode;
}) {
  const t = useT();
  return (
    <>
      <Form.Item name={name} label={label} extra={extra} rules={[{ required: true }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name={`${name}Confirm`}
        label={confirmLabel}
        dependencies={[name]}
        rules={[
          { required: true },
          ({ getFieldValue }) => ({
            validator: (_rule, value: unknown) =>
              !value || getFieldValue(name) === value
                ? Promise.resolve()
                : Promise.reject(new Error(t('common.passwordMismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
