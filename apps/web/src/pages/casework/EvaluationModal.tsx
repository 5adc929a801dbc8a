import { chinaToday, goalAchievements, type CaseFile, type GoalAchievement } from '@shegong/domain';
import { Form, Input, Radio, Typography } from 'antd';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { FormModal } from '../../components/FormModal';
import type { DialogProps } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useT } from '../../i18n/useT';
import { addEvaluation } from './casework-api';
import { useCaseChange } from './useCaseChange';

interface Values {
  evaluatedOn: string;
  goals: { achievement?: GoalAchievement; note?: string }[];
  summary: string;
}

/** 评估: how far each goal of the plan was reached, and the summary. */
export function EvaluationModal({ file, ...dialog }: DialogProps & { file: CaseFile }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const achievements = useEnumOptions(goalAchievements);
  const goals = file.content?.goals ?? [];
  const save = useCaseChange(
    (values: Values) =>
      addEvaluation(file.id, {
        evaluatedOn: values.evaluatedOn,
        goals: goals.map((goal, i) => ({
          goalId: goal.id,
          achievement: values.goals[i]?.achievement ?? 'not_achieved',
          note: values.goals[i]?.note || null,
        })),
        summary: values.summary,
      }),
    {
      form,
      success: () => t('casework.evaluation.saved'),
      close: dialog.onClose,
      caseId: file.id,
    },
  );
  return (
    <FormModal<Values>
      {...dialog}
      title={t('casework.evaluation.record')}
      form={form}
      initialValues={{ evaluatedOn: chinaToday(), goals: [] }}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      <Form.Item
        name="evaluatedOn"
        label={t('casework.evaluation.on')}
        rules={[{ required: true }]}
      >
        <CalendarDatePicker />
      </Form.Item>
      {goals.map((goal, i) => (
        <div key={goal.id}>
          <Typography.Text strong>{goal.title}</Typography.Text>
          <Form.Item
            name={['goals', i, 'achievement']}
            rules={[{ required: true }]}
            style={{ marginBottom: 4 }}
          >
            <Radio.Group options={achievements} />
          </Form.Item>
          <Form.Item name={['goals', i, 'note']}>
            <Input placeholder={t('common.note')} maxLength={500} />
          </Form.Item>
        </div>
      ))}
      <Form.Item
        name="summary"
        label={t('casework.evaluation.summary')}
        rules={[{ required: true, whitespace: true, min: 2 }]}
      >
        <Input.TextArea rows={4} maxLength={2000} showCount />
      </Form.Item>
    </FormModal>
  );
}
