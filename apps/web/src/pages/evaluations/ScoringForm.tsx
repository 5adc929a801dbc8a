import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import {
  labelOf,
  markScore,
  scoringTypes,
  type IndicatorItem,
  type ItemMarkInput,
  type Sheet,
} from '@shegong/domain';
import {
  Button,
  Card,
  Checkbox,
  Flex,
  Form,
  Input,
  Popconfirm,
  Radio,
  Select,
  Space,
  Tag,
  Typography,
} from 'antd';
import { useEffect } from 'react';
import type { QueryKey } from '@tanstack/react-query';
import { useRecordMutation } from '../../hooks/useRecordMutation';
import { useLanguage } from '../../i18n/useLanguage';
import { SheetStatusTag } from './EvaluationLabels';
import { ItemFiles, type SheetFiles } from './EvidenceFiles';
import {
  formMarks,
  marksToSend,
  onFormRows,
  type EvidenceRow,
  type FormMark,
  type ReportChoice,
} from './marks';

interface Values {
  marks: FormMark[];
}

/**
 * 评分表: one party's items — a 组合分 item's parts as checkboxes, a 程度分 item's levels as radio
 * buttons with what they mean — each with a note and the evidence it rests on. The evaluators
 * and the office parties use the same form; 提交 saves what is shown, then submits.
 */
export function ScoringForm({
  items,
  sheet,
  editable,
  reports = [],
  outputs = false,
  files,
  invalidates,
  save,
  submit,
}: {
  /** The party's items, in the round's order. */
  items: IndicatorItem[];
  sheet: Sheet | null;
  editable: boolean;
  /** The contract's reports an evaluator may cite (none for the office sheets). */
  reports?: readonly ReportChoice[];
  /** The contract's service outputs may be cited (`outputs`): the evaluator's sheet. */
  outputs?: boolean;
  /** The files attached to the sheet's items (the evaluator's sheet). */
  files?: SheetFiles;
  invalidates: readonly QueryKey[];
  /** Saves the marks; answers the sheet as saved. */
  save: (marks: ItemMarkInput[], version: number | undefined) => Promise<Sheet | null>;
  submit: (version: number) => Promise<unknown>;
}) {
  const { t } = useLanguage();
  const [form] = Form.useForm<Values>();
  const sheetVersion = sheet?.version;
  useEffect(() => {
    form.setFieldsValue({ marks: formMarks(items, sheet) });
    // The form follows the sheet as saved (after a save, a submit or a reload), not each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sheetVersion, items.length]);

  const send = async (andSubmit: boolean) => {
    const values = form.getFieldsValue(true) as Values;
    const { marks, formIndex } = marksToSend(items, values.marks ?? [], reports, {
      outputsLabel: t('evaluations.evidence.outputs'),
    });
    try {
      const saved = await save(marks, sheetVersion);
      if (andSubmit && saved) await submit(saved.version);
    } catch (error) {
      throw onFormRows(error, formIndex);
    }
  };
  const saving = useRecordMutation(() => send(false), {
    form,
    invalidates,
    success: () => t('evaluations.sheet.saved'),
  });
  const submitting = useRecordMutation(() => send(true), {
    form,
    invalidates,
    success: () => t('evaluations.sheet.submitted'),
  });
  // A file belongs to a saved sheet: before the first save, attaching saves what is typed first.
  const { attach, remove } = files ?? {};
  const sheetFiles: SheetFiles | undefined = files && {
    files: files.files,
    urlOf: files.urlOf,
    ...(editable && attach && remove
      ? {
          attach: async (itemKey, file, onProgress) => {
            if (!sheet) await saving.mutateAsync(undefined);
            await attach(itemKey, file, onProgress);
          },
          remove,
        }
      : {}),
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      disabled={!editable}
      initialValues={{ marks: formMarks(items, sheet) }}
    >
      <Form.List name="marks">
        {(fields) =>
          fields.map((field) => (
            <ItemCard
              key={field.key}
              index={field.name}
              item={items[field.name]!}
              reports={reports}
              outputs={outputs}
              files={sheetFiles}
            />
          ))
        }
      </Form.List>
      <Flex justify="space-between" align="center" wrap gap="small">
        <Space>
          {sheet && <SheetStatusTag status={sheet.status} />}
          {sheet?.submittedAt && (
            <Typography.Text type="secondary">
              {sheet.submittedAt.slice(0, 16).replace('T', ' ')}
            </Typography.Text>
          )}
        </Space>
        {editable && (
          <Space>
            <Button
              size="large"
              loading={saving.isPending}
              onClick={() => saving.mutate(undefined)}
            >
              {t('evaluations.sheet.save')}
            </Button>
            <Popconfirm
              title={t('evaluations.sheet.submit.confirm')}
              onConfirm={() => submitting.mutate(undefined)}
            >
              <Button size="large" type="primary" loading={submitting.isPending}>
                {t('evaluations.sheet.submit')}
              </Button>
            </Popconfirm>
          </Space>
        )}
      </Flex>
    </Form>
  );
}

/** One item of the sheet: what is looked for, the mark, its score so far, a note and evidence. */
function ItemCard({
  index,
  item,
  reports,
  outputs,
  files,
}: {
  index: number;
  item: IndicatorItem;
  reports: readonly ReportChoice[];
  outputs: boolean;
  files: SheetFiles | undefined;
}) {
  const { t, language } = useLanguage();
  const form = Form.useFormInstance<Values>();
  const mark = Form.useWatch(['marks', index], form) as FormMark | undefined;
  const marked = item.scoringType === 'graded' ? !!mark?.level : mark?.checkedParts !== undefined;
  const score = marked
    ? markScore(item, {
        key: item.key,
        checkedParts: mark?.checkedParts ?? [],
        level: mark?.level ?? null,
      })
    : null;
  const title = `${item.key} ${item.name}`;
  return (
    <Card
      size="small"
      role="group"
      aria-label={title}
      style={{ marginBottom: 12 }}
      title={
        <Space wrap>
          <span>{title}</span>
          <Tag>{labelOf(scoringTypes, item.scoringType ?? 'combined', language)}</Tag>
        </Space>
      }
      extra={
        <Typography.Text strong type={marked ? undefined : 'secondary'}>
          {t('evaluations.sheet.itemScore', { score: score ?? '—', points: item.points ?? 0 })}
        </Typography.Text>
      }
    >
      {item.criteria && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('evaluations.sheet.criteria')}：{item.criteria}
        </Typography.Paragraph>
      )}
      {item.evidence && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('evaluations.sheet.evidenceNeeded')}：{item.evidence}
        </Typography.Paragraph>
      )}
      <MarkField item={item} name={[index]} />
      <Form.Item name={[index, 'note']} label={t('evaluations.sheet.note')}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={1000} />
      </Form.Item>
      <EvidenceList index={index} reports={reports} outputs={outputs} />
      {files && <ItemFiles itemKey={item.key} source={files} />}
    </Card>
  );
}

/** 评分依据 of one item: a report of the contract, its service outputs, a link or a document. */
function EvidenceList({
  index,
  reports,
  outputs,
}: {
  index: number;
  reports: readonly ReportChoice[];
  outputs: boolean;
}) {
  const { t } = useLanguage();
  const form = Form.useFormInstance<Values>();
  const rows = (Form.useWatch(['marks', index, 'evidence'], form) ?? []) as EvidenceRow[];
  const kinds = (['report', 'outputs', 'link', 'document'] as const)
    .filter((kind) => (kind === 'report' ? reports.length > 0 : kind !== 'outputs' || outputs))
    .map((kind) => ({ value: kind, label: t(`evaluations.evidence.${kind}`) }));
  return (
    <Form.Item label={t('evaluations.sheet.evidence')} style={{ marginBottom: 0 }}>
      <Form.List name={[index, 'evidence']}>
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field) => {
              const kind = rows[field.name]?.kind ?? 'document';
              return (
                <Space.Compact key={field.key} style={{ width: '100%' }}>
                  <Form.Item name={[field.name, 'kind']} noStyle>
                    <Select
                      options={kinds}
                      style={{ width: 120 }}
                      aria-label={t('evaluations.evidence.kind')}
                    />
                  </Form.Item>
                  {kind === 'report' && (
                    <Form.Item name={[field.name, 'reportId']} noStyle>
                      <Select
                        style={{ flex: 1 }}
                        aria-label={t('evaluations.evidence.report')}
                        options={reports.map((r) => ({ value: r.id, label: r.periodKey }))}
                      />
                    </Form.Item>
                  )}
                  {kind === 'link' && (
                    <Form.Item name={[field.name, 'url']} noStyle>
                      <Input placeholder="https://" aria-label={t('evaluations.evidence.url')} />
                    </Form.Item>
                  )}
                  <Form.Item name={[field.name, 'label']} noStyle>
                    <Input
                      placeholder={t('evaluations.evidence.label')}
                      aria-label={t('evaluations.evidence.label')}
                    />
                  </Form.Item>
                  <Button
                    icon={<MinusCircleOutlined />}
                    aria-label={t('evaluations.evidence.remove')}
                    onClick={() => remove(field.name)}
                  />
                </Space.Compact>
              );
            })}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              onClick={() => add({ kind: reports.length > 0 ? 'report' : 'document' })}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('evaluations.evidence.add')}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}

/** The mark of one item: its parts as checkboxes (组合分) or its levels as radio buttons (程度分). */
export function MarkField({ item, name }: { item: IndicatorItem; name: (string | number)[] }) {
  const { t } = useLanguage();
  return item.scoringType === 'graded' ? (
    <Form.Item name={[...name, 'level']} label={t('evaluations.sheet.level')}>
      <Radio.Group style={{ width: '100%' }}>
        <Flex vertical gap={8}>
          {item.levels.map((level) => (
            <Radio key={level.label} value={level.label} style={{ padding: '6px 0' }}>
              <Typography.Text strong>
                {level.label}（{level.sharePercent}%）
              </Typography.Text>{' '}
              <Typography.Text type="secondary">{level.description}</Typography.Text>
            </Radio>
          ))}
        </Flex>
      </Radio.Group>
    </Form.Item>
  ) : (
    <Form.Item name={[...name, 'checkedParts']} label={t('evaluations.sheet.parts')}>
      <Checkbox.Group style={{ width: '100%' }}>
        <Flex vertical gap={8}>
          {item.parts.map((part, i) => (
            <Checkbox key={i} value={i} style={{ padding: '6px 0' }}>
              {part.text}（{t('evaluations.points', { points: part.points })}）
            </Checkbox>
          ))}
        </Flex>
      </Checkbox.Group>
    </Form.Item>
  );
}
