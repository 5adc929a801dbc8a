import {
  certificateLevels,
  labelOf,
  tenderStatuses,
  type MyBid,
  type OpenTender,
} from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Form, Input, InputNumber, Select, Table, Tag, Typography } from 'antd';
import { ErrorResult } from '../../components/ErrorResult';
import { FormModal } from '../../components/FormModal';
import { Page } from '../../components/Page';
import { formatYuan, yuanToFen } from '../../format/money';
import { useDialog, type DialogProps } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useLanguage } from '../../i18n/useLanguage';
import { EligibilityVerdict } from './EligibilityVerdict';
import {
  listBidderStaff,
  listMyBids,
  listOpenTenders,
  submitBid,
  tenderKeys,
  withdrawBid,
} from './tenders-api';

/** 投标 for a provider's 机构管理员: open tenders, bidding, its own bids and scores. */
export function BidsPage() {
  const { t, language } = useLanguage();
  const open = useQuery({
    queryKey: tenderKeys.open,
    queryFn: ({ signal }) => listOpenTenders(signal),
  });
  const mine = useQuery({ queryKey: tenderKeys.mine, queryFn: ({ signal }) => listMyBids(signal) });
  const bid = useDialog<OpenTender>();
  const withdrawing = useDialog<MyBid>();
  if (open.isError) return <ErrorResult error={open.error} onRetry={() => void open.refetch()} />;
  if (mine.isError) return <ErrorResult error={mine.error} onRetry={() => void mine.refetch()} />;
  return (
    <Page title={t('bids.title')}>
      <Flex vertical gap="large">
        <Typography.Title level={5}>{t('bids.open')}</Typography.Title>
        <Table
          rowKey="id"
          size="small"
          loading={open.isFetching}
          pagination={false}
          dataSource={open.data?.items ?? []}
          locale={{ emptyText: t('bids.open.none') }}
          columns={[
            {
              key: 'title',
              title: t('tenders.project'),
              render: (_, o) => (
                <Flex vertical>
                  <Typography.Text strong>{o.projectTitle}</Typography.Text>
                  <Typography.Text type="secondary">
                    {o.projectCode} · {o.regionName}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              key: 'budget',
              title: t('tenders.budget'),
              align: 'right',
              render: (_, o) => formatYuan(o.budgetFen, language),
            },
            { key: 'deadline', title: t('tenders.deadline'), dataIndex: 'deadline' },
            {
              key: 'rules',
              title: t('tenders.rules'),
              render: (_, o) =>
                [
                  o.rules.minimumRating ? `≥ ${o.rules.minimumRating}` : null,
                  o.rules.excludeListed ? t('tenders.rule.lists') : null,
                ]
                  .filter(Boolean)
                  .join('；'),
            },
            {
              key: 'act',
              title: '',
              render: (_, o) =>
                o.ownBidId ? (
                  <Tag color="blue">{t('bids.submitted')}</Tag>
                ) : (
                  <Button type="primary" size="small" onClick={() => bid.show(o)}>
                    {t('bids.submit')}
                  </Button>
                ),
            },
          ]}
        />
        <Typography.Title level={5}>{t('bids.mine')}</Typography.Title>
        <Table
          rowKey="id"
          size="small"
          loading={mine.isFetching}
          pagination={false}
          dataSource={mine.data?.items ?? []}
          locale={{ emptyText: t('bids.mine.none') }}
          columns={[
            {
              key: 'title',
              title: t('tenders.project'),
              render: (_, b) => (
                <Flex vertical>
                  <Typography.Text strong>{b.tender.projectTitle}</Typography.Text>
                  <Typography.Text type="secondary">
                    {b.tender.regionName} · {labelOf(tenderStatuses, b.tender.status, language)}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              key: 'price',
              title: t('tenders.bid.price'),
              align: 'right',
              render: (_, b) => formatYuan(b.priceFen, language),
            },
            {
              key: 'verdict',
              title: t('tenders.bid.eligibility'),
              render: (_, b) => <EligibilityVerdict verdict={b.eligibility} />,
            },
            {
              key: 'result',
              title: t('bids.result'),
              render: (_, b) =>
                b.withdrawnAt ? (
                  <Flex vertical>
                    <Tag>{t('bids.withdrawn')}</Tag>
                    <Typography.Text type="secondary">{b.withdrawalReason}</Typography.Text>
                  </Flex>
                ) : b.won === null ? (
                  <Typography.Text type="secondary">{t('bids.result.pending')}</Typography.Text>
                ) : (
                  <Flex vertical>
                    <Tag color={b.won ? 'green' : undefined}>
                      {b.won ? t('bids.result.won') : t('bids.result.lost')}
                    </Tag>
                    {b.scores && (
                      <Typography.Text>
                        {t('bids.scores', { total: String(b.scores.total ?? '—') })}
                        {' · '}
                        {b.scores.criteria.map((c) => `${c.name} ${c.average ?? '—'}`).join(' / ')}
                      </Typography.Text>
                    )}
                  </Flex>
                ),
            },
            {
              key: 'actions',
              title: t('common.actions'),
              render: (_, b) =>
                b.canWithdraw && (
                  <Button size="small" danger onClick={() => withdrawing.show(b)}>
                    {t('bids.withdraw')}
                  </Button>
                ),
            },
          ]}
        />
      </Flex>
      {bid.payload && <BidModal tender={bid.payload} {...bid.props} />}
      {withdrawing.payload && <WithdrawModal bid={withdrawing.payload} {...withdrawing.props} />}
    </Page>
  );
}

function BidModal({ tender, ...dialog }: DialogProps & { tender: OpenTender }) {
  const { t, language } = useLanguage();
  type Values = { price: number; team: string[]; plan: string };
  const [form] = Form.useForm<Values>();
  const staff = useQuery({
    queryKey: tenderKeys.staff,
    queryFn: ({ signal }) => listBidderStaff(signal),
  });
  const save = useRecordMutation(
    (v: Values) =>
      submitBid(tender.id, { priceFen: yuanToFen(v.price), team: v.team, plan: v.plan }),
    {
      form,
      invalidates: [tenderKeys.all],
      success: () => t('bids.submit.done'),
      onDone: () => dialog.onClose(),
    },
  );
  return (
    <FormModal
      {...dialog}
      title={`${t('bids.submit')}：${tender.projectTitle}`}
      form={form}
      saving={save.isPending}
      okText={t('bids.submit')}
      onFinish={(v) => save.mutate(v)}
    >
      <Typography.Paragraph type="secondary">
        {t('bids.budget', { amount: formatYuan(tender.budgetFen, language) })}
      </Typography.Paragraph>
      <Form.Item name="price" label={t('bids.price')} rules={[{ required: true }]}>
        <InputNumber min={0} max={tender.budgetFen / 100} precision={2} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="team" label={t('bids.team')} rules={[{ required: true }]}>
        <Select
          mode="multiple"
          loading={staff.isFetching}
          optionFilterProp="label"
          options={(staff.data?.items ?? []).map((s) => ({
            value: s.workerId,
            label: s.certificateLevel
              ? `${s.name}（${labelOf(certificateLevels, s.certificateLevel, language)}）`
              : s.name,
          }))}
        />
      </Form.Item>
      <Form.Item name="plan" label={t('bids.plan')} rules={[{ required: true, min: 10 }]}>
        <Input.TextArea rows={5} maxLength={20000} />
      </Form.Item>
    </FormModal>
  );
}

/** 撤回投标: before the deadline, with a reason; the bid stays in the record as 已撤回. */
function WithdrawModal({ bid, ...dialog }: DialogProps & { bid: MyBid }) {
  const { t } = useLanguage();
  const [form] = Form.useForm<{ reason: string }>();
  const save = useRecordMutation(
    ({ reason }: { reason: string }) => withdrawBid(bid.tenderId, bid.id, reason),
    {
      form,
      invalidates: [tenderKeys.all],
      success: () => t('bids.withdraw.done'),
      onDone: () => dialog.onClose(),
    },
  );
  return (
    <FormModal
      {...dialog}
      title={`${t('bids.withdraw')}：${bid.tender.projectTitle}`}
      form={form}
      saving={save.isPending}
      okText={t('bids.withdraw')}
      onFinish={(v) => save.mutate(v)}
    >
      <Typography.Paragraph type="secondary">{t('bids.withdraw.hint')}</Typography.Paragraph>
      <Form.Item
        name="reason"
        label={t('bids.withdraw.reason')}
        rules={[{ required: true, whitespace: true, min: 2, max: 500 }]}
      >
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
    </FormModal>
  );
}
