import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  scoringParties,
  scoringTypes,
  type IndicatorItemInput,
  type ScoringParty,
  type ScoringType,
} from '@shegong/domain';
import { Button, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';
import { FormModal } from '../../components/FormModal';
import type { DialogProps } from '../../hooks/useDialog';
import { useEnumOptions } from '../../hooks/useEnumOptions';
import { useT } from '../../i18n/useT';

interface Values {
  name: string;
  points?: number | null;
  leaf: boolean;
  scoringType?: ScoringType;
  scoringParty?: ScoringParty;
  parts?: { text: string; points: number }[];
  levels?: { label: string; sharePercent: number; description?: string }[];
  criteria?: string;
  evidence?: string;
}

const defaultLevels = [
  { label: '优', sharePercent: 100 },
  { label: '良', sharePercent: 80 },
  { label: '中', sharePercent: 60 },
  { label: '差', sharePercent: 20 },
];

/** One indicator of a draft: a level-1 with its weight, or an item below with its scoring. */
export function IndicatorItemModal({
  item,
  hasChildren,
  onSave,
  ...dialog
}: DialogProps & {
  item: IndicatorItemInput;
  hasChildren: boolean;
  onSave: (item: IndicatorItemInput) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<Values>();
  const typeOptions = useEnumOptions(scoringTypes);
  const partyOptions = useEnumOptions(scoringParties);
  const top = item.level === 1;
  const leaf = Form.useWatch('leaf', form) ?? (!top && !hasChildren);
  const type = Form.useWatch('scoringType', form) ?? item.scoringType ?? undefined;
  const finish = (values: Values) => {
    const isLeaf = !top && values.leaf;
    onSave({
      ...item,
      name: values.name,
      points: top || isLeaf ? (values.points ?? null) : null,
      scoringType: isLeaf ? (values.scoringType ?? null) : null,
      scoringParty: isLeaf ? (values.scoringParty ?? null) : null,
      parts: isLeaf && values.scoringType === 'combined' ? (values.parts ?? []) : [],
      levels:
        isLeaf && values.scoringType === 'graded'
          ? (values.levels ?? []).map((l) => ({ ...l, description: l.description ?? '' }))
          : [],
      criteria: values.criteria ?? '',
      evidence: values.evidence ?? '',
    });
    dialog.onClose();
  };
  return (
    <FormModal<Values>
      {...dialog}
      title={t('indicators.item.title')}
      form={form}
      saving={false}
      initialValues={{
        name: item.name,
        points: item.points ?? null,
        leaf: !top && !hasChildren,
        scoringType: item.scoringType ?? undefined,
        scoringParty: item.scoringParty ?? undefined,
        parts: item.parts ?? [],
        levels: item.levels && item.levels.length > 0 ? item.levels : defaultLevels,
        criteria: item.criteria ?? '',
        evidence: item.evidence ?? '',
      }}
      onFinish={finish}
    >
      <Form.Item
        name="name"
        label={t('indicators.item.name')}
        rules={[{ required: true, max: 200 }]}
      >
        <Input maxLength={200} />
      </Form.Item>
      {!top && !hasChildren && (
        <Form.Item name="leaf" valuePropName="checked">
          <Checkbox>{t('indicators.item.leaf')}</Checkbox>
        </Form.Item>
      )}
      {(top || leaf) && (
        <Form.Item
          name="points"
          label={t('indicators.item.points')}
          extra={top ? t('indicators.item.points.top') : undefined}
          rules={[{ required: true }]}
        >
          <InputNumber min={0} max={100} step={0.5} />
        </Form.Item>
      )}
      {!top && leaf && (
        <>
          <Form.Item
            name="scoringType"
            label={t('indicators.item.scoringType')}
            rules={[{ required: true }]}
          >
            <Select options={typeOptions} />
          </Form.Item>
          <Form.Item
            name="scoringParty"
            label={t('indicators.item.party')}
            rules={[{ required: true }]}
          >
            <Select options={partyOptions} />
          </Form.Item>
          {type === 'combined' && (
            <Form.Item label={t('indicators.item.parts')}>
              <Form.List name="parts">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((field) => (
                      <Space key={field.key} align="baseline">
                        <Form.Item name={[field.name, 'text']} rules={[{ required: true }]}>
                          <Input
                            placeholder={t('indicators.item.part.text')}
                            style={{ width: 260 }}
                          />
                        </Form.Item>
                        <Form.Item name={[field.name, 'points']} rules={[{ required: true }]}>
                          <InputNumber
                            min={0}
                            max={100}
                            step={0.5}
                            aria-label={t('indicators.item.points')}
                          />
                        </Form.Item>
                        <MinusCircleOutlined onClick={() => remove(field.name)} />
                      </Space>
                    ))}
                    <Button
                      type="dashed"
                      icon={<PlusOutlined />}
                      onClick={() => add({ points: 1 })}
                    >
                      {t('indicators.item.add')}
                    </Button>
                  </>
                )}
              </Form.List>
            </Form.Item>
          )}
          {type === 'graded' && (
            <Form.Item label={t('indicators.item.levels')}>
              <Form.List name="levels">
                {(fields, { add, remove }) => (
                  <>
                    {fields.map((field) => (
                      <Space key={field.key} align="baseline">
                        <Form.Item name={[field.name, 'label']} rules={[{ required: true }]}>
                          <Input
                            placeholder={t('indicators.item.level.label')}
                            style={{ width: 70 }}
                          />
                        </Form.Item>
                        <Form.Item name={[field.name, 'sharePercent']} rules={[{ required: true }]}>
                          <InputNumber
                            min={0}
                            max={100}
                            aria-label={t('indicators.item.level.share')}
                          />
                        </Form.Item>
                        <Form.Item name={[field.name, 'description']}>
                          <Input
                            placeholder={t('indicators.item.level.description')}
                            style={{ width: 200 }}
                          />
                        </Form.Item>
                        <MinusCircleOutlined onClick={() => remove(field.name)} />
                      </Space>
                    ))}
                    <Button
                      type="dashed"
                      icon={<PlusOutlined />}
                      onClick={() => add({ sharePercent: 0 })}
                    >
                      {t('indicators.item.add')}
                    </Button>
                  </>
                )}
              </Form.List>
            </Form.Item>
          )}
          <Form.Item name="criteria" label={t('indicators.item.criteria')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          <Form.Item name="evidence" label={t('indicators.item.evidence')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}
