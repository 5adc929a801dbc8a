import { projectTypes, type IndicatorTemplate, type ProjectType } from '@shegong/domain';
import { Form, Input, Select } from 'antd';
import { useNavigate } from 'react-router';
import { useSession } from '../../auth/useSession';
import { FormModal } from '../../components/FormModal';
import { RegionPicker } from '../../components/region-picker/RegionPicker';
import type { DialogProps } from '../../hooks/useDialog';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useLanguage } from '../../i18n/useLanguage';
import { projectTypeLabel } from './IndicatorLabels';
import { createTemplate, indicatorKeys } from './indicators-api';

interface Values {
  regionCode: string;
  projectType: ProjectType | 'general';
  name: string;
  extendsVersionId?: string;
}

/** 新建模板: for the officer's region or one below, empty or extending a template above. */
export function CreateTemplateModal({
  templates,
  extendsVersionId,
  ...dialog
}: DialogProps & { templates: IndicatorTemplate[]; extendsVersionId?: string }) {
  const { t, language } = useLanguage();
  const { session } = useSession();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const region = Form.useWatch('regionCode', form) ?? session?.account.regionCode ?? '';
  const general = t('indicators.projectType.general');
  const parents = templates
    .filter((x) => x.regionCode !== region && region.startsWith(x.regionCode))
    .flatMap((x) =>
      x.versions
        .filter((v) => v.state === 'published')
        .map((v) => ({
          value: v.id,
          label: `${x.name}（${t('indicators.version.number', { number: v.number })}）`,
          projectType: x.projectType,
        })),
    );
  const save = useRecordMutation(
    (values: Values) =>
      createTemplate({
        regionCode: values.regionCode,
        name: values.name,
        projectType: values.projectType === 'general' ? null : values.projectType,
        ...(values.extendsVersionId ? { extendsVersionId: values.extendsVersionId } : {}),
      }),
    {
      form,
      invalidates: [indicatorKeys.all],
      success: () => t('indicators.new.done'),
      onDone: (created) => {
        dialog.onClose();
        void navigate(`/indicators/${created.id}`);
      },
    },
  );
  const preset = parents.find((p) => p.value === extendsVersionId);
  return (
    <FormModal<Values>
      {...dialog}
      title={t('indicators.new')}
      form={form}
      saving={save.isPending}
      initialValues={{
        regionCode: session?.account.regionCode,
        projectType: preset?.projectType ?? 'general',
        extendsVersionId,
      }}
      onFinish={(values) => save.mutate(values)}
    >
      <Form.Item name="regionCode" label={t('indicators.region')} rules={[{ required: true }]}>
        <RegionPicker />
      </Form.Item>
      <Form.Item
        name="projectType"
        label={t('indicators.projectType')}
        rules={[{ required: true }]}
      >
        <Select
          options={[
            { value: 'general', label: general },
            ...projectTypes.map((p) => ({
              value: p.code,
              label: projectTypeLabel(p.code, language, general),
            })),
          ]}
        />
      </Form.Item>
      <Form.Item name="name" label={t('indicators.name')} rules={[{ required: true, max: 100 }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item
        name="extendsVersionId"
        label={t('indicators.extendsVersion')}
        extra={t('indicators.extendsVersion.hint')}
      >
        <Select allowClear options={parents} />
      </Form.Item>
    </FormModal>
  );
}
