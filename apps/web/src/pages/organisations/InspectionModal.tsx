import {
  chinaToday,
  inspectionResults,
  type InspectionInput,
  type OrganisationDetail,
} from '@shegong/domain';
import { Form, Input, InputNumber, Select } from 'antd';
import { textOrNull } from '../../api/changes';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { FormModal } from '../../components/FormModal';
import type { DialogProps } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useT } from '../../i18n/useT';
import { addInspection } from './organisations-api';
import { useOrganisationMutation } from './useOrganisationMutation';
import { chooseRequired } from '../../components/choose-required';

/** Records the result of an annual inspection (by default of last year, inspected this year). */
export function InspectionModal({
  organisation,
  ...dialog
}: DialogProps & { organisation: OrganisationDetail }) {
  const t = useT();
  const [form] = Form.useForm<InspectionInput>();
  const resultOptions = useEnumOptions(inspectionResults);
  const save = useOrganisationMutation(
    (input: InspectionInput) => addInspection(organisation.id, input),
    { form, success: () => t('organisations.inspection.done'), onDone: dialog.onClose },
  );
  const thisYear = Number(chinaToday().slice(0, 4));
  // Last year's inspection is the one usually being recorded; failing that, this year's.
  const firstYear = Math.max(1990, Number(organisation.registeredOn.slice(0, 4)));
  const recorded = new Set(organisation.inspections.map((inspection) => inspection.year));
  const year = [thisYear - 1, thisYear].find((y) => !recorded.has(y));

  return (
    <FormModal<InspectionInput>
      {...dialog}
      title={`${t('organisations.inspection.add')} · ${organisation.name}`}
      form={form}
      initialValues={{ year }}
      saving={save.isPending}
      onFinish={(values) =>
        save.mutate({
          ...values,
          inspectedOn: values.inspectedOn ?? null,
          note: textOrNull(values.note),
        })
      }
    >
      <Form.Item
        name="year"
        label={t('organisations.inspection.year')}
        rules={[{ required: true, type: 'integer', min: firstYear, max: thisYear }]}
      >
        <InputNumber min={firstYear} max={thisYear} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="result"
        label={t('organisations.inspection.result')}
        rules={[chooseRequired]}
      >
        <Select options={resultOptions} />
      </Form.Item>
      <Form.Item name="inspectedOn" label={t('organisations.inspection.inspectedOn')}>
        <CalendarDatePicker />
      </Form.Item>
      <Form.Item name="note" label={t('common.note')} rules={[{ max: 500 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
    </FormModal>
  );
}
