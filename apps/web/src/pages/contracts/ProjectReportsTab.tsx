import {
  chinaToday,
  indicatorPeriods,
  labelOf,
  spendingCategories,
  type ContractDetail,
  type ContractReportSummary,
  type ProjectDetail,
  type ReportDraft,
  type ReportPeriod,
  type ReportSpending,
} from '@shegong/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { ErrorResult } from '../../components/ErrorResult';
import { fenFieldProps } from '../../components/fen-field';
import { FormModal } from '../../components/FormModal';
import { PageSpinner } from '../../components/PageSpinner';
import { formatYuan } from '../../format/money';
import { useDialog, type DialogProps } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useReportError } from '../../hooks/useReportError';
import { useLanguage } from '../../i18n/useLanguage';
import { percentOf, ReportStatusTag } from './ContractLabels';
import {
  acceptReport,
  contractKeys,
  getReport,
  getReportDraft,
  returnReport,
  submitReport,
} from './contracts-api';
import { ProjectContract } from './ProjectContract';
import { PersonnelShare, ReportView } from './ReportView';
import { UnplacedProblems } from './UnplacedProblems';

/** 阶段报告 on the project page: each report period, its report and its review. */
export function ProjectReportsTab({ project }: { project: ProjectDetail }) {
  const { t } = useLanguage();
  return (
    <ProjectContract
      project={project}
      none={<Typography.Text type="secondary">{t('contracts.reports.none')}</Typography.Text>}
    >
      {(contract) => <ReportBoard contract={contract} />}
    </ProjectContract>
  );
}

interface PeriodRow extends ReportPeriod {
  report?: ContractReportSummary;
}

/** What the provider fills in: the draft of the period (with a returned report's own figures). */
interface Filing {
  draft: ReportDraft;
}

type Decision = 'accept' | 'return';

function ReportBoard({ contract: c }: { contract: ContractDetail }) {
  const { t } = useLanguage();
  const queryClient = useQueryClient();
  const reportError = useReportError();
  const filing = useDialog<Filing>();
  const viewing = useDialog<string>();
  const reviewing = useDialog<{ report: ContractReportSummary; decision: Decision }>();
  const today = chinaToday();
  const rows: PeriodRow[] = c.periods.map((p) => ({
    ...p,
    report: c.reports.find((r) => r.periodKey === p.key),
  }));
  // The figures counted for the period (and a returned report's own) are read before the form opens.
  const opening = useMutation({
    mutationFn: async (periodKey: string): Promise<Filing> => {
      const draft = await queryClient.fetchQuery({
        queryKey: contractKeys.reportDraft(c.id, periodKey),
        queryFn: ({ signal }) => getReportDraft(c.id, periodKey, signal),
        staleTime: 0,
      });
      return { draft };
    },
    onSuccess: (loaded) => filing.show(loaded),
    onError: (error) => reportError(error),
  });

  const actionsOf = (row: PeriodRow) => {
    const r = row.report;
    const buttons = [];
    if (r)
      buttons.push(
        <Button key="view" size="small" onClick={() => viewing.show(r.id)}>
          {t('contracts.report.view')}
        </Button>,
      );
    if (c.can.review && r?.status === 'submitted')
      buttons.push(
        <Button
          key="accept"
          size="small"
          type="primary"
          onClick={() => reviewing.show({ report: r, decision: 'accept' })}
        >
          {t('contracts.report.accept')}
        </Button>,
        <Button
          key="return"
          size="small"
          danger
          onClick={() => reviewing.show({ report: r, decision: 'return' })}
        >
          {t('contracts.report.return')}
        </Button>,
      );
    if (c.can.report && row.from <= today && (!r || r.status === 'returned'))
      buttons.push(
        <Button
          key="file"
          size="small"
          type="primary"
          loading={opening.isPending && opening.variables === row.key}
          onClick={() => opening.mutate(row.key)}
        >
          {t(r ? 'contracts.report.fileAgain' : 'contracts.report.file')}
        </Button>,
      );
    return buttons;
  };

  return (
    <Flex vertical gap="middle">
      {c.status === 'draft' && (
        <Typography.Text type="secondary">{t('contracts.reports.draft')}</Typography.Text>
      )}
      <Typography.Text type="secondary">
        {t('contracts.reports.rule', { share: percentOf(c.personnelShareRuleBp) })}
      </Typography.Text>
      <Table<PeriodRow>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'key', title: t('contracts.report.period'), dataIndex: 'key' },
          {
            key: 'dates',
            title: t('contracts.report.dates'),
            render: (_, row) => `${row.from} ~ ${row.to}`,
          },
          {
            key: 'status',
            title: t('contracts.report.status'),
            render: (_, row) =>
              row.report ? (
                <ReportStatusTag status={row.report.status} />
              ) : (
                <Tag>
                  {t(row.from <= today ? 'contracts.report.notIn' : 'contracts.report.notYet')}
                </Tag>
              ),
          },
          {
            key: 'share',
            title: t('contracts.report.personnelShare'),
            render: (_, row) => <PersonnelShare report={row.report} />,
          },
          {
            key: 'submitted',
            title: t('contracts.report.submittedBy'),
            render: (_, row) =>
              row.report
                ? `${row.report.submittedByName} · ${row.report.submittedAt.slice(0, 10)}`
                : '',
          },
          {
            key: 'review',
            title: t('contracts.report.review'),
            render: (_, row) =>
              row.report?.reviewedByName
                ? `${row.report.reviewedByName}${row.report.reviewNote ? `：${row.report.reviewNote}` : ''}`
                : '',
          },
          {
            key: 'actions',
            title: t('common.actions'),
            fixed: 'right',
            render: (_, row) => <Space wrap>{actionsOf(row)}</Space>,
          },
        ]}
      />
      {filing.payload && (
        <SubmitReportModal {...filing.props} contract={c} filing={filing.payload} />
      )}
      {viewing.payload && (
        <Modal
          open={viewing.props.open}
          onCancel={viewing.props.onClose}
          afterClose={viewing.props.afterClose}
          title={t('contracts.report.view')}
          footer={null}
          width={720}
        >
          <ReportContent contractId={c.id} reportId={viewing.payload} />
        </Modal>
      )}
      {reviewing.payload && (
        <ReviewModal
          {...reviewing.props}
          contract={c}
          report={reviewing.payload.report}
          decision={reviewing.payload.decision}
        />
      )}
    </Flex>
  );
}

/** A submitted report: outputs against the indicators, spending, and what the provider wrote. */
function ReportContent({ contractId, reportId }: { contractId: string; reportId: string }) {
  const report = useQuery({
    queryKey: contractKeys.report(contractId, reportId),
    queryFn: ({ signal }) => getReport(contractId, reportId, signal),
  });
  if (report.isError)
    return <ErrorResult error={report.error} onRetry={() => void report.refetch()} />;
  if (report.isPending) return <PageSpinner />;
  return <ReportView report={report.data} />;
}

/** 通过 or 退回 a submitted report: the department's review, a note required to return it. */
function ReviewModal({
  contract,
  report,
  decision,
  ...dialog
}: DialogProps & { contract: ContractDetail; report: ContractReportSummary; decision: Decision }) {
  const { t } = useLanguage();
  const [form] = Form.useForm<{ note?: string }>();
  const save = useRecordMutation(
    ({ note }: { note?: string }) =>
      (decision === 'accept' ? acceptReport : returnReport)(contract.id, report.id, {
        version: report.version,
        note: note ?? '',
      }),
    {
      form,
      invalidates: [contractKeys.all],
      success: () => t(`contracts.report.${decision}.done`),
      onDone: () => dialog.onClose(),
    },
  );
  const label = t(`contracts.report.${decision}`);
  return (
    <FormModal
      {...dialog}
      title={`${label} · ${report.periodKey}`}
      form={form}
      saving={save.isPending}
      okText={label}
      danger={decision === 'return'}
      onFinish={(values) => save.mutate(values)}
    >
      <ReportContent contractId={contract.id} reportId={report.id} />
      <Form.Item
        name="note"
        label={t(decision === 'return' ? 'contracts.report.returnNote' : 'contracts.report.note')}
        rules={
          decision === 'return'
            ? [{ required: true, whitespace: true, min: 2, max: 1000 }]
            : [{ max: 1000 }]
        }
        style={{ marginTop: 16 }}
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}

interface SubmitValues {
  entered: { value: number }[];
  spending: ReportSpending;
  narrative?: string;
}

/**
 * 填报: the provider's report of a period. Indicators measured by service records show what the
 * records give (not typed); the `other` ones are entered; spending is by category, in yuan.
 */
function SubmitReportModal({
  contract,
  filing: { draft },
  ...dialog
}: DialogProps & { contract: ContractDetail; filing: Filing }) {
  const { t, language } = useLanguage();
  const [form] = Form.useForm<SubmitValues>();
  const spending = Form.useWatch('spending', form);
  const counted = draft.outputs.filter((o) => o.counted);
  const entered = draft.outputs.filter((o) => !o.counted);
  const save = useRecordMutation(
    (v: SubmitValues) =>
      submitReport(contract.id, {
        periodKey: draft.periodKey,
        // Only the values are fields of the form: the indicators are the draft's, in its order.
        entered: v.entered.map((e, i) => ({
          indicatorId: entered[i]!.indicatorId,
          value: e.value,
        })),
        spending: v.spending,
        narrative: v.narrative ?? '',
        ...(draft.existing?.status === 'returned' ? { version: draft.existing.version } : {}),
      }),
    {
      form,
      invalidates: [contractKeys.all],
      success: () => t('contracts.report.file.done'),
      onDone: () => dialog.onClose(),
    },
  );
  // A returned report comes back with its own figures (the draft carries them): edited, not retyped.
  const previous = draft.returned;
  const zero: ReportSpending = { personnelFen: 0, serviceFen: 0, adminFen: 0, otherFen: 0 };
  const total = spendingCategories.reduce((n, s) => n + (spending?.[s.code] ?? 0), 0);
  const share = total > 0 ? Math.round(((spending?.personnelFen ?? 0) * 10000) / total) : null;
  return (
    <FormModal
      {...dialog}
      title={t('contracts.report.file.title', {
        period: draft.periodKey,
        from: draft.from,
        to: draft.to,
      })}
      form={form}
      saving={save.isPending}
      okText={t('contracts.report.submit')}
      initialValues={{
        entered: entered.map((o) => ({
          value: o.value ?? undefined,
        })) as SubmitValues['entered'],
        spending: previous?.spending ?? zero,
        narrative: previous?.narrative ?? '',
      }}
      onFinish={(values) => save.mutate(values)}
    >
      <UnplacedProblems form={form} error={save.error} />
      {previous?.note && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('contracts.report.returnedBecause', { note: previous.note })}
        />
      )}
      {counted.length > 0 && (
        <>
          <Typography.Text strong>{t('contracts.report.counted')}</Typography.Text>
          <Descriptions size="small" column={1} bordered style={{ margin: '8px 0 16px' }}>
            {counted.map((o) => (
              <Descriptions.Item
                key={o.indicatorId}
                label={`${o.name}（${t('contracts.report.agreed', {
                  level: o.level,
                  unit: o.unit,
                  period: labelOf(indicatorPeriods, o.period, language),
                })}）`}
              >
                {o.value ?? 0} {o.unit}
              </Descriptions.Item>
            ))}
          </Descriptions>
        </>
      )}
      <Form.List name="entered">
        {(fields, _, { errors }) => (
          <>
            {fields.map((field) => {
              const o = entered[field.name]!;
              return (
                <Form.Item
                  key={field.key}
                  name={[field.name, 'value']}
                  label={`${o.name}（${t('contracts.report.agreed', {
                    level: o.level,
                    unit: o.unit,
                    period: labelOf(indicatorPeriods, o.period, language),
                  })}）`}
                  rules={[{ required: true, type: 'number', min: 0 }]}
                >
                  <InputNumber min={0} style={{ width: 200 }} suffix={o.unit || undefined} />
                </Form.Item>
              );
            })}
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
      <Typography.Text strong>{t('contracts.report.spending')}</Typography.Text>
      <Flex wrap gap={12} style={{ marginTop: 8 }}>
        {spendingCategories.map((s) => (
          <Form.Item
            key={s.code}
            name={['spending', s.code]}
            label={t('contracts.report.spendingOf', { category: s[language] })}
            rules={[{ required: true, type: 'number', min: 0 }]}
            {...fenFieldProps}
          >
            <InputNumber min={0} precision={2} style={{ width: 200 }} />
          </Form.Item>
        ))}
      </Flex>
      <Typography.Paragraph
        type={share !== null && share < draft.personnelShareRuleBp ? 'warning' : 'secondary'}
      >
        {t('contracts.report.shareLive', {
          total: formatYuan(total, language),
          share: share === null ? '—' : percentOf(share),
          rule: percentOf(draft.personnelShareRuleBp),
        })}
      </Typography.Paragraph>
      <Form.Item name="narrative" label={t('contracts.report.narrative')} rules={[{ max: 5000 }]}>
        <Input.TextArea rows={4} maxLength={5000} showCount />
      </Form.Item>
    </FormModal>
  );
}
