import { chinaToday, type ParticipationMode, type ServiceSession } from '@shegong/domain';
import { Form, Input, InputNumber, Select } from 'antd';
import { changedFields, textOrNull } from '../../api/changes';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { FormModal } from '../../components/FormModal';
import type { DialogProps } from '../../hooks/useDialog';
import { useT } from '../../i18n/useT';
import { addActivitySession, addGroupSession, updateSession } from './groupwork-api';
import { useGroupworkMutation } from './useGroupworkMutation';

interface SessionForm {
  heldOn: string;
  durationMinutes: number;
  topic?: string;
  place?: string;
  summary?: string | null;
  countedParticipants?: number | null;
  countNote?: string | null;
  volunteerNames?: string[];
  volunteerCount?: number | null;
}

/**
 * Adds or corrects a session: a group's (节: topic) or an activity's (场次: place, volunteers,
 * and for a counted activity the number and how it was counted).
 */
export function SessionModal({
  owner,
  session,
  ...dialog
}: DialogProps & {
  owner: { kind: 'group' | 'activity'; id: string; participation: ParticipationMode | 'group' };
  session?: ServiceSession;
}) {
  const t = useT();
  const [form] = Form.useForm<SessionForm>();
  const group = owner.kind === 'group';
  const counted = owner.participation === 'counted';
  const save = useGroupworkMutation(
    (values: SessionForm) => {
      const fields = {
        heldOn: values.heldOn,
        durationMinutes: values.durationMinutes,
        summary: textOrNull(values.summary),
        ...(group
          ? { topic: values.topic ?? '' }
          : {
              place: values.place ?? '',
              volunteerNames: values.volunteerNames ?? [],
              volunteerCount: values.volunteerCount ?? null,
              ...(counted
                ? {
                    countedParticipants: values.countedParticipants ?? null,
                    countNote: textOrNull(values.countNote),
                  }
                : {}),
            }),
      };
      if (session)
        return updateSession(session.id, {
          ...changedFields(session as unknown as typeof fields, fields),
          version: session.version,
        });
      return group
        ? addGroupSession(owner.id, { ...fields, topic: values.topic ?? '' })
        : addActivitySession(owner.id, {
            ...fields,
            place: values.place ?? '',
            volunteerNames: values.volunteerNames ?? [],
          });
    },
    { form, success: () => t('common.saved'), onDone: () => dialog.onClose() },
  );
  return (
    <FormModal<SessionForm>
      {...dialog}
      title={session ? t('groupwork.session.edit') : t('groupwork.session.add')}
      form={form}
      initialValues={
        session
          ? { ...session, topic: session.topic ?? undefined, place: session.place ?? undefined }
          : { heldOn: chinaToday(), durationMinutes: 90, volunteerNames: [] }
      }
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      <Form.Item
        name="heldOn"
        label={t('groupwork.session.heldOn')}
        rules={[{ required: true }]}
        extra={t('groupwork.session.futureHint')}
      >
        <CalendarDatePicker />
      </Form.Item>
      <Form.Item
        name="durationMinutes"
        label={t('groupwork.session.duration')}
        rules={[{ required: true }]}
      >
        <InputNumber min={1} max={1440} style={{ width: 160 }} />
      </Form.Item>
      {group ? (
        <Form.Item
          name="topic"
          label={t('groupwork.session.topic')}
          rules={[{ required: true, max: 100 }]}
        >
          <Input />
        </Form.Item>
      ) : (
        <Form.Item
          name="place"
          label={t('groupwork.session.place')}
          rules={[{ required: true, max: 100 }]}
        >
          <Input />
        </Form.Item>
      )}
      {counted && (
        <>
          <Form.Item name="countedParticipants" label={t('groupwork.session.counted')}>
            <InputNumber min={0} max={100000} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name="countNote"
            label={t('groupwork.session.countNote')}
            extra={t('groupwork.session.countNote.hint')}
          >
            <Input maxLength={200} />
          </Form.Item>
        </>
      )}
      {!group && (
        <>
          <Form.Item
            name="volunteerNames"
            label={t('groupwork.session.volunteerNames')}
            extra={t('groupwork.session.volunteers.hint')}
          >
            <Select mode="tags" open={false} tokenSeparators={[',', '，', '、', ' ']} />
          </Form.Item>
          <Form.Item name="volunteerCount" label={t('groupwork.session.volunteerCount')}>
            <InputNumber min={0} max={10000} style={{ width: 160 }} />
          </Form.Item>
        </>
      )}
      <Form.Item name="summary" label={t('groupwork.session.summary')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
