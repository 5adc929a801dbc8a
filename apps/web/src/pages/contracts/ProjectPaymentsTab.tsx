import {
  chinaToday,
  labelOf,
  trancheKinds,
  type ContractDetail,
  type ProjectDetail,
  type Tranche,
} from '@shegong/domain';
import {
  Button,
  Col,
  Flex,
  Form,
  Input,
  Row,
  Space,
  Statistic,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { FormModal } from '../../components/FormModal';
import { formatYuan } from '../../format/money';
import { useDialog, type DialogProps } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useLanguage } from '../../i18n/useLanguage';
import { TrancheStatusTag } from './ContractLabels';
import {
  approveTranche,
  cancelTranche,
  contractKeys,
  payTranche,
  requestTranche,
} from './contracts-api';
import { ProjectContract } from './ProjectContract';

/** What may be done to a tranche: 申请付款, 审批, 登记支付, 取消. */
type TrancheAction = 'request' | 'approve' | 'pay' | 'cancel';

/** 付款 on the project page: the contract's tranches, what each waits for, and its payment. */
export function ProjectPaymentsTab({ project }: { project: ProjectDetail }) {
  const { t } = useLanguage();
  return (
    <ProjectContract
      project={project}
      none={<Typography.Text type="secondary">{t('contracts.payments.none')}</Typography.Text>}
    >
      {(contract) => <TrancheBoard contract={contract} />}
    </ProjectContract>
  );
}

const dateOf = (at: string | null) => (at ? at.slice(0, 10) : '');

function TrancheBoard({ contract: c }: { contract: ContractDetail }) {
  const { t, language } = useLanguage();
  const acting = useDialog<{ tranche: Tranche; action: TrancheAction }>();
  const yuan = (fen: number) => formatYuan(fen, language);
  const act = (tranche: Tranche, action: TrancheAction, label: string, primary = false) => (
    <Button
      key={action}
      size="small"
      type={primary ? 'primary' : 'default'}
      danger={action === 'cancel'}
      onClick={() => acting.show({ tranche, action })}
    >
      {label}
    </Button>
  );
  const actionsOf = (x: Tranche) => {
    const buttons = [];
    if (c.can.request && x.status === 'scheduled')
      buttons.push(
        x.can.request ? (
          act(x, 'request', t('contracts.tranche.request'), true)
        ) : (
          <Tooltip key="request" title={t('contracts.tranche.request.waiting')}>
            <Button size="small" disabled>
              {t('contracts.tranche.request')}
            </Button>
          </Tooltip>
        ),
      );
    if (x.can.approve) buttons.push(act(x, 'approve', t('contracts.tranche.approve'), true));
    else if (c.can.pay && x.status === 'requested')
      // Four eyes: the officer who asked sees why there is nothing to press.
      buttons.push(
        <Typography.Text key="approve" type="secondary">
          {t('contracts.tranche.approve.byAnother')}
        </Typography.Text>,
      );
    if (x.can.pay) buttons.push(act(x, 'pay', t('contracts.tranche.pay'), true));
    // 取消 is the department's (contracts:manage), like 申请.
    if (x.can.cancel) buttons.push(act(x, 'cancel', t('contracts.tranche.cancel')));
    return buttons;
  };
  const showActions = c.can.request || c.can.pay;
  return (
    <Flex vertical gap="middle">
      <Row gutter={16}>
        <Col span={6}>
          <Statistic title={t('contracts.payments.amount')} value={yuan(c.amountFen)} />
        </Col>
        <Col span={6}>
          <Statistic title={t('contracts.payments.paid')} value={yuan(c.paidFen)} />
        </Col>
        <Col span={6}>
          <Statistic title={t('contracts.payments.approved')} value={yuan(c.approvedFen)} />
        </Col>
        <Col span={6}>
          <Statistic
            title={t('contracts.payments.left')}
            value={yuan(c.amountFen - c.paidFen - c.approvedFen)}
          />
        </Col>
      </Row>
      {c.status === 'draft' && (
        <Typography.Text type="secondary">{t('contracts.payments.draft')}</Typography.Text>
      )}
      <Table<Tranche>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={c.tranches}
        scroll={{ x: 'max-content' }}
        columns={[
          {
            key: 'n',
            title: t('contracts.tranche.number'),
            render: (_, x) => x.position + 1,
          },
          {
            key: 'kind',
            title: t('contracts.tranche.kind'),
            render: (_, x) => labelOf(trancheKinds, x.kind, language),
          },
          { key: 'dueOn', title: t('contracts.tranche.dueOn'), dataIndex: 'dueOn' },
          {
            key: 'amount',
            title: t('contracts.tranche.amount'),
            align: 'right',
            render: (_, x) => yuan(x.amountFen),
          },
          {
            key: 'gate',
            title: t('contracts.tranche.gate'),
            render: (_, x) => (
              <Space size={4} wrap>
                <span>{x.gateText}</span>
                {x.gate !== 'none' &&
                  (x.gateMet ? (
                    <Tag color="green">{t('contracts.tranche.gateMet')}</Tag>
                  ) : (
                    <Tag color="orange">{t('contracts.tranche.gateUnmet')}</Tag>
                  ))}
              </Space>
            ),
          },
          {
            key: 'status',
            title: t('contracts.tranche.status'),
            render: (_, x) => (
              <Flex vertical gap={2}>
                <TrancheStatusTag status={x.status} />
                {x.cancelledReason && (
                  <Typography.Text type="secondary">{x.cancelledReason}</Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            key: 'who',
            title: t('contracts.tranche.who'),
            render: (_, x) => (
              <Flex vertical gap={0} style={{ fontSize: 12 }}>
                {x.requestedByName && (
                  <span>
                    {t('contracts.tranche.requestedBy', {
                      name: x.requestedByName,
                      date: dateOf(x.requestedAt),
                    })}
                  </span>
                )}
                {x.approvedByName && (
                  <span>
                    {t('contracts.tranche.approvedBy', {
                      name: x.approvedByName,
                      date: dateOf(x.approvedAt),
                    })}
                  </span>
                )}
                {x.paidByName && (
                  <span>
                    {t('contracts.tranche.paidBy', {
                      name: x.paidByName,
                      date: x.paidOn ?? '',
                      voucher: x.voucher ?? '',
                    })}
                  </span>
                )}
                {x.note && <Typography.Text type="secondary">{x.note}</Typography.Text>}
              </Flex>
            ),
          },
          ...(showActions
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  fixed: 'right' as const,
                  render: (_: unknown, x: Tranche) => <Space wrap>{actionsOf(x)}</Space>,
                },
              ]
            : []),
        ]}
      />
      {acting.payload && (
        <TrancheActionModal
          {...acting.props}
          contract={c}
          tranche={acting.payload.tranche}
          action={acting.payload.action}
        />
      )}
    </Flex>
  );
}

interface ActionValues {
  note?: string;
  paidOn?: string;
  voucher?: string;
  reason?: string;
}

/** One step of a tranche's payment, on the tranche's own version. */
function TrancheActionModal({
  contract,
  tranche,
  action,
  ...dialog
}: DialogProps & { contract: ContractDetail; tranche: Tranche; action: TrancheAction }) {
  const { t, language } = useLanguage();
  const [form] = Form.useForm<ActionValues>();
  const save = useRecordMutation(
    (v: ActionValues) => {
      const version = tranche.version;
      switch (action) {
        case 'request':
          return requestTranche(contract.id, tranche.id, { version, note: v.note ?? '' });
        case 'approve':
          return approveTranche(contract.id, tranche.id, { version, note: v.note ?? '' });
        case 'pay':
          return payTranche(contract.id, tranche.id, {
            version,
            paidOn: v.paidOn!,
            voucher: v.voucher!,
          });
        case 'cancel':
          return cancelTranche(contract.id, tranche.id, { version, reason: v.reason! });
      }
    },
    {
      form,
      invalidates: [contractKeys.all],
      success: () => t(`contracts.tranche.${action}.done`),
      onDone: () => dialog.onClose(),
    },
  );
  const label = t(`contracts.tranche.${action}`);
  return (
    <FormModal
      {...dialog}
      title={`${label} · ${t('contracts.tranche.n', { n: tranche.position + 1 })}`}
      form={form}
      saving={save.isPending}
      okText={label}
      danger={action === 'cancel'}
      initialValues={{ paidOn: chinaToday() }}
      onFinish={(values) => save.mutate(values)}
    >
      <Typography.Paragraph>
        {t('contracts.tranche.summary', {
          kind: labelOf(trancheKinds, tranche.kind, language),
          amount: formatYuan(tranche.amountFen, language),
          dueOn: tranche.dueOn,
        })}
      </Typography.Paragraph>
      {action === 'approve' && (
        <Typography.Paragraph type="secondary">
          {t('contracts.tranche.approve.fourEyes')}
        </Typography.Paragraph>
      )}
      {(action === 'request' || action === 'approve') && (
        <Form.Item name="note" label={t('contracts.tranche.note')} rules={[{ max: 500 }]}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
      {action === 'pay' && (
        <>
          <Form.Item
            name="paidOn"
            label={t('contracts.tranche.paidOn')}
            rules={[{ required: true }]}
          >
            <CalendarDatePicker />
          </Form.Item>
          <Form.Item
            name="voucher"
            label={t('contracts.tranche.voucher')}
            rules={[{ required: true, whitespace: true, max: 60 }]}
          >
            <Input maxLength={60} />
          </Form.Item>
        </>
      )}
      {action === 'cancel' && (
        <Form.Item
          name="reason"
          label={t('contracts.tranche.cancel.reason')}
          rules={[{ required: true, whitespace: true, min: 2, max: 500 }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
    </FormModal>
  );
}
