import type { ProjectDetail } from '@shegong/domain';
import { Form, Input, Typography } from 'antd';
import { FormModal } from '../../components/FormModal';
import type { DialogProps } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useT } from '../../i18n/useT';
import { projectKeys, stepProject, type ProjectStep } from './projects-api';

/** The projects module's own moves, by the state they lead to. */
export type ProjectAction = 'review' | 'approved' | 'draft' | 'terminated' | 'closed';

const stepOf: Record<ProjectAction, ProjectStep> = {
  review: 'review',
  approved: 'approve',
  draft: 'return',
  terminated: 'terminate',
  closed: 'close',
};

const needsReason = (action: ProjectAction) => action === 'draft' || action === 'terminated';

/** Confirms a move; 退回 and 终止 ask for the reason that goes on the timeline. */
export function ProjectStepModal({
  project,
  action,
  ...dialog
}: DialogProps & { project: ProjectDetail; action: ProjectAction }) {
  const t = useT();
  const [form] = Form.useForm<{ reason?: string }>();
  const label = t(`projects.move.${action}`);
  const save = useRecordMutation(
    ({ reason }: { reason?: string }) =>
      stepProject(project, stepOf[action], needsReason(action) ? (reason ?? '') : undefined),
    {
      form,
      invalidates: [projectKeys.all],
      success: () => t('projects.move.done'),
      onDone: () => dialog.onClose(),
    },
  );
  return (
    <FormModal
      {...dialog}
      title={label}
      form={form}
      saving={save.isPending}
      okText={label}
      danger={action === 'terminated' || action === 'draft'}
      onFinish={(values) => save.mutate(values)}
    >
      <Typography.Paragraph>{t('projects.move.confirm', { action: label })}</Typography.Paragraph>
      {needsReason(action) && (
        <Form.Item
          name="reason"
          label={t('projects.move.reason')}
          extra={t('projects.move.reason.hint')}
          rules={[{ required: true, min: 2, max: 500 }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      )}
    </FormModal>
  );
}
