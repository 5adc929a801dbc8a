import { useQuery } from '@tanstack/react-query';
import { Button, Card, Form, InputNumber, Space, Typography } from 'antd';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useT } from '../../i18n/useT';
import { caseKeys, getCaseSetting, setCaseSetting } from './casework-api';

/** 复评周期 of the region shown: the months in force, where they were set, and the change. */
export function CaseSettingPanel({ region }: { region: string }) {
  const t = useT();
  const [form] = Form.useForm<{ reassessmentMonths: number }>();
  const setting = useQuery({
    queryKey: caseKeys.setting(region),
    queryFn: ({ signal }) => getCaseSetting(region, signal),
  });
  const save = useRecordMutation(
    ({ reassessmentMonths }: { reassessmentMonths: number }) =>
      setCaseSetting({ region, reassessmentMonths, version: setting.data?.version ?? 0 }),
    {
      form,
      invalidates: [caseKeys.all],
      success: () => t('casework.setting.saved'),
    },
  );
  if (!setting.data) return null;
  return (
    <Card size="small" title={t('casework.setting.title')}>
      <Typography.Paragraph type="secondary">
        {setting.data.setBy === null
          ? t('casework.setting.default')
          : setting.data.setBy === region
            ? t('casework.setting.own')
            : t('casework.setting.inherited')}
      </Typography.Paragraph>
      <Form
        form={form}
        layout="inline"
        key={`${region}.${setting.data.version}`}
        initialValues={{ reassessmentMonths: setting.data.reassessmentMonths }}
        onFinish={(values) => save.mutate(values)}
      >
        <Space>
          <Form.Item
            name="reassessmentMonths"
            label={t('casework.setting.months')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={24} precision={0} />
          </Form.Item>
          <Button htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Space>
      </Form>
    </Card>
  );
}
