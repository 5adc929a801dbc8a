import {
  chinaToday,
  staffingRoles,
  type StaffAssignmentInput,
  type Station,
} from '@shegong/domain';
import { Form, Input, Select } from 'antd';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { FormModal } from '../../components/FormModal';
import type { DialogProps } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useT } from '../../i18n/useT';
import { assignStaff } from './stations-api';
import { useStationMutation } from './useStationMutation';
import { chooseRequired } from '../../components/choose-required';

/** A social worker starts at the station, full-time by default. */
export function AssignStaffModal({ station, ...dialog }: DialogProps & { station: Station }) {
  const t = useT();
  const [form] = Form.useForm<StaffAssignmentInput>();
  const roleOptions = useEnumOptions(staffingRoles);
  const save = useStationMutation((input: StaffAssignmentInput) => assignStaff(station.id, input), {
    form,
    success: (assignment) => t('stations.staff.assigned', { name: assignment.workerName }),
    onDone: dialog.onClose,
  });

  return (
    <FormModal<StaffAssignmentInput>
      {...dialog}
      title={`${t('stations.staff.assign')} · ${station.name}`}
      form={form}
      initialValues={{ role: 'full_time', startedOn: chinaToday() }}
      saving={save.isPending}
      onFinish={(values) => save.mutate({ ...values, workerName: values.workerName.trim() })}
    >
      <Form.Item
        name="workerName"
        label={t('stations.staff.workerName')}
        rules={[{ required: true, whitespace: true, max: 50 }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="role" label={t('stations.staff.role')} rules={[chooseRequired]}>
        <Select options={roleOptions} />
      </Form.Item>
      <Form.Item name="startedOn" label={t('stations.staff.startedOn')} rules={[chooseRequired]}>
        <CalendarDatePicker />
      </Form.Item>
    </FormModal>
  );
}
