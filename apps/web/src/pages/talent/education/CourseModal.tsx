import { chinaToday, courseTypes, type CourseInput } from '@shegong/domain';
import { Form, Input, InputNumber, Select } from 'antd';
import { useSession } from '../../../auth/useSession';
import { CalendarDatePicker } from '../../../components/CalendarDatePicker';
import { FormModal } from '../../../components/FormModal';
import { RegionPicker } from '../../../components/region-picker/RegionPicker';
import { requiredRegion } from '../../../components/region-picker/region-rules';
import type { DialogProps } from '../../../hooks/useDialog';
import { useEnumOptions } from '../../../hooks/useEnumOptions';
import { useT } from '../../../i18n/useT';
import { useTalentMutation } from '../registry/useTalentMutation';
import { createCourse } from './education-api';
import { chooseRequired } from '../../../components/choose-required';

/** 开设课程: who runs it, when, how many hours a completion credits, how many places. */
export function CourseModal(dialog: DialogProps) {
  const t = useT();
  const { session } = useSession();
  const [form] = Form.useForm<CourseInput>();
  const typeOptions = useEnumOptions(courseTypes);
  const save = useTalentMutation((input: CourseInput) => createCourse(input), {
    form,
    success: (course) => t('education.course.created', { title: course.title }),
    onDone: dialog.onClose,
  });
  const today = chinaToday();

  return (
    <FormModal<CourseInput>
      {...dialog}
      title={t('education.course.create')}
      form={form}
      initialValues={{
        regionCode: session?.account.regionCode,
        type: 'general',
        startsOn: today,
        endsOn: today,
      }}
      saving={save.isPending}
      onFinish={(values) =>
        save.mutate({
          ...values,
          title: values.title.trim(),
          organiser: values.organiser.trim(),
          capacity: values.capacity ?? null,
        })
      }
    >
      <Form.Item
        name="title"
        label={t('education.course.title')}
        rules={[{ required: true, whitespace: true, max: 200 }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="type" label={t('education.course.type')} rules={[chooseRequired]}>
        <Select options={typeOptions} />
      </Form.Item>
      <Form.Item
        name="organiser"
        label={t('education.course.organiser')}
        rules={[{ required: true, whitespace: true, max: 100 }]}
      >
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="regionCode" label={t('education.course.region')} rules={[requiredRegion]}>
        <RegionPicker allowClear={false} />
      </Form.Item>
      <Form.Item name="startsOn" label={t('education.course.startsOn')} rules={[chooseRequired]}>
        <CalendarDatePicker />
      </Form.Item>
      <Form.Item
        name="endsOn"
        label={t('education.course.endsOn')}
        dependencies={['startsOn']}
        rules={[
          chooseRequired,
          ({ getFieldValue }) => ({
            validator: async (_rule, value: string | undefined) => {
              const startsOn: unknown = getFieldValue('startsOn');
              if (value && typeof startsOn === 'string' && value < startsOn) {
                throw new Error(t('common.dateNotBefore', { date: startsOn }));
              }
            },
          }),
        ]}
      >
        <CalendarDatePicker />
      </Form.Item>
      <Form.Item
        name="hours"
        label={t('education.course.hours')}
        extra={t('education.course.hoursHint')}
        rules={[{ required: true, type: 'number', min: 0.5, max: 500 }]}
      >
        <InputNumber
          min={0.5}
          max={500}
          step={0.5}
          precision={1}
          suffix={t('unit.creditHours')}
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item
        name="capacity"
        label={t('education.course.capacity')}
        rules={[{ type: 'integer', min: 1, max: 100_000 }]}
      >
        <InputNumber
          min={1}
          max={100_000}
          precision={0}
          suffix={t('unit.people')}
          style={{ width: '100%' }}
        />
      </Form.Item>
    </FormModal>
  );
}
