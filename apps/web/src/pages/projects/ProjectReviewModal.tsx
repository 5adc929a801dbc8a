import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  chinaToday,
  reviewResults,
  type ProjectDetail,
  type ProjectReviewInput,
} from '@shegong/domain';
import { Button, Flex, Form, Input, Radio } from 'antd';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { FormModal } from '../../components/FormModal';
import type { DialogProps } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useT } from '../../i18n/useT';
import { projectKeys, recordProjectReview } from './projects-api';

type Values = Omit<ProjectReviewInput, 'version'>;

/** 记录论证结论: the experts, their opinion and the result, which moves the project on or back. */
export function ProjectReviewModal({
  project,
  ...dialog
}: DialogProps & { project: ProjectDetail }) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const resultOptions = useEnumOptions(reviewResults);
  const save = useRecordMutation(
    (values: Values) => recordProjectReview(project.id, { ...values, version: project.version }),
    {
      form,
      invalidates: [projectKeys.all],
      success: () => t('projects.review.done'),
      onDone: () => dialog.onClose(),
    },
  );
  return (
    <FormModal
      {...dialog}
      title={t('projects.review.record')}
      form={form}
      saving={save.isPending}
      initialValues={{ reviewedOn: chinaToday(), reviewers: [{ name: '', affiliation: '' }] }}
      onFinish={(values) => save.mutate(values)}
    >
      <Form.Item name="reviewedOn" label={t('projects.review.on')} rules={[{ required: true }]}>
        <CalendarDatePicker />
      </Form.Item>
      <Form.Item label={t('projects.review.reviewers')} required>
        <Form.List name="reviewers">
          {(fields, { add, remove }) => (
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="center">
                  <Form.Item name={[field.name, 'name']} noStyle rules={[{ required: true }]}>
                    <Input placeholder={t('projects.review.reviewer.name')} maxLength={40} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'affiliation']} noStyle>
                    <Input
                      placeholder={t('projects.review.reviewer.affiliation')}
                      maxLength={100}
                    />
                  </Form.Item>
                  {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(field.name)} />}
                </Flex>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ name: '', affiliation: '' })}
              >
                {t('projects.review.reviewer.add')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item
        name="opinion"
        label={t('projects.review.opinion')}
        rules={[{ required: true, min: 2 }]}
      >
        <Input.TextArea rows={4} maxLength={5000} />
      </Form.Item>
      <Form.Item
        name="result"
        label={t('projects.review.result')}
        extra={t('projects.review.result.hint')}
        rules={[{ required: true }]}
      >
        <Radio.Group options={resultOptions} />
      </Form.Item>
    </FormModal>
  );
}
