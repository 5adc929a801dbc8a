import { chinaToday, type Supervision, type WorkerDetail } from '@shegong/domain';
import { Form, InputNumber, type InputNumberProps } from 'antd';
import { CalendarDatePicker } from '../../../components/CalendarDatePicker';
import { FormModal } from '../../../components/FormModal';
import type { DialogProps } from '../../../hooks/useDialog';
import { useT } from '../../../i18n/useT';
import { useTalentMutation } from '../registry/useTalentMutation';
import { WorkerSelect } from '../registry/WorkerSelect';
import {
  addSupervision,
  updateSupervision,
  type SupervisionChange,
  type SupervisionInput,
} from '../registry/workers-api';
import { chooseRequired } from '../../../components/choose-required';

/** Hours of supervision; a Form control (value / onChange pass through). */
function HoursInput(props: InputNumberProps<number>) {
  const t = useT();
  return (
    <InputNumber<number>
      {...props}
      min={0}
      max={10_000}
      step={1}
      precision={1}
      suffix={t('unit.hours')}
      style={{ width: '100%' }}
    />
  );
}

/** 新增督导关系: a supervisor (another worker, found by name) for this worker, from a date. */
export function SupervisionModal({ worker, ...dialog }: DialogProps & { worker: WorkerDetail }) {
  const t = useT();
  const [form] = Form.useForm<SupervisionInput>();
  const save = useTalentMutation((input: SupervisionInput) => addSupervision(worker.id, input), {
    form,
    success: () => t('workers.supervision.added'),
    onDone: dialog.onClose,
  });
  return (
    <FormModal<SupervisionInput>
      {...dialog}
      title={`${t('workers.supervision.add')} · ${worker.name}`}
      form={form}
      initialValues={{ startedOn: chinaToday(), hours: 0 }}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      <Form.Item
        name="supervisorId"
        label={t('workers.supervision.supervisor')}
        extra={t('workers.supervision.supervisorHint')}
        rules={[chooseRequired]}
      >
        <WorkerSelect exclude={[worker.id]} />
      </Form.Item>
      <Form.Item
        name="startedOn"
        label={t('workers.supervision.startedOn')}
        rules={[chooseRequired]}
      >
        <CalendarDatePicker />
      </Form.Item>
      <Form.Item
        name="hours"
        label={t('workers.supervision.hours')}
        rules={[{ type: 'number', min: 0, max: 10_000 }]}
      >
        <HoursInput />
      </Form.Item>
    </FormModal>
  );
}

type ChangeForm = { hours: number; endedOn?: string | null };

/** 修改督导: the hours so far, and the day it ended (empty while it runs). */
export function SupervisionChangeModal({
  supervision,
  ...dialog
}: DialogProps & { supervision: Supervision }) {
  const t = useT();
  const [form] = Form.useForm<ChangeForm>();
  const save = useTalentMutation(
    (values: ChangeForm) =>
      updateSupervision(supervision.id, {
        version: supervision.version,
        hours: values.hours,
        endedOn: values.endedOn ?? null,
      } satisfies SupervisionChange),
    { form, success: () => t('common.saved'), onDone: dialog.onClose },
  );
  return (
    <FormModal<ChangeForm>
      {...dialog}
      title={`${t('workers.supervision.change')} · ${supervision.supervisorName} → ${supervision.superviseeName}`}
      form={form}
      initialValues={{ hours: supervision.hours, endedOn: supervision.endedOn }}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      <Form.Item
        name="hours"
        label={t('workers.supervision.hours')}
        rules={[{ required: true, type: 'number', min: 0, max: 10_000 }]}
      >
        <HoursInput />
      </Form.Item>
      <Form.Item
        name="endedOn"
        label={t('workers.supervision.endedOn')}
        extra={t('workers.supervision.endedOnHint')}
        rules={[
          {
            validator: async (_rule, value: string | undefined | null) => {
              if (value && value < supervision.startedOn) {
                throw new Error(t('common.dateNotBefore', { date: supervision.startedOn }));
              }
            },
          },
        ]}
      >
        <CalendarDatePicker />
      </Form.Item>
    </FormModal>
  );
}
