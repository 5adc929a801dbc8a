import {
  certificateLevels,
  chinaToday,
  defaultPassMark,
  examLevels,
  examSubjects,
  type ExamScoreInput,
  type WorkerDetail,
} from '@shegong/domain';
import { Form, InputNumber, Select } from 'antd';
import { FormModal } from '../../../components/FormModal';
import type { DialogProps } from '../../../hooks/useDialog';
import { useLanguage } from '../../../i18n/useLanguage';
import { useTalentMutation } from '../registry/useTalentMutation';
import { changedFields } from '../../../api/changes';
import { addExamScore, updateExamScore, type ExamScoreRecord } from '../registry/workers-api';
import { chooseRequired } from '../../../components/choose-required';

/**
 * 录入考试成绩 / 更正成绩: one subject of one exam year; the pass mark is 60 unless the area's is
 * lower. A correction keeps the level (a score of another level is another record).
 */
export function ExamScoreModal({
  worker,
  score,
  ...dialog
}: DialogProps & { worker: WorkerDetail; score?: ExamScoreRecord }) {
  const { language, t } = useLanguage();
  const [form] = Form.useForm<ExamScoreInput>();
  const level = Form.useWatch('level', form);
  const thisYear = Number(chinaToday().slice(0, 4));
  const levelOptions = examLevels.map((code) => ({
    value: code,
    label: certificateLevels.find((l) => l.code === code)?.[language] ?? code,
  }));
  const subjectOptions = level
    ? examSubjects[level].map((s) => ({ value: s.code, label: s[language] }))
    : [];
  const save = useTalentMutation(
    (input: ExamScoreInput) => {
      if (!score) return addExamScore(worker.id, input);
      const { level: _level, ...fields } = changedFields(score, input);
      return updateExamScore(score.id, { ...fields, version: score.version });
    },
    {
      form,
      success: () => t(score ? 'workers.correction.saved' : 'workers.exam.done'),
      onDone: dialog.onClose,
    },
  );

  return (
    <FormModal<ExamScoreInput>
      {...dialog}
      title={`${t(score ? 'workers.exam.edit' : 'workers.exam.add')} · ${worker.name}`}
      form={form}
      initialValues={score ?? { year: thisYear, passMark: defaultPassMark }}
      saving={save.isPending}
      onFinish={(values) => save.mutate(values)}
    >
      <Form.Item name="level" label={t('workers.exam.level')} rules={[chooseRequired]}>
        <Select
          options={levelOptions}
          disabled={!!score}
          onChange={() => form.setFieldValue('subject', undefined)}
        />
      </Form.Item>
      <Form.Item name="subject" label={t('workers.exam.subject')} rules={[chooseRequired]}>
        <Select options={subjectOptions} disabled={!level} />
      </Form.Item>
      <Form.Item
        name="year"
        label={t('workers.exam.year')}
        rules={[{ required: true, type: 'integer', min: 2008, max: thisYear }]}
      >
        <InputNumber min={2008} max={thisYear} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="score"
        label={t('workers.exam.score')}
        rules={[{ required: true, type: 'number', min: 0, max: 150 }]}
      >
        <InputNumber min={0} max={150} precision={1} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="passMark"
        label={t('workers.exam.passMark')}
        extra={t('workers.exam.passMarkHint')}
        rules={[{ required: true, type: 'number', min: 0, max: 100 }]}
      >
        <InputNumber min={0} max={100} precision={1} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
