import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { assessmentForms, type CaseFile } from '@shegong/domain';
import { Button, Flex, Form, Input, Select } from 'antd';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { FormModal } from '../../components/FormModal';
import type { DialogProps } from '../../hooks/useDialog';
import { useLanguage } from '../../i18n/useLanguage';
import { addGoal, addTask } from './casework-api';
import { useCaseChange } from './useCaseChange';

interface GoalValues {
  title: string;
  domain?: string;
  tasks: { title: string; dueOn: string }[];
}

/** The domains of the forms this case was assessed on, to say which need a goal answers. */
function useDomainOptions(file: CaseFile) {
  const { language } = useLanguage();
  const used = new Set(file.content?.assessments.map((a) => a.formCode));
  return assessmentForms
    .filter((f) => used.has(f.code))
    .flatMap((f) => f.domains.map((d) => ({ value: d.code, label: d[language] })));
}

/** A goal of the plan (计划) with its tasks, each due on a day. */
export function GoalModal({ file, ...dialog }: DialogProps & { file: CaseFile }) {
  const { t } = useLanguage();
  const [form] = Form.useForm<GoalValues>();
  const domains = useDomainOptions(file);
  const save = useCaseChange(
    (values: GoalValues) =>
      addGoal(file.id, {
        title: values.title,
        domain: values.domain ?? null,
        tasks: values.tasks ?? [],
      }),
    { form, success: () => t('casework.goal.saved'), close: dialog.onClose, caseId: file.id },
  );
  return (
    <FormModal<GoalValues>
      {...dialog}
      title={t('casework.goal.add')}
      form={form}
      initialValues={{ tasks: [{ title: '', dueOn: '' }] }}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      <Form.Item
        name="title"
        label={t('casework.goal.title')}
        rules={[{ required: true, whitespace: true, min: 2 }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="domain" label={t('casework.goal.domain')}>
        <Select allowClear options={domains} />
      </Form.Item>
      <Form.List name="tasks">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Flex key={field.key} gap="small" align="baseline">
                <Form.Item
                  name={[field.name, 'title']}
                  rules={[{ required: true, whitespace: true, min: 2 }]}
                  style={{ flex: 1 }}
                >
                  <Input placeholder={t('casework.task.title')} maxLength={200} />
                </Form.Item>
                <Form.Item name={[field.name, 'dueOn']} rules={[{ required: true }]}>
                  <CalendarDatePicker placeholder={t('casework.task.dueOn')} />
                </Form.Item>
                <MinusCircleOutlined
                  aria-label={t('casework.task.remove')}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
              {t('casework.task.add')}
            </Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}

interface TaskValues {
  goalId: string;
  title: string;
  dueOn: string;
}

/** One more task for a goal of the plan. */
export function TaskModal({
  file,
  goalId,
  ...dialog
}: DialogProps & { file: CaseFile; goalId: string }) {
  const { t } = useLanguage();
  const [form] = Form.useForm<TaskValues>();
  const save = useCaseChange((values: TaskValues) => addTask(file.id, values), {
    form,
    success: () => t('casework.task.saved'),
    close: dialog.onClose,
    caseId: file.id,
  });
  return (
    <FormModal<TaskValues>
      {...dialog}
      title={t('casework.task.add')}
      form={form}
      initialValues={{ goalId }}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      <Form.Item name="goalId" label={t('casework.goal')} rules={[{ required: true }]}>
        <Select
          options={(file.content?.goals ?? []).map((g) => ({ value: g.id, label: g.title }))}
        />
      </Form.Item>
      <Form.Item
        name="title"
        label={t('casework.task.title')}
        rules={[{ required: true, whitespace: true, min: 2 }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="dueOn" label={t('casework.task.dueOn')} rules={[{ required: true }]}>
        <CalendarDatePicker />
      </Form.Item>
    </FormModal>
  );
}
