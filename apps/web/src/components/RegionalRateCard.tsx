import type { Permission, RegionalRate, RegionalRateInput } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Form, InputNumber, Typography } from 'antd';
import { api } from '../api/client';
import { useSession } from '../auth/useSession';
import { useRecordMutation } from '../hooks/useRecordMutation';
import { useLanguage } from '../i18n/useLanguage';
import { ErrorResult } from './ErrorResult';
import { PageSpinner } from './PageSpinner';
import { RegionName } from './region-picker/RegionName';

/** One rate a region sets for itself and below (the API's `GET`/`PUT <path>?region=`). */
export interface RegionalRateRule {
  key: string;
  /** The API path of the rule, e.g. `/contract-personnel-rule`. */
  path: string;
  title: string;
  description: string;
  /** Who sets it (for their own region). */
  configure: Permission;
}

const percentOf = (bp: number) => `${(bp / 100).toLocaleString('en-US')}%`;

/**
 * 地区比例规则: what applies to a region (its own rule, the nearest enclosing region's, or the
 * default) and, for those who set it, its own rate with the version read.
 */
export function RegionalRateCard({ rule, region }: { rule: RegionalRateRule; region: string }) {
  const { t } = useLanguage();
  const { can, inScope } = useSession();
  const [form] = Form.useForm<{ percent: number }>();
  const queryKey = ['regional-rate', rule.path, region];
  const rate = useQuery({
    queryKey,
    queryFn: ({ signal }) => api.get<RegionalRate>(rule.path, { query: { region }, signal }),
  });
  const save = useRecordMutation(
    ({ percent }: { percent: number }) =>
      api.put<RegionalRate>(
        rule.path,
        {
          rateBp: Math.round(percent * 100),
          version: rate.data?.version ?? 0,
        } satisfies RegionalRateInput,
        { query: { region } },
      ),
    {
      form,
      invalidates: [['regional-rate', rule.path]],
      success: () => t('rates.saved'),
    },
  );
  const settable = can(rule.configure) && inScope(region);
  const r = rate.data;
  return (
    <Card title={rule.title} size="small" aria-label={rule.title}>
      <Typography.Paragraph type="secondary">{rule.description}</Typography.Paragraph>
      {rate.isError ? (
        <ErrorResult error={rate.error} onRetry={() => void rate.refetch()} />
      ) : !r ? (
        <PageSpinner />
      ) : (
        <Flex vertical gap="middle">
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('rates.applies')}>
              {r.rateBp === null ? t('rates.none') : percentOf(r.rateBp)}
            </Descriptions.Item>
            <Descriptions.Item label={t('rates.setBy')}>
              {r.ruleRegionCode === null ? (
                r.defaultBp === null ? (
                  t('rates.none')
                ) : (
                  t('rates.default', { rate: percentOf(r.defaultBp) })
                )
              ) : (
                <RegionName code={r.ruleRegionCode} />
              )}
            </Descriptions.Item>
          </Descriptions>
          {settable && (
            <Form
              form={form}
              layout="inline"
              key={`${region}:${r.version}`}
              initialValues={{
                percent:
                  r.ruleRegionCode === region && r.rateBp !== null ? r.rateBp / 100 : undefined,
              }}
              onFinish={(values) => save.mutate(values)}
            >
              <Form.Item
                name="percent"
                label={t('rates.own')}
                rules={[{ required: true, type: 'number', min: 0, max: 100 }]}
              >
                <InputNumber min={0} max={100} precision={2} suffix="%" style={{ width: 140 }} />
              </Form.Item>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('common.save')}
              </Button>
            </Form>
          )}
        </Flex>
      )}
    </Card>
  );
}
