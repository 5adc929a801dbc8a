import type { Allocation, CreateAllocation, FundSource } from '@shegong/domain';
import { Form, Input, InputNumber, Typography } from 'antd';
import { fenFieldProps } from '../../components/fen-field';
import { FormModal } from '../../components/FormModal';
import { SearchSelect, type SearchOption } from '../../components/SearchSelect';
import { formatYuan } from '../../format/money';
import type { DialogProps } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useLanguage } from '../../i18n/useLanguage';
import { listProjects, projectKeys } from '../projects/projects-api';
import { createAllocation, fundKeys, updateAllocation } from './funds-api';

/** Projects of the source's division, by title or code. */
function projectSearch(region: string) {
  return async (q: string, signal: AbortSignal): Promise<SearchOption[]> => {
    const { items } = await listProjects({ region, q: q || undefined }, undefined, signal);
    return items
      .filter((p) => p.state !== 'closed' && p.state !== 'terminated')
      .map((p) => ({ value: p.id, label: `${p.code} ${p.title}` }));
  };
}

/** 安排到项目 / 调整安排: part of a source for one project, never beyond what is left. */
export function AllocationModal({
  source,
  allocation,
  ...dialog
}: DialogProps & { source: FundSource; allocation?: Allocation }) {
  const { t, language } = useLanguage();
  const [form] = Form.useForm<CreateAllocation>();
  const save = useRecordMutation(
    (values: CreateAllocation) =>
      allocation
        ? updateAllocation(allocation.id, {
            amountFen: values.amountFen,
            note: values.note,
            version: allocation.version,
          })
        : createAllocation({ ...values, sourceId: source.id }),
    {
      form,
      invalidates: [fundKeys.all, projectKeys.all],
      success: () => t(allocation ? 'funds.allocation.edit.done' : 'funds.allocation.new.done'),
      onDone: () => dialog.onClose(),
    },
  );
  const left = source.remainingFen + (allocation?.amountFen ?? 0);
  return (
    <FormModal
      {...dialog}
      title={`${t(allocation ? 'funds.allocation.edit' : 'funds.allocation.new')} · ${source.name}`}
      form={form}
      saving={save.isPending}
      initialValues={
        allocation
          ? {
              projectId: allocation.projectId,
              amountFen: allocation.amountFen,
              note: allocation.note,
            }
          : { note: '' }
      }
      onFinish={(values) => save.mutate(values)}
    >
      <Typography.Paragraph type="secondary">
        {t('funds.allocation.remaining', { amount: formatYuan(left, language) })}
      </Typography.Paragraph>
      <Form.Item
        name="projectId"
        label={t('funds.allocation.project')}
        rules={[{ required: true }]}
      >
        <SearchSelect
          disabled={!!allocation}
          queryKey={(q) => [...projectKeys.all, 'search', source.regionCode, q]}
          search={projectSearch(source.regionCode)}
          current={
            allocation
              ? [
                  {
                    value: allocation.projectId,
                    label: `${allocation.projectCode} ${allocation.projectTitle}`,
                  },
                ]
              : undefined
          }
          notFound={t('projects.empty')}
        />
      </Form.Item>
      <Form.Item
        name="amountFen"
        label={t('funds.allocation.amount')}
        rules={[{ required: true, type: 'number', min: 0 }]}
        {...fenFieldProps}
      >
        <InputNumber min={0} precision={2} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="note" label={t('funds.allocation.note')}>
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
