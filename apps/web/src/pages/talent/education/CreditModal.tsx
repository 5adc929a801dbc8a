import {
  chinaToday,
  creditSources,
  type CreditLedgerEntry,
  type CreditSource,
  type WorkerDetail,
} from '@shegong/domain';
import { Form, Input, InputNumber, Select } from 'antd';
import { CalendarDatePicker } from '../../../components/CalendarDatePicker';
import { FormModal } from '../../../components/FormModal';
import type { DialogProps } from '../../../hooks/useDialog';
import { useLanguage } from '../../../i18n/useLanguage';
import { useTalentMutation } from '../registry/useTalentMutation';
import { changedFields } from '../../../api/changes';
import { addCredit, updateCredit, type CreditEntryInput } from '../registry/workers-api';
import { chooseRequired } from '../../../components/choose-required';

/**
 * 登记其他学时 / 更正学时: hours that do not come from a course on the platform (training held
 * elsewhere, a degree, supervision, research…). Sources the province does not count are marked, as
 * they will not add to the cycle.
 */
export function CreditModal({
  worker,
  counted,
  entry,
  ...dialog
}: DialogProps & {
  worker: WorkerDetail;
  counted?: readonly CreditSource[];
  entry?: CreditLedgerEntry;
}) {
  const { language, t } = useLanguage();
  const [form] = Form.useForm<CreditEntryInput>();
  const options = creditSources.map((s) => ({
    value: s.code,
    label:
      counted && !counted.includes(s.code)
        ? `${s[language]}（${t('education.credit.notCounted')}）`
        : s[language],
  }));
  const save = useTalentMutation(
    (input: CreditEntryInput) =>
      entry
        ? updateCredit(entry.id, {
            ...changedFields(entry as CreditEntryInput, input),
            version: entry.version,
          })
        : addCredit(worker.id, input),
    {
      form,
      success: () => t(entry ? 'workers.correction.saved' : 'education.credit.done'),
      onDone: dialog.onClose,
    },
  );

  return (
    <FormModal<CreditEntryInput>
      {...dialog}
      title={`${t(entry ? 'education.credit.edit' : 'education.credit.add')} · ${worker.name}`}
      form={form}
      initialValues={entry ? (entry as CreditEntryInput) : { earnedOn: chinaToday() }}
      saving={save.isPending}
      onFinish={(values) => save.mutate({ ...values, description: values.description.trim() })}
    >
      <Form.Item name="source" label={t('education.credit.source')} rules={[chooseRequired]}>
        <Select options={options} />
      </Form.Item>
      <Form.Item
        name="hours"
        label={t('education.credit.hours')}
        rules={[{ required: true, type: 'number', min: 0.5, max: 500 }]}
      >
        <InputNumber
          min={0.5}
          max={500}
          step={0.5}
          precision={1}
          suffix={t('unit.creditHours')}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item name="earnedOn" label={t('education.credit.earnedOn')} rules={[chooseRequired]}>
        <CalendarDatePicker />
      </Form.Item>
      <Form.Item
        name="description"
        label={t('education.credit.description')}
        rules={[{ required: true, whitespace: true, max: 200 }]}
      >
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
