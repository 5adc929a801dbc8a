import { groupWorkStages, labelOf, type GroupDetail, type GroupWorkStage } from '@shegong/domain';
import { Button, Form, Input, Steps } from 'antd';
import { FormModal } from '../../components/FormModal';
import { useDialog } from '../../hooks/useDialog';
import { useLanguage } from '../../i18n/useLanguage';
import { moveGroupStage } from './groupwork-api';
import { useGroupworkMutation } from './useGroupworkMutation';

const nextOf = (stage: GroupWorkStage) => {
  const at = groupWorkStages.findIndex((s) => s.code === stage);
  return groupWorkStages[at + 1]?.code ?? null;
};

/** The MZ/T 095 stages as steps: who moved the group into each and when; the next one. */
export function StageTimeline({ group }: { group: GroupDetail }) {
  const { language, t } = useLanguage();
  const moving = useDialog<GroupWorkStage>();
  const [form] = Form.useForm<{ summary?: string }>();
  const current = groupWorkStages.findIndex((s) => s.code === group.stage);
  const next = nextOf(group.stage);
  const move = useGroupworkMutation(
    ({ stage, summary }: { stage: GroupWorkStage; summary?: string }) =>
      moveGroupStage(group.id, { stage, summary: summary ?? null, version: group.version }),
    {
      form,
      success: (saved) =>
        t('groupwork.stage.moved', { stage: labelOf(groupWorkStages, saved.stage, language) }),
      onDone: () => moving.props.onClose(),
    },
  );
  return (
    <>
      <Steps
        size="small"
        current={current}
        responsive
        items={groupWorkStages.map((stage) => {
          const entered = group.stages.find((s) => s.stage === stage.code);
          return {
            title: stage[language],
            description: entered
              ? `${entered.byName} · ${new Date(entered.at).toLocaleDateString(language)}`
              : undefined,
          };
        })}
      />
      {group.can.edit && next && (
        <Button style={{ marginTop: 12 }} onClick={() => moving.show(next)}>
          {t('groupwork.stage.moveTo', { stage: labelOf(groupWorkStages, next, language) })}
        </Button>
      )}
      {moving.payload && (
        <FormModal<{ summary?: string }>
          {...moving.props}
          title={t('groupwork.stage.moveTo', {
            stage: labelOf(groupWorkStages, moving.payload, language),
          })}
          form={form}
          saving={move.isPending}
          okText={t('common.confirm')}
          onFinish={(values) => move.mutate({ stage: moving.payload!, summary: values.summary })}
        >
          {moving.payload === 'termination' ? (
            <Form.Item
              name="summary"
              label={t('groupwork.stage.summary')}
              rules={[{ required: true, min: 10 }]}
            >
              <Input.TextArea rows={4} maxLength={2000} />
            </Form.Item>
          ) : (
            t('groupwork.stage.confirm')
          )}
        </FormModal>
      )}
    </>
  );
}
