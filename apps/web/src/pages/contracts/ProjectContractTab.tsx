import {
  certificateLevels,
  chinaToday,
  indicatorMeasures,
  indicatorPeriods,
  labelOf,
  reportCadences,
  type ContractDetail,
  type ProjectDetail,
} from '@shegong/domain';
import { Button, Descriptions, Flex, Form, Space, Table, Tag, Typography } from 'antd';
import { useSession } from '../../auth/useSession';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { FormModal } from '../../components/FormModal';
import { formatYuan } from '../../format/money';
import { useDialog, type DialogProps } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useLanguage } from '../../i18n/useLanguage';
import { projectKeys } from '../projects/projects-api';
import { ContractStatusTag, percentOf } from './ContractLabels';
import { ContractTermsDrawer, type TermsMode } from './ContractTermsDrawer';
import { completeContract, contractKeys, signContract, startContract } from './contracts-api';
import { ProjectContract } from './ProjectContract';
import { UnplacedProblems } from './UnplacedProblems';

const invalidates = [contractKeys.all, projectKeys.all];

/** 合同 on the project page: drafting it, its terms, and signing, amending, starting, completing. */
export function ProjectContractTab({ project }: { project: ProjectDetail }) {
  const { t } = useLanguage();
  const { can } = useSession();
  const drafting = useDialog();
  const mayDraft = !project.asProvider && can('contracts:manage') && project.state === 'awarded';
  return (
    <>
      <ProjectContract
        project={project}
        none={
          <Flex vertical gap="middle" align="flex-start">
            <Typography.Text type="secondary">{t('contracts.none')}</Typography.Text>
            {mayDraft && (
              <Button type="primary" onClick={() => drafting.show(true)}>
                {t('contracts.create')}
              </Button>
            )}
          </Flex>
        }
      >
        {(contract) => <ContractView project={project} contract={contract} />}
      </ProjectContract>
      {drafting.payload && (
        <ContractTermsDrawer {...drafting.props} project={project} mode="create" />
      )}
    </>
  );
}

type Step = 'sign' | 'start' | 'complete';

function ContractView({
  project,
  contract: c,
}: {
  project: ProjectDetail;
  contract: ContractDetail;
}) {
  const { t, language } = useLanguage();
  const terms = useDialog<TermsMode>();
  const stepping = useDialog<Step>();
  return (
    <Flex vertical gap="middle">
      {(c.can.edit || c.can.sign || c.can.amend || c.can.start || c.can.complete) && (
        <Space wrap>
          {c.can.edit && <Button onClick={() => terms.show('edit')}>{t('contracts.edit')}</Button>}
          {c.can.sign && (
            <Button type="primary" onClick={() => stepping.show('sign')}>
              {t('contracts.sign')}
            </Button>
          )}
          {c.can.start && (
            <Button type="primary" onClick={() => stepping.show('start')}>
              {t('contracts.start')}
            </Button>
          )}
          {c.can.complete && (
            <Button type="primary" onClick={() => stepping.show('complete')}>
              {t('contracts.complete')}
            </Button>
          )}
          {c.can.amend && (
            <Button onClick={() => terms.show('amend')}>{t('contracts.amend')}</Button>
          )}
        </Space>
      )}
      <Descriptions size="small" column={2} bordered>
        <Descriptions.Item label={t('contracts.code')}>{c.code}</Descriptions.Item>
        <Descriptions.Item label={t('contracts.status')}>
          <ContractStatusTag status={c.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t('contracts.provider')}>{c.providerName}</Descriptions.Item>
        <Descriptions.Item label={t('contracts.amount')}>
          {formatYuan(c.amountFen, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('contracts.awardPrice')}>
          {c.awardPriceFen === null
            ? t('contracts.awardPrice.none')
            : formatYuan(c.awardPriceFen, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('contracts.term')}>
          {c.termStart} ~ {c.termEnd}
        </Descriptions.Item>
        <Descriptions.Item label={t('contracts.signed')}>
          {c.signedOn ? `${c.signedOn}（${c.signedByName ?? ''}）` : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('contracts.currentVersion')}>
          {c.currentVersion === 0
            ? t('contracts.version.draft')
            : t('contracts.version.n', { number: c.currentVersion })}
        </Descriptions.Item>
        <Descriptions.Item label={t('contracts.reportCadence')}>
          {labelOf(reportCadences, c.reportCadence, language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('contracts.workHoursPerYear')}>
          {t('contracts.workHoursPerYear.value', { hours: c.workHoursPerYear })}
        </Descriptions.Item>
        <Descriptions.Item label={t('contracts.staffing')}>
          {t('contracts.staffing.value', {
            workers: c.staffingWorkers,
            certified: c.staffingCertified,
          })}
        </Descriptions.Item>
        <Descriptions.Item label={t('contracts.personnelRule')} span={2}>
          {t('contracts.personnelRule.value', { share: percentOf(c.personnelShareRuleBp) })}
        </Descriptions.Item>
      </Descriptions>

      <Typography.Title level={5}>{t('contracts.indicators')}</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={c.indicators}
        columns={[
          { key: 'name', title: t('contracts.indicator.name'), dataIndex: 'name' },
          {
            key: 'measure',
            title: t('contracts.indicator.measure'),
            render: (_, i) => labelOf(indicatorMeasures, i.measure, language),
          },
          {
            key: 'level',
            title: t('contracts.indicator.level'),
            align: 'right',
            render: (_, i) => `${i.level} ${i.unit}`,
          },
          {
            key: 'period',
            title: t('contracts.indicator.period'),
            render: (_, i) => labelOf(indicatorPeriods, i.period, language),
          },
        ]}
      />

      <Typography.Title level={5}>{t('contracts.workers')}</Typography.Title>
      <Table
        rowKey="workerId"
        size="small"
        pagination={false}
        dataSource={c.workers}
        locale={{ emptyText: t('contracts.workers.none') }}
        columns={[
          { key: 'name', title: t('contracts.worker.name'), dataIndex: 'name' },
          {
            key: 'level',
            title: t('contracts.worker.certificate'),
            render: (_, w) =>
              w.certificateLevel ? labelOf(certificateLevels, w.certificateLevel, language) : '—',
          },
          { key: 'post', title: t('contracts.worker.post'), dataIndex: 'post' },
          {
            key: 'fullTime',
            title: t('contracts.worker.fullTime'),
            render: (_, w) =>
              w.fullTime ? (
                <Tag color="blue">{t('contracts.worker.fullTime')}</Tag>
              ) : (
                <Tag>{t('contracts.worker.partTime')}</Tag>
              ),
          },
        ]}
      />

      <Typography.Title level={5}>{t('contracts.versions')}</Typography.Title>
      <Table
        rowKey="number"
        size="small"
        pagination={false}
        dataSource={c.versions}
        locale={{ emptyText: t('contracts.versions.none') }}
        columns={[
          {
            key: 'number',
            title: t('contracts.version'),
            render: (_, v) => t('contracts.version.n', { number: v.number }),
          },
          {
            key: 'amount',
            title: t('contracts.amount'),
            align: 'right',
            render: (_, v) => formatYuan(v.amountFen, language),
          },
          {
            key: 'term',
            title: t('contracts.term'),
            render: (_, v) => `${v.termStart} ~ ${v.termEnd}`,
          },
          {
            key: 'reason',
            title: t('contracts.version.reason'),
            render: (_, v) => v.reason ?? t('contracts.version.signed'),
          },
          {
            key: 'by',
            title: t('contracts.version.by'),
            render: (_, v) => `${v.createdByName} · ${v.createdAt.slice(0, 10)}`,
          },
        ]}
      />
      {terms.payload && (
        <ContractTermsDrawer {...terms.props} project={project} contract={c} mode={terms.payload} />
      )}
      {stepping.payload && <StepModal {...stepping.props} contract={c} step={stepping.payload} />}
    </Flex>
  );
}

/** 签订 (on a date), 开始服务 and 结项: the contract and its project move together. */
function StepModal({
  contract,
  step,
  ...dialog
}: DialogProps & { contract: ContractDetail; step: Step }) {
  const { t } = useLanguage();
  const [form] = Form.useForm<{ signedOn?: string }>();
  const save = useRecordMutation(
    ({ signedOn }: { signedOn?: string }) =>
      step === 'sign'
        ? signContract(contract.id, { version: contract.version, signedOn: signedOn! })
        : step === 'start'
          ? startContract(contract.id, contract.version)
          : completeContract(contract.id, contract.version),
    {
      form,
      invalidates,
      success: () => t(`contracts.${step}.done`),
      onDone: () => dialog.onClose(),
    },
  );
  return (
    <FormModal
      {...dialog}
      title={t(`contracts.${step}`)}
      form={form}
      saving={save.isPending}
      okText={t(`contracts.${step}`)}
      initialValues={{ signedOn: chinaToday() }}
      onFinish={(values) => save.mutate(values)}
    >
      <UnplacedProblems form={form} error={save.error} />
      <Typography.Paragraph>{t(`contracts.${step}.confirm`)}</Typography.Paragraph>
      {step === 'sign' && (
        <Form.Item name="signedOn" label={t('contracts.signedOn')} rules={[{ required: true }]}>
          <CalendarDatePicker />
        </Form.Item>
      )}
    </FormModal>
  );
}
