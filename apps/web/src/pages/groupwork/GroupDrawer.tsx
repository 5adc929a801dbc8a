import type { Group, GroupInput } from '@shegong/domain';
import { Form, Input, InputNumber } from 'antd';
import { changedFields } from '../../api/changes';
import { FormDrawer } from '../../components/FormDrawer';
import type { DialogProps } from '../../hooks/useDialog';
import { useT } from '../../i18n/useT';
import { createGroup, updateGroup } from './groupwork-api';
import { LeaderSelect, PlaceAndNameItems, ServedItems } from './GroupworkSelects';
import { useGroupworkMutation } from './useGroupworkMutation';

type GroupForm = Omit<GroupInput, 'leaderIds'> & { leaderIds?: string[] };

/** 新建 (no group given) or 编辑 a group; its station stays once chosen. */
export function GroupDrawer({
  group,
  onSaved,
  ...dialog
}: DialogProps & { group?: Group; onSaved?: (id: string) => void }) {
  const t = useT();
  const [form] = Form.useForm<GroupForm>();
  const save = useGroupworkMutation(
    (values: GroupForm) => {
      const { stationId, ...fields } = values;
      const editable = { ...fields, leaderIds: values.leaderIds ?? [] };
      return group
        ? updateGroup(group.id, {
            ...changedFields({ ...group, leaderIds: group.leaders.map((l) => l.id) }, editable),
            version: group.version,
          })
        : createGroup({ ...editable, stationId });
    },
    {
      form,
      success: (saved) =>
        group ? t('common.saved') : t('groupwork.group.created', { name: saved.name }),
      onDone: (saved) => {
        dialog.onClose();
        onSaved?.(saved.id);
      },
    },
  );
  return (
    <FormDrawer
      {...dialog}
      title={group ? `${t('groupwork.group.edit')} · ${group.name}` : t('groupwork.group.create')}
      saving={save.isPending}
      onSave={() => form.submit()}
    >
      <Form<GroupForm>
        form={form}
        layout="vertical"
        initialValues={
          group
            ? { ...group, leaderIds: group.leaders.map((l) => l.id) }
            : { populationGroups: [], plannedSessions: 6 }
        }
        onFinish={(values) => save.mutate(values)}
      >
        <PlaceAndNameItems creating={!group} name="name" label={t('groupwork.group.name')} />
        <Form.Item
          name="goal"
          label={t('groupwork.group.goal')}
          rules={[{ required: true, max: 500 }]}
        >
          <Input.TextArea rows={3} />
        </Form.Item>
        <ServedItems groupsRequired />
        <Form.Item
          name="leaderIds"
          label={t('groupwork.leaders')}
          extra={t('groupwork.leaders.hint')}
        >
          <LeaderSelect />
        </Form.Item>
        <Form.Item
          name="plannedSessions"
          label={t('groupwork.group.plannedSessions')}
          rules={[{ required: true }]}
        >
          <InputNumber min={1} max={100} style={{ width: 160 }} />
        </Form.Item>
      </Form>
    </FormDrawer>
  );
}
