import { chinaToday, type EmploymentInput, type WorkerDetail } from '@shegong/domain';
import { Form } from 'antd';
import { CalendarDatePicker } from '../../../components/CalendarDatePicker';
import { FormModal } from '../../../components/FormModal';
import type { DialogProps } from '../../../hooks/useDialog';
import { useT } from '../../../i18n/useT';
import { EmployerFields, employerOf, useEmployerPick, type EmployerForm } from './EmployerFields';
import { useTalentMutation } from '../registry/useTalentMutation';
import { addEmployment } from '../registry/workers-api';
import { chooseRequired } from '../../../components/choose-required';

type EmploymentForm = EmployerForm & Pick<EmploymentInput, 'startedOn'>;

/** 新增从业经历: the employer (picked from the registry or typed), the post and the start. */
export function EmploymentModal({ worker, ...dialog }: DialogProps & { worker: WorkerDetail }) {
  const t = useT();
  const [form] = Form.useForm<EmploymentForm>();
  const pick = useEmployerPick(form);
  const save = useTalentMutation((input: EmploymentInput) => addEmployment(worker.id, input), {
    form,
    success: () => t('workers.job.added'),
    onDone: dialog.onClose,
  });

  return (
    <FormModal<EmploymentForm>
      {...dialog}
      title={`${t('workers.job.add')} · ${worker.name}`}
      form={form}
      initialValues={{
        fullTime: true,
        startedOn: chinaToday(),
        employerRegionCode: worker.regionCode,
      }}
      saving={save.isPending}
      onFinish={(values) =>
        save.mutate({ ...employerOf(values, pick), startedOn: values.startedOn })
      }
    >
      <EmployerFields pick={pick} />
      <Form.Item name="startedOn" label={t('workers.job.startedOn')} rules={[chooseRequired]}>
        <CalendarDatePicker />
      </Form.Item>
    </FormModal>
  );
}
