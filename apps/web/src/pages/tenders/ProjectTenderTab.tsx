import {
  certificateLevels,
  labelOf,
  ratingGrades,
  serviceFields,
  tenderStatuses,
  type ProjectDetail,
  type TenderDetail,
} from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Checkbox,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { ErrorResult } from '../../components/ErrorResult';
import { FormModal } from '../../components/FormModal';
import { formatYuan } from '../../format/money';
import { useDialog, type DialogProps } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useLanguage } from '../../i18n/useLanguage';
import { projectKeys } from '../projects/projects-api';
import { EligibilityVerdict } from './EligibilityVerdict';
import {
  awardTender,
  enterScores,
  failTender,
  getTender,
  listTenders,
  publishTender,
  setPanel,
  tenderKeys,
} from './tenders-api';

const invalidates = [tenderKeys.all, projectKeys.all];

/** 招标 on the project page: publish the tender, the bids with their verdicts, scores, award. */
export function ProjectTenderTab({ project }: { project: ProjectDetail }) {
  const { t } = useLanguage();
  const tenders = useQuery({
    queryKey: tenderKeys.ofProject(project.id),
    queryFn: ({ signal }) => listTenders(project.id, signal),
  });
  const publish = useDialog();
  if (tenders.isError)
    return <ErrorResult error={tenders.error} onRetry={() => void tenders.refetch()} />;
  const items = tenders.data?.items ?? [];
  const current = items.at(-1);
  return (
    <Flex vertical gap="middle">
      {project.state === 'approved' && (
        <Space>
          <Button type="primary" onClick={() => publish.show(true)}>
            {t('tenders.publish')}
          </Button>
          {items.length > 0 && <Typography.Text>{t('tenders.publishAgain')}</Typography.Text>}
        </Space>
      )}
      {items.length === 0 && !tenders.isFetching && (
        <Typography.Text type="secondary">{t('tenders.none')}</Typography.Text>
      )}
      {current && <TenderPanel tenderId={current.id} />}
      {publish.payload && <PublishModal project={project} {...publish.props} />}
    </Flex>
  );
}

function PublishModal({ project, ...dialog }: DialogProps & { project: ProjectDetail }) {
  const { t, language } = useLanguage();
  type Values = {
    opensOn: string;
    deadline: string;
    notice?: string;
    minimumRating: string;
    minimumInspection: string;
    excludeListed: boolean;
    regionRequired: boolean;
    serviceFields: string[];
    fieldsMatch: 'any' | 'all';
  };
  const [form] = Form.useForm<Values>();
  const save = useRecordMutation(
    (v: Values) =>
      publishTender({
        projectId: project.id,
        projectVersion: project.version,
        notice: v.notice ?? '',
        opensOn: v.opensOn,
        deadline: v.deadline,
        rules: {
          minimumRating: (v.minimumRating || null) as never,
          minimumInspection: (v.minimumInspection || null) as never,
          excludeListed: v.excludeListed,
          regionRequired: v.regionRequired,
          serviceFields: v.serviceFields as never,
          fieldsMatch: v.fieldsMatch,
        },
        criteria: [
          { code: 'technical', name: '技术方案', weight: 60 },
          { code: 'price', name: '报价', weight: 30 },
          { code: 'credit', name: '资信', weight: 10 },
        ],
      }),
    {
      form,
      invalidates,
      success: () => t('tenders.publish.done'),
      onDone: () => dialog.onClose(),
    },
  );
  const date = [{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: 'YYYY-MM-DD' }];
  return (
    <FormModal
      {...dialog}
      title={t('tenders.publish')}
      form={form}
      saving={save.isPending}
      okText={t('tenders.publish')}
      initialValues={{
        minimumRating: '3A',
        minimumInspection: 'pass',
        excludeListed: true,
        regionRequired: true,
        serviceFields: project.serviceFields,
        fieldsMatch: 'any',
      }}
      onFinish={(v) => save.mutate(v)}
    >
      <Form.Item name="opensOn" label={t('tenders.opensOn')} rules={date}>
        <Input placeholder="YYYY-MM-DD" />
      </Form.Item>
      <Form.Item name="deadline" label={t('tenders.deadline')} rules={date}>
        <Input placeholder="YYYY-MM-DD" />
      </Form.Item>
      <Form.Item name="minimumRating" label={t('tenders.rule.rating')}>
        <Select
          options={[
            { value: '', label: t('tenders.rule.none') },
            ...ratingGrades.map((g) => ({ value: g.code, label: `≥ ${g.code}` })),
          ]}
        />
      </Form.Item>
      <Form.Item name="minimumInspection" label={t('tenders.rule.inspection')}>
        <Select
          options={[
            { value: '', label: t('tenders.rule.none') },
            { value: 'pass', label: t('tenders.rule.inspection.pass') },
            { value: 'basic_pass', label: t('tenders.rule.inspection.basic') },
          ]}
        />
      </Form.Item>
      <Form.Item name="serviceFields" label={t('tenders.rule.fields')}>
        <Select
          mode="multiple"
          options={serviceFields.map((f) => ({ value: f.code, label: f[language] }))}
        />
      </Form.Item>
      <Form.Item name="fieldsMatch">
        <Radio.Group
          options={[
            { value: 'any', label: t('tenders.rule.fields.any') },
            { value: 'all', label: t('tenders.rule.fields.all') },
          ]}
        />
      </Form.Item>
      <Form.Item name="excludeListed" valuePropName="checked">
        <Checkbox>{t('tenders.rule.lists')}</Checkbox>
      </Form.Item>
      <Form.Item name="regionRequired" valuePropName="checked">
        <Checkbox>{t('tenders.rule.region')}</Checkbox>
      </Form.Item>
      <Form.Item name="notice" label={t('tenders.notice')}>
        <Input.TextArea rows={3} maxLength={5000} />
      </Form.Item>
      <Typography.Text type="secondary">{t('tenders.criteria.default')}</Typography.Text>
    </FormModal>
  );
}

function TenderPanel({ tenderId }: { tenderId: string }) {
  const { t, language } = useLanguage();
  const tender = useQuery({
    queryKey: tenderKeys.detail(tenderId),
    queryFn: ({ signal }) => getTender(tenderId, signal),
  });
  const panel = useDialog();
  const scores = useDialog<string>();
  const award = useDialog<string>();
  const fail = useDialog();
  if (tender.isError)
    return <ErrorResult error={tender.error} onRetry={() => void tender.refetch()} />;
  const d = tender.data;
  if (!d) return null;
  const r = d.rules;
  return (
    <Flex vertical gap="middle">
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('tenders.status')}>
          <Tag>{labelOf(tenderStatuses, d.status, language)}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('tenders.period')}>
          {d.opensOn} — {d.deadline}
        </Descriptions.Item>
        <Descriptions.Item label={t('tenders.rules')} span={2}>
          {[
            r.minimumRating ? `${t('tenders.rule.rating')} ≥ ${r.minimumRating}` : null,
            r.minimumInspection
              ? `${t('tenders.rule.inspection')}：${t(r.minimumInspection === 'pass' ? 'tenders.rule.inspection.pass' : 'tenders.rule.inspection.basic')}`
              : null,
            r.excludeListed ? t('tenders.rule.lists') : null,
            r.serviceFields.length > 0
              ? `${t('tenders.rule.fields')}：${r.serviceFields.map((f) => labelOf(serviceFields, f, language)).join('、')}（${t(r.fieldsMatch === 'all' ? 'tenders.rule.fields.all' : 'tenders.rule.fields.any')}）`
              : null,
            r.regionRequired ? t('tenders.rule.region') : null,
          ]
            .filter(Boolean)
            .join('；')}
        </Descriptions.Item>
        <Descriptions.Item label={t('tenders.criteria')} span={2}>
          {d.criteria.map((c) => `${c.name} ${c.weight}`).join(' / ')}
        </Descriptions.Item>
        <Descriptions.Item label={t('tenders.panel')} span={2}>
          {d.panel.map((m) => (m.unit ? `${m.name}（${m.unit}）` : m.name)).join('、') || '—'}
        </Descriptions.Item>
        {d.award && (
          <Descriptions.Item label={t('tenders.award')} span={2}>
            {d.award.organisationName}
            {d.award.reason ? `（${t('tenders.award.reason')}：${d.award.reason}）` : ''}
          </Descriptions.Item>
        )}
        {d.failedReason && (
          <Descriptions.Item label={t('tenders.failed')} span={2}>
            {d.failedReason}
          </Descriptions.Item>
        )}
      </Descriptions>
      {d.can.manage && (
        <Space wrap>
          {d.panel.length === 0 && (
            <Button onClick={() => panel.show(true)}>{t('tenders.panel.set')}</Button>
          )}
          {d.bids.length > 0 &&
            d.panel.map((m) => (
              <Button key={m.id} onClick={() => scores.show(m.id)}>
                {t('tenders.scores.enter', { name: m.name })}
              </Button>
            ))}
          <Button danger onClick={() => fail.show(true)}>
            {t('tenders.fail')}
          </Button>
        </Space>
      )}
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={d.bids}
        locale={{ emptyText: t('tenders.bids.none') }}
        columns={[
          {
            key: 'org',
            title: t('tenders.bid.organisation'),
            render: (_, b) => (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>{b.organisationName}</Typography.Text>
                {b.withdrawnAt && (
                  <Typography.Text type="secondary">
                    <Tag>{t('bids.withdrawn')}</Tag>
                    {b.withdrawalReason}
                  </Typography.Text>
                )}
                <Typography.Text type="secondary">
                  {b.team
                    .map((m) =>
                      m.certificateLevel
                        ? `${m.name}（${labelOf(certificateLevels, m.certificateLevel, language)}）`
                        : m.name,
                    )
                    .join('、')}
                </Typography.Text>
              </Space>
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
            key: 'total',
            title: t('tenders.bid.total'),
            render: (_, b) => (
              <Space direction="vertical" size={0}>
                <span>{b.total ?? '—'}</span>
                <Typography.Text type="secondary">
                  {b.criteria.map((c) => `${c.name} ${c.average ?? '—'}`).join(' / ')}
                </Typography.Text>
                {b.rank && <Tag color={b.rank === 1 ? 'gold' : undefined}>#{b.rank}</Tag>}
              </Space>
            ),
          },
          ...(d.can.manage
            ? [
                {
                  key: 'award',
                  title: '',
                  // Only a standing, eligible bid may win (the server refuses the others).
                  render: (_: unknown, b: TenderDetail['bids'][number]) =>
                    !b.withdrawnAt &&
                    b.eligibility.eligible && (
                      <Button size="small" type="primary" onClick={() => award.show(b.id)}>
                        {t('tenders.award.do')}
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      {panel.payload && <PanelModal tender={d} {...panel.props} />}
      {scores.payload && <ScoresModal tender={d} memberId={scores.payload} {...scores.props} />}
      {award.payload && <AwardModal tender={d} bidId={award.payload} {...award.props} />}
      {fail.payload && <FailModal tender={d} {...fail.props} />}
    </Flex>
  );
}

function PanelModal({ tender, ...dialog }: DialogProps & { tender: TenderDetail }) {
  const { t } = useLanguage();
  const [form] = Form.useForm<{ members: string }>();
  const save = useRecordMutation(
    ({ members }: { members: string }) =>
      setPanel(
        tender.id,
        tender.version,
        members
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .map((line) => {
            const [name, ...unit] = line.split(/[，,]/);
            return { name: name!.trim(), unit: unit.join('，').trim() };
          }),
      ),
    { form, invalidates, success: () => t('tenders.panel.done'), onDone: () => dialog.onClose() },
  );
  return (
    <FormModal
      {...dialog}
      title={t('tenders.panel.set')}
      form={form}
      saving={save.isPending}
      onFinish={(v) => save.mutate(v)}
    >
      <Form.Item
        name="members"
        label={t('tenders.panel.members')}
        extra={t('tenders.panel.members.hint')}
        rules={[{ required: true }]}
      >
        <Input.TextArea rows={4} />
      </Form.Item>
    </FormModal>
  );
}

function ScoresModal({
  tender,
  memberId,
  ...dialog
}: DialogProps & { tender: TenderDetail; memberId: string }) {
  const { t } = useLanguage();
  const [form] = Form.useForm<Record<string, number>>();
  const member = tender.panel.find((m) => m.id === memberId);
  const initial = Object.fromEntries(
    tender.bids.flatMap((b) =>
      b.scores
        .filter((s) => s.memberId === memberId)
        .map((s) => [`${b.id}:${s.criterion}`, s.points]),
    ),
  );
  const save = useRecordMutation(
    (values: Record<string, number>) =>
      enterScores(
        tender.id,
        tender.version,
        memberId,
        Object.entries(values)
          .filter(([, points]) => typeof points === 'number')
          .map(([key, points]) => {
            const [bidId, criterion] = key.split(':');
            return { bidId: bidId!, criterion: criterion!, points };
          }),
      ),
    { form, invalidates, success: () => t('tenders.scores.done'), onDone: () => dialog.onClose() },
  );
  return (
    <FormModal
      {...dialog}
      title={t('tenders.scores.enter', { name: member?.name ?? '' })}
      form={form}
      initialValues={initial}
      saving={save.isPending}
      onFinish={(v) => save.mutate(v)}
    >
      {/* The panel scores the bids that passed the eligibility check (资格审查), as the award asks. */}
      {tender.bids
        .filter((b) => !b.withdrawnAt && b.eligibility.eligible)
        .map((b) => (
          <Flex key={b.id} vertical>
            <Typography.Text strong>{b.organisationName}</Typography.Text>
            <Space wrap>
              {tender.criteria.map((c) => (
                <Form.Item
                  key={c.code}
                  name={`${b.id}:${c.code}`}
                  label={`${c.name}（≤ ${c.weight}）`}
                  rules={[{ required: true }]}
                >
                  <InputNumber min={0} max={c.weight} precision={0} />
                </Form.Item>
              ))}
            </Space>
          </Flex>
        ))}
    </FormModal>
  );
}

function AwardModal({
  tender,
  bidId,
  ...dialog
}: DialogProps & { tender: TenderDetail; bidId: string }) {
  const { t } = useLanguage();
  const [form] = Form.useForm<{ reason?: string }>();
  const bid = tender.bids.find((b) => b.id === bidId);
  const notTop = tender.topBidId !== bidId;
  const save = useRecordMutation(
    ({ reason }: { reason?: string }) =>
      awardTender(tender.id, tender.version, bidId, reason ?? ''),
    { form, invalidates, success: () => t('tenders.award.done'), onDone: () => dialog.onClose() },
  );
  return (
    <FormModal
      {...dialog}
      title={t('tenders.award.do')}
      form={form}
      saving={save.isPending}
      okText={t('tenders.award.do')}
      onFinish={(v) => save.mutate(v)}
    >
      <Typography.Paragraph>
        {t('tenders.award.confirm', { name: bid?.organisationName ?? '' })}
      </Typography.Paragraph>
      {notTop && (
        <Typography.Paragraph type="warning">{t('tenders.award.notTop')}</Typography.Paragraph>
      )}
      <Form.Item name="reason" label={t('tenders.award.reason')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

function FailModal({ tender, ...dialog }: DialogProps & { tender: TenderDetail }) {
  const { t } = useLanguage();
  const [form] = Form.useForm<{ reason: string }>();
  const save = useRecordMutation(
    ({ reason }: { reason: string }) => failTender(tender.id, tender.version, reason),
    { form, invalidates, success: () => t('tenders.fail.done'), onDone: () => dialog.onClose() },
  );
  return (
    <FormModal
      {...dialog}
      title={t('tenders.fail')}
      form={form}
      saving={save.isPending}
      okText={t('tenders.fail')}
      danger
      onFinish={(v) => save.mutate(v)}
    >
      <Form.Item
        name="reason"
        label={t('tenders.fail.reason')}
        rules={[{ required: true, min: 2, max: 500 }]}
      >
        <Input.TextArea rows={3} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
