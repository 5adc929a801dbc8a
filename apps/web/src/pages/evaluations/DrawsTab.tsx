import type { DrawSpotCheck, SpotCheckDraw } from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Table,
  Typography,
} from 'antd';
import { Link } from 'react-router';
import { useSession } from '../../auth/useSession';
import { ErrorResult } from '../../components/ErrorResult';
import { RegionPicker } from '../../components/region-picker/RegionPicker';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useLanguage } from '../../i18n/useLanguage';
import { drawSpotCheck, evaluationKeys, listDraws } from './evaluations-api';
import { roundPath } from './ScheduleTab';

interface Values {
  regionCode: string;
  year: number;
  sharePercent: number;
  seed?: string;
}

/** 抽查抽签: the form of a region's yearly draw, then every draw with its seed, strata and picks. */
export function DrawsTab() {
  const { t } = useLanguage();
  const { session } = useSession();
  const [form] = Form.useForm<Values>();
  const draws = useQuery({
    queryKey: evaluationKeys.draws,
    queryFn: ({ signal }) => listDraws(signal),
  });
  const draw = useRecordMutation((values: Values) => drawSpotCheck(inputOf(values)), {
    form,
    invalidates: [evaluationKeys.all],
    success: (d) => t('evaluations.draw.done', { count: d.chosen.length }),
  });
  return (
    <Flex vertical gap="middle">
      <Card size="small" title={t('evaluations.draw.title')}>
        <Form<Values>
          form={form}
          layout="inline"
          initialValues={{
            regionCode: session?.account.regionCode,
            year: new Date().getFullYear(),
            sharePercent: 30,
          }}
          onFinish={(values) => draw.mutate(values)}
        >
          <Form.Item
            name="regionCode"
            label={t('evaluations.draw.region')}
            rules={[{ required: true }]}
          >
            <RegionPicker style={{ width: 220 }} />
          </Form.Item>
          <Form.Item name="year" label={t('evaluations.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item
            name="sharePercent"
            label={t('evaluations.draw.share')}
            rules={[{ required: true }]}
          >
            <InputNumber min={1} max={100} suffix="%" />
          </Form.Item>
          <Form.Item
            name="seed"
            label={t('evaluations.draw.seed')}
            tooltip={t('evaluations.draw.seed.hint')}
          >
            <Input maxLength={64} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={draw.isPending}>
              {t('evaluations.draw.submit')}
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {draws.isError ? (
        <ErrorResult error={draws.error} onRetry={() => void draws.refetch()} />
      ) : (
        (draws.data?.items ?? []).map((d) => <DrawCard key={d.id} draw={d} />)
      )}
      {draws.data?.items.length === 0 && (
        <Typography.Text type="secondary">{t('evaluations.draw.none')}</Typography.Text>
      )}
    </Flex>
  );
}

const inputOf = (v: Values): DrawSpotCheck => ({
  regionCode: v.regionCode,
  year: v.year,
  sharePercent: v.sharePercent,
  ...(v.seed?.trim() ? { seed: v.seed.trim() } : {}),
});

/** One draw: who drew it when, the seed that lets anyone re-run it, the strata and the projects. */
function DrawCard({ draw: d }: { draw: SpotCheckDraw }) {
  const { t } = useLanguage();
  return (
    <Card
      size="small"
      title={`${d.regionName} ${d.year} · ${t('evaluations.draw.share.of', { share: d.sharePercent })}`}
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          {
            key: 'seed',
            label: t('evaluations.draw.seed'),
            children: (
              <Typography.Text code copyable>
                {d.seed}
              </Typography.Text>
            ),
          },
          { key: 'population', label: t('evaluations.draw.population'), children: d.population },
          {
            key: 'by',
            label: t('evaluations.draw.by'),
            children: `${d.drawnByName} ${d.drawnAt.slice(0, 16).replace('T', ' ')}`,
          },
        ]}
      />
      <Flex wrap gap="middle">
        <Table
          rowKey="stratum"
          size="small"
          pagination={false}
          dataSource={d.strata}
          aria-label={t('evaluations.draw.strata')}
          style={{ flex: '1 1 320px' }}
          columns={[
            { key: 'label', title: t('evaluations.draw.stratum'), dataIndex: 'label' },
            {
              key: 'population',
              title: t('evaluations.draw.population'),
              dataIndex: 'population',
              align: 'right',
            },
            {
              key: 'drawn',
              title: t('evaluations.draw.drawn'),
              dataIndex: 'drawn',
              align: 'right',
            },
          ]}
        />
        <Table
          rowKey="contractId"
          size="small"
          pagination={false}
          dataSource={d.chosen}
          aria-label={t('evaluations.draw.chosen')}
          style={{ flex: '1 1 320px' }}
          columns={[
            {
              key: 'project',
              title: t('evaluations.draw.chosen'),
              render: (_, c) => <Link to={roundPath(c.roundId)}>{c.projectTitle}</Link>,
            },
            { key: 'provider', title: t('evaluations.provider'), dataIndex: 'providerName' },
          ]}
        />
      </Flex>
    </Card>
  );
}
