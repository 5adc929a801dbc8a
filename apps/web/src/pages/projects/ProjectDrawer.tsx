import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  populationGroups,
  projectTypes,
  type CreateProject,
  type ProjectDetail,
} from '@shegong/domain';
import { Button, Col, Flex, Form, Input, InputNumber, Row, Select } from 'antd';
import { useSession } from '../../auth/useSession';
import { CalendarDatePicker } from '../../components/CalendarDatePicker';
import { fenFieldProps } from '../../components/fen-field';
import { FormDrawer } from '../../components/FormDrawer';
import { RegionPicker } from '../../components/region-picker/RegionPicker';
import { ServiceFieldSelect } from '../../components/ServiceFieldSelect';
import type { DialogProps } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useT } from '../../i18n/useT';
import { createProject, projectKeys, updateProject } from './projects-api';

type Values = Omit<CreateProject, 'area'> & { areaRegionCodes: (string | undefined)[] };

/**
 * 新建 / 修改项目: the need study and the plan (type, fields, groups, area, budget, term). Only a
 * draft can be edited: after the set-up the plan is fixed.
 */
export function ProjectDrawer({
  project,
  onSaved,
  ...dialog
}: DialogProps & { project?: ProjectDetail; onSaved?: (saved: ProjectDetail) => void }) {
  const t = useT();
  const { session } = useSession();
  const [form] = Form.useForm<Values>();
  const region = Form.useWatch('regionCode', form) ?? project?.regionCode;
  const typeOptions = useEnumOptions(projectTypes);
  const groupOptions = useEnumOptions(populationGroups);

  const save = useRecordMutation(
    ({ areaRegionCodes, ...values }: Values) => {
      const plan = {
        ...values,
        area: {
          regionCodes: areaRegionCodes.filter((c): c is string => !!c),
          stationIds: project?.area.stationIds ?? [],
        },
      };
      if (!project) return createProject(plan);
      const { regionCode: _unchanged, ...changes } = plan;
      return updateProject(project.id, { ...changes, version: project.version });
    },
    {
      form,
      invalidates: [projectKeys.all],
      success: () => t(project ? 'projects.edit.done' : 'projects.new.done'),
      onDone: (saved) => {
        dialog.onClose();
        onSaved?.(saved);
      },
    },
  );

  const initialValues: Partial<Values> = project
    ? {
        regionCode: project.regionCode,
        year: project.year,
        code: project.code,
        title: project.title,
        type: project.type,
        needs: project.needs,
        serviceFields: project.serviceFields,
        populationGroups: project.populationGroups,
        budgetFen: project.budgetFen,
        termStart: project.termStart,
        termEnd: project.termEnd,
        areaRegionCodes: project.area.regionCodes,
      }
    : {
        regionCode: session?.account.regionCode,
        year: new Date().getFullYear(),
        populationGroups: [],
        areaRegionCodes: [],
        needs: '',
      };

  return (
    <FormDrawer
      {...dialog}
      size={640}
      title={t(project ? 'projects.edit' : 'projects.new')}
      saving={save.isPending}
      onSave={() => form.submit()}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(values) => save.mutate(values)}
      >
        <Row gutter={12}>
          <Col span={16}>
            <Form.Item name="title" label={t('projects.name')} rules={[{ required: true, min: 2 }]}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="code" label={t('projects.code')} rules={[{ required: true }]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={16}>
            <Form.Item name="regionCode" label={t('projects.region')} rules={[{ required: true }]}>
              <RegionPicker disabled={!!project} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="year" label={t('projects.year')} rules={[{ required: true }]}>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="type" label={t('projects.type')} rules={[{ required: true }]}>
          <Select options={typeOptions} />
        </Form.Item>
        <Form.Item name="needs" label={t('projects.needs')} extra={t('projects.needs.hint')}>
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
        <Form.Item
          name="serviceFields"
          label={t('projects.fields')}
          rules={[{ required: true, type: 'array', min: 1 }]}
        >
          <ServiceFieldSelect multiple />
        </Form.Item>
        <Form.Item name="populationGroups" label={t('projects.groups')}>
          <Select mode="multiple" allowClear options={groupOptions} />
        </Form.Item>
        <Form.Item label={t('projects.area.regions')}>
          <Form.List name="areaRegionCodes">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="center">
                    <Form.Item name={field.name} noStyle>
                      <RegionPicker root={region} style={{ flex: 1 }} />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(field.name)} />
                  </Flex>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>
                  {t('projects.area.regions')}
                </Button>
              </Flex>
            )}
          </Form.List>
        </Form.Item>
        {/* Kept in fen (the field the server names), typed and shown in yuan. */}
        <Form.Item
          name="budgetFen"
          label={t('projects.budget')}
          rules={[{ required: true, type: 'number', min: 0 }]}
          {...fenFieldProps}
        >
          <InputNumber min={0} precision={2} step={10000} style={{ width: '100%' }} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item
              name="termStart"
              label={t('projects.termStart')}
              rules={[{ required: true }]}
            >
              <CalendarDatePicker />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="termEnd" label={t('projects.termEnd')} rules={[{ required: true }]}>
              <CalendarDatePicker />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormDrawer>
  );
}
