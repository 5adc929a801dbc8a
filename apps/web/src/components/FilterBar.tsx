import { ReloadOutlined, SearchOutlined } from '@ant-design/icons';
import { Button, Form, Space } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../i18n/useT';

/**
 * The filter row above a list: the page's own fields, then 查询 and 重置. Its values start from
 * `initialValues` (the address); give it a `key` that changes with them.
 */
export function FilterBar<Values extends object>({
  initialValues,
  onSearch,
  onReset,
  children,
}: {
  initialValues: Partial<Values>;
  onSearch: (values: Values) => void;
  onReset: () => void;
  children: ReactNode;
}) {
  const t = useT();
  return (
    <Form<Values>
      name="filters"
      layout="inline"
      initialValues={initialValues}
      onFinish={onSearch}
      style={{ rowGap: 12, marginBottom: 16 }}
    >
      {children}
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
            {t('common.search')}
          </Button>
          <Button icon={<ReloadOutlined />} onClick={onReset}>
            {t('common.reset')}
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
