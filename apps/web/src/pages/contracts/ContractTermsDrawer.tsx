import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  certificateLevels,
  contractAmountCap,
  evaluationRounds,
  indicatorMeasures,
  indicatorPeriods,
  isCalendarDate,
  labelOf,
  periodsOf,
  reportCadences,
  trancheGates,
  trancheKinds,
  type ContractDetail,
  type ContractDraftStart,
  type ContractIndicatorInput,
  type ContractWorkerInput,
  type EvaluationRound,
  type ProjectDetail,
  type ReportCadence,
  type TrancheGate,
  type TrancheKind,
} from '@shegong/domain';
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Col,
  Divider,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Switch,
  Tag,
  Typography,
  type FormInstance,
} from 'antd';
import { useMemo } from 'react';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { fenFieldProps } from '../../components/fen-field';
import { ErrorResult } from '../../components/ErrorResult';
import { FormDrawer } from '../../components/FormDrawer';
import { PageSpinner } from '../../components/PageSpinner';
import { formatYuan } from '../../format/money';
import type { DialogProps } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useLanguage } from '../../i18n/useLanguage';
import { projectKeys } from '../projects/projects-api';
import { TrancheStatusTag } from './ContractLabels';
import { UnplacedProblems } from './UnplacedProblems';
import {
  amendContract,
  contractKeys,
  createContract,
  getDraftStart,
  listProviderStaff,
  updateContract,
} from './contracts-api';

/** 起草 a new contract, 修改 its draft, or 变更 it once signed (a new version with a reason). */
export type TermsMode = 'create' | 'edit' | 'amend';

interface TrancheRow {
  id?: string;
  kind: TrancheKind;
  dueOn: string;
  amountFen: number;
  gate: TrancheGate;
  gatePeriodKey?: string | null;
  gateRound?: EvaluationRound | null;
}

interface Values {
  reason?: string;
  code: string;
  amountFen: number;
  termStart: string;
  termEnd: string;
  workHoursPerYear: number;
  staffingWorkers: number;
  staffingCertified: number;
  reportCadence: ReportCadence;
  indicators: ContractIndicatorInput[];
  workers: ContractWorkerInput[];
  tranches: TrancheRow[];
}

interface Person {
  name: string;
  certificateLevel: ContractDetail['workers'][number]['certificateLevel'];
}

/** The terms as the API takes them; `keepIds` for an amendment, which names what it keeps. */
function termsOf({ reason: _reason, ...values }: Values, keepIds: boolean) {
  return {
    ...values,
    indicators: values.indicators.map((i) => ({ ...i, unit: i.unit ?? '' })),
    tranches: values.tranches.map((row) => ({
      ...(keepIds && row.id ? { id: row.id } : {}),
      kind: row.kind,
      dueOn: row.dueOn,
      amountFen: row.amountFen,
      gate: row.gate,
      gatePeriodKey: row.gate === 'report' ? (row.gatePeriodKey ?? null) : null,
      gateRound: row.gate === 'evaluation' ? (row.gateRound ?? null) : null,
    })),
  };
}

function initialValuesOf(
  start: ContractDraftStart | undefined,
  contract?: ContractDetail,
): Partial<Values> {
  if (!contract)
    return {
      // The draft starts from the winning bid's price (中标价), which it may not exceed.
      amountFen: start?.amountFen,
      termStart: start?.termStart,
      termEnd: start?.termEnd,
      reportCadence: 'quarter',
      indicators: [{ period: 'year' } as ContractIndicatorInput],
      workers: [],
      tranches: [{ kind: 'advance', gate: 'none' } as TrancheRow],
    };
  return {
    code: contract.code,
    amountFen: contract.amountFen,
    termStart: contract.termStart,
    termEnd: contract.termEnd,
    workHoursPerYear: contract.workHoursPerYear,
    staffingWorkers: contract.staffingWorkers,
    staffingCertified: contract.staffingCertified,
    reportCadence: contract.reportCadence,
    indicators: contract.indicators.map(({ measure, name, level, unit, period }) => ({
      measure,
      name,
      level,
      unit,
      period,
    })),
    workers: contract.workers.map(({ workerId, post, fullTime }) => ({
      workerId,
      post,
      fullTime,
    })),
    // Cancelled tranches are history: an amendment neither sends nor shows them.
    tranches: contract.tranches
      .filter((x) => x.status !== 'cancelled')
      .map(({ id, kind, dueOn, amountFen, gate, gatePeriodKey, gateRound }) => ({
        id,
        kind,
        dueOn,
        amountFen,
        gate,
        gatePeriodKey,
        gateRound,
      })),
  };
}

/**
 * The terms of a purchase contract: amount, term, the work-hour and staffing standards, the
 * indicators the provider commits to, its named workers and the payment schedule.
 */
export function ContractTermsDrawer({
  project,
  contract,
  mode,
  ...dialog
}: DialogProps & { project: ProjectDetail; contract?: ContractDetail; mode: TermsMode }) {
  const { t, language } = useLanguage();
  const [form] = Form.useForm<Values>();
  const staff = useQuery({
    queryKey: contractKeys.staff(project.id),
    queryFn: ({ signal }) => listProviderStaff(project.id, signal),
  });
  const start = useQuery({
    queryKey: contractKeys.draftStart(project.id),
    queryFn: ({ signal }) => getDraftStart(project.id, signal),
    enabled: mode === 'create',
  });
  const awardPriceFen = mode === 'create' ? start.data?.awardPriceFen : contract?.awardPriceFen;
  const save = useRecordMutation(
    (values: Values) => {
      if (mode === 'create')
        return createContract({ projectId: project.id, ...termsOf(values, false) });
      if (mode === 'edit')
        return updateContract(contract!.id, {
          version: contract!.version,
          ...termsOf(values, false),
        });
      return amendContract(contract!.id, {
        version: contract!.version,
        reason: values.reason ?? '',
        ...termsOf(values, true),
      });
    },
    {
      form,
      invalidates: [contractKeys.all, projectKeys.all],
      success: () => t(`contracts.${mode}.done`),
      onDone: () => dialog.onClose(),
    },
  );

  // Whom the officer may name: the provider's staff today, and those the contract names already.
  const people = useMemo(() => {
    const map = new Map<string, Person>();
    for (const w of contract?.workers ?? []) map.set(w.workerId, w);
    for (const s of staff.data?.items ?? []) map.set(s.workerId, s);
    return map;
  }, [contract, staff.data]);
  const staffOptions = [...people.entries()].map(([workerId, p]) => ({
    value: workerId,
    label: p.certificateLevel
      ? `${p.name}（${labelOf(certificateLevels, p.certificateLevel, language)}）`
      : p.name,
  }));

  const title =
    mode === 'amend'
      ? t('contracts.amend.title', { number: (contract?.currentVersion ?? 0) + 1 })
      : t(mode === 'create' ? 'contracts.create' : 'contracts.edit');

  return (
    <FormDrawer
      {...dialog}
      size={960}
      title={title}
      saving={save.isPending}
      onSave={() => form.submit()}
    >
      {mode === 'create' && start.isError && (
        <ErrorResult error={start.error} onRetry={() => void start.refetch()} />
      )}
      {mode === 'create' && start.isPending ? (
        <PageSpinner />
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={initialValuesOf(start.data, contract)}
          onFinish={(values) => save.mutate(values)}
        >
          <UnplacedProblems form={form} error={save.error} />
          {mode === 'amend' && (
            <Form.Item
              name="reason"
              label={t('contracts.amend.reason')}
              extra={t('contracts.amend.hint')}
              rules={[{ required: true, whitespace: true, min: 2, max: 500 }]}
            >
              <Input.TextArea rows={2} maxLength={500} showCount />
            </Form.Item>
          )}
          <HeaderFields
            awardPriceFen={awardPriceFen ?? null}
            capFen={
              awardPriceFen == null ? null : contractAmountCap(awardPriceFen, mode === 'amend')
            }
          />
          <Divider titlePlacement="start">{t('contracts.indicators')}</Divider>
          <IndicatorFields form={form} />
          <Divider titlePlacement="start">{t('contracts.workers')}</Divider>
          <Form.Item
            name="workers"
            label={t('contracts.workers.choose')}
            extra={t('contracts.workers.hint')}
            rules={[
              {
                validator: async (_, value: ContractWorkerInput[] = []) => {
                  if (value.some((w) => !w.post?.trim()))
                    throw new Error(t('contracts.worker.postRequired'));
                },
              },
            ]}
          >
            <WorkersField people={people} options={staffOptions} loading={staff.isFetching} />
          </Form.Item>
          <Divider titlePlacement="start">{t('contracts.tranches')}</Divider>
          <TrancheFields form={form} contract={mode === 'amend' ? contract : undefined} />
        </Form>
      )}
    </FormDrawer>
  );
}

function HeaderFields({
  awardPriceFen,
  capFen,
}: {
  awardPriceFen: number | null;
  /** The most the amount may be: the award price, or 110% of it for an amendment. */
  capFen: number | null;
}) {
  const { t, language } = useLanguage();
  const cadenceOptions = useEnumOptions(reportCadences);
  const count = [{ required: true, type: 'number' as const, min: 0 }];
  return (
    <>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item
            name="code"
            label={t('contracts.code')}
            rules={[{ required: true, whitespace: true, max: 40 }]}
          >
            <Input maxLength={40} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="amountFen"
            label={t('contracts.amount')}
            extra={
              awardPriceFen === null
                ? undefined
                : t('contracts.amount.awardPrice', {
                    price: formatYuan(awardPriceFen, language),
                    cap: formatYuan(capFen ?? awardPriceFen, language),
                  })
            }
            rules={[
              { required: true, type: 'number', min: 0 },
              ...(capFen === null
                ? []
                : [
                    {
                      type: 'number' as const,
                      max: capFen,
                      message: t('contracts.amount.aboveAward'),
                    },
                  ]),
            ]}
            {...fenFieldProps}
          >
            <InputNumber min={0} precision={2} step={10000} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="reportCadence"
            label={t('contracts.reportCadence')}
            rules={[{ required: true }]}
          >
            <Select options={cadenceOptions} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="termStart" label={t('contracts.termStart')} rules={[{ required: true }]}>
            <CalendarDatePicker />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="termEnd" label={t('contracts.termEnd')} rules={[{ required: true }]}>
            <CalendarDatePicker />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="workHoursPerYear"
            label={t('contracts.workHoursPerYear')}
            extra={t('contracts.workHoursPerYear.hint')}
            rules={count}
          >
            <InputNumber min={0} max={3000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="staffingWorkers" label={t('contracts.staffingWorkers')} rules={count}>
            <InputNumber min={0} max={200} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="staffingCertified"
            label={t('contracts.staffingCertified')}
            rules={count}
          >
            <InputNumber min={0} max={200} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

function IndicatorFields({ form }: { form: FormInstance<Values> }) {
  const { t, language } = useLanguage();
  const periodOptions = useEnumOptions(indicatorPeriods);
  const measureOptions = indicatorMeasures.map((m) => ({ value: m.code, label: m[language] }));
  // A measure chosen fills the name and unit still empty with its own.
  const measureChosen = (row: number, code: string) => {
    const measure = indicatorMeasures.find((m) => m.code === code);
    if (!measure) return;
    if (!form.getFieldValue(['indicators', row, 'name']) && code !== 'other')
      form.setFieldValue(['indicators', row, 'name'], measure[language]);
    if (!form.getFieldValue(['indicators', row, 'unit']))
      form.setFieldValue(['indicators', row, 'unit'], measure.unit);
  };
  return (
    <Form.List name="indicators">
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={4}>
          <Typography.Text type="secondary">{t('contracts.indicators.hint')}</Typography.Text>
          {fields.map((field, i) => (
            <div key={field.key} role="group" aria-label={t('contracts.indicator.n', { n: i + 1 })}>
              <Row gutter={8} align="top">
                <Col span={6}>
                  <Form.Item
                    name={[field.name, 'measure']}
                    label={t('contracts.indicator.measure')}
                    rules={[{ required: true }]}
                  >
                    <Select
                      options={measureOptions}
                      onChange={(code: string) => measureChosen(field.name, code)}
                    />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item
                    name={[field.name, 'name']}
                    label={t('contracts.indicator.name')}
                    rules={[{ required: true, whitespace: true, max: 60 }]}
                  >
                    <Input maxLength={60} />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item
                    name={[field.name, 'level']}
                    label={t('contracts.indicator.level')}
                    rules={[{ required: true, type: 'number', min: 0.01 }]}
                  >
                    <InputNumber min={0} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col span={3}>
                  <Form.Item name={[field.name, 'unit']} label={t('contracts.indicator.unit')}>
                    <Input maxLength={10} />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item
                    name={[field.name, 'period']}
                    label={t('contracts.indicator.period')}
                    rules={[{ required: true }]}
                  >
                    <Select options={periodOptions} />
                  </Form.Item>
                </Col>
                <Col span={1} style={{ paddingTop: 36 }}>
                  {fields.length > 1 && (
                    <MinusCircleOutlined
                      aria-label={t('contracts.remove')}
                      onClick={() => remove(field.name)}
                    />
                  )}
                </Col>
              </Row>
            </div>
          ))}
          <Form.ErrorList errors={errors} />
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ period: 'year' })}>
            {t('contracts.indicator.add')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}

/** The named workers: chosen from the provider's staff, each with a post and 专职 or not. */
function WorkersField({
  id,
  value = [],
  onChange,
  people,
  options,
  loading,
}: {
  id?: string;
  value?: ContractWorkerInput[];
  onChange?: (value: ContractWorkerInput[]) => void;
  people: ReadonlyMap<string, Person>;
  options: { value: string; label: string }[];
  loading: boolean;
}) {
  const { t, language } = useLanguage();
  const change = (workerId: string, patch: Partial<ContractWorkerInput>) =>
    onChange?.(value.map((w) => (w.workerId === workerId ? { ...w, ...patch } : w)));
  return (
    <Flex vertical gap={8}>
      <Select
        id={id}
        mode="multiple"
        loading={loading}
        showSearch={{ optionFilterProp: 'label' }}
        options={options}
        value={value.map((w) => w.workerId)}
        onChange={(ids: string[]) =>
          onChange?.(
            ids.map(
              (workerId) =>
                value.find((w) => w.workerId === workerId) ?? {
                  workerId,
                  post: '',
                  fullTime: true,
                },
            ),
          )
        }
      />
      {value.map((w) => {
        const person = people.get(w.workerId);
        const name = person?.name ?? w.workerId;
        return (
          <Flex key={w.workerId} gap={12} align="center">
            <span style={{ minWidth: 160 }}>
              {name}{' '}
              {person?.certificateLevel && (
                <Tag>{labelOf(certificateLevels, person.certificateLevel, language)}</Tag>
              )}
            </span>
            <Input
              aria-label={t('contracts.worker.postOf', { name })}
              placeholder={t('contracts.worker.post')}
              maxLength={40}
              style={{ maxWidth: 240 }}
              value={w.post}
              onChange={(e) => change(w.workerId, { post: e.target.value })}
            />
            <Switch
              aria-label={t('contracts.worker.fullTimeOf', { name })}
              checkedChildren={t('contracts.worker.fullTime')}
              unCheckedChildren={t('contracts.worker.partTime')}
              checked={w.fullTime}
              onChange={(fullTime) => change(w.workerId, { fullTime })}
            />
          </Flex>
        );
      })}
    </Flex>
  );
}

/** The payment schedule; in an amendment the tranches asked for or paid stay as they are. */
function TrancheFields({
  form,
  contract,
}: {
  form: FormInstance<Values>;
  contract?: ContractDetail;
}) {
  const { t, language } = useLanguage();
  const kindOptions = useEnumOptions(trancheKinds);
  const gateOptions = useEnumOptions(trancheGates);
  const roundOptions = useEnumOptions(evaluationRounds);
  const termStart = Form.useWatch('termStart', form);
  const termEnd = Form.useWatch('termEnd', form);
  const cadence = Form.useWatch('reportCadence', form);
  const amountFen = Form.useWatch('amountFen', form);
  const rows = Form.useWatch('tranches', form);
  const periodOptions = useMemo(
    () =>
      termStart && termEnd && cadence && isCalendarDate(termStart) && isCalendarDate(termEnd)
        ? periodsOf(termStart, termEnd, cadence).map((p) => ({
            value: p.key,
            label: `${p.key}（${p.from} ~ ${p.to}）`,
          }))
        : [],
    [termStart, termEnd, cadence],
  );
  const sum = (rows ?? []).reduce((n, row) => n + (row?.amountFen ?? 0), 0);
  const statusOf = (row: number) => {
    const id = form.getFieldValue(['tranches', row, 'id']) as string | undefined;
    return id ? contract?.tranches.find((x) => x.id === id)?.status : undefined;
  };
  return (
    <Form.List name="tranches">
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={4}>
          {fields.map((field, i) => {
            const status = statusOf(field.name);
            const locked = !!status && status !== 'scheduled';
            return (
              <div key={field.key} role="group" aria-label={t('contracts.tranche.n', { n: i + 1 })}>
                <Typography.Text strong>
                  {t('contracts.tranche.n', { n: i + 1 })}{' '}
                  {status && <TrancheStatusTag status={status} />}
                  {locked && (
                    <Typography.Text type="secondary">
                      {t('contracts.tranche.locked')}
                    </Typography.Text>
                  )}
                </Typography.Text>
                <Form.Item name={[field.name, 'id']} hidden>
                  <Input />
                </Form.Item>
                <Row gutter={8} align="top">
                  <Col span={3}>
                    <Form.Item
                      name={[field.name, 'kind']}
                      label={t('contracts.tranche.kind')}
                      rules={[{ required: true }]}
                    >
                      <Select options={kindOptions} disabled={locked} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item
                      name={[field.name, 'dueOn']}
                      label={t('contracts.tranche.dueOn')}
                      rules={[{ required: true }]}
                    >
                      <CalendarDatePicker disabled={locked} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item
                      name={[field.name, 'amountFen']}
                      label={t('contracts.tranche.amount')}
                      rules={[{ required: true, type: 'number', min: 0 }]}
                      {...fenFieldProps}
                    >
                      <InputNumber
                        min={0}
                        precision={2}
                        step={10000}
                        disabled={locked}
                        style={{ width: '100%' }}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item
                      name={[field.name, 'gate']}
                      label={t('contracts.tranche.gate')}
                      rules={[{ required: true }]}
                    >
                      <Select options={gateOptions} disabled={locked} />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item noStyle dependencies={[['tranches', field.name, 'gate']]}>
                      {() => {
                        const gate = form.getFieldValue(['tranches', field.name, 'gate']);
                        if (gate === 'report')
                          return (
                            <Form.Item
                              name={[field.name, 'gatePeriodKey']}
                              label={t('contracts.tranche.period')}
                              rules={[{ required: true }]}
                            >
                              <Select options={periodOptions} disabled={locked} />
                            </Form.Item>
                          );
                        if (gate === 'evaluation')
                          return (
                            <Form.Item
                              name={[field.name, 'gateRound']}
                              label={t('contracts.tranche.round')}
                              rules={[{ required: true }]}
                            >
                              <Select options={roundOptions} disabled={locked} />
                            </Form.Item>
                          );
                        return null;
                      }}
                    </Form.Item>
                  </Col>
                  <Col span={1} style={{ paddingTop: 36 }}>
                    {!locked && fields.length > 1 && (
                      <MinusCircleOutlined
                        aria-label={t('contracts.remove')}
                        onClick={() => remove(field.name)}
                      />
                    )}
                  </Col>
                </Row>
              </div>
            );
          })}
          <Form.ErrorList errors={errors} />
          <Typography.Text type={sum === amountFen ? 'secondary' : 'warning'}>
            {t('contracts.tranches.sum', {
              sum: formatYuan(sum, language),
              amount: formatYuan(amountFen ?? 0, language),
            })}
          </Typography.Text>
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ kind: 'interim', gate: 'none' })}
          >
            {t('contracts.tranche.add')}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
