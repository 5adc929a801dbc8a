import {
  activityTypes,
  participationModes,
  type Activity,
  type ActivityInput,
} from '@shegong/domain';
import { Form, Input, Radio, Select } from 'antd';
import { changedFields, textOrNull } from '../../api/changes';
import { FormDrawer } from '../../components/FormDrawer';
import type { DialogProps } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useT } from '../../i18n/useT';
import { createActivity, updateActivity } from './groupwork-api';
import { PlaceAndNameItems, ServedItems } from './GroupworkSelects';
import { useGroupworkMutation } from './useGroupworkMutation';

/** 新建 or 编辑 a community activity; its station and way of counting stay once chosen. */
export function ActivityDrawer({
  activity,
  onSaved,
  ...dialog
}: DialogProps & { activity?: Activity; onSaved?: (id: string) => void }) {
  const t = useT();
  const [form] = Form.useForm<ActivityInput>();
  const types = useEnumOptions(activityTypes);
  const modes = useEnumOptions(participationModes);
  const save = useGroupworkMutation(
    (values: ActivityInput) => {
      const editable = {
        activityType: values.activityType,
        title: values.title,
        serviceField: values.serviceField,
        populationGroups: values.populationGroups ?? [],
        description: textOrNull(values.description),
      };
      return activity
        ? updateActivity(activity.id, {
            ...changedFields(activity, editable),
            version: activity.version,
          })
        : createActivity({
            ...editable,
            stationId: values.stationId,
            participation: values.participation,
          });
    },
    {
      form,
      success: (saved) =>
        activity ? t('common.saved') : t('groupwork.activity.created', { name: saved.title }),
      onDone: (saved) => {
        dialog.onClose();
        onSaved?.(saved.id);
      },
    },
  );
  return (
    <FormDrawer
      {...dialog}
      title={
        activity
          ? `${t('groupwork.activity.edit')} · ${activity.title}`
          : t('groupwork.activity.create')
      }
      saving={save.isPending}
      onSave={() => form.submit()}
    >
      <Form<ActivityInput>
        form={form}
        layout="vertical"
        initialValues={activity ?? { participation: 'named', populationGroups: [] }}
        onFinish={(values) => save.mutate(values)}
      >
        <PlaceAndNameItems
          creating={!activity}
          name="title"
          label={t('groupwork.activity.title')}
        />
        <Form.Item
          name="activityType"
          label={t('groupwork.activity.type')}
          rules={[{ required: true }]}
        >
          <Select options={types} />
        </Form.Item>
        <ServedItems groupsRequired={false} />
        {!activity && (
          <Form.Item
            name="participation"
            label={t('groupwork.activity.participation')}
            extra={t('groupwork.activity.participation.hint')}
          >
            <Radio.Group options={modes} />
          </Form.Item>
        )}
        <Form.Item name="description" label={t('groupwork.activity.description')}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
