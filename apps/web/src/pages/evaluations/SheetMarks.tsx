import type { EvidenceFile, EvidenceRef, IndicatorItem, Sheet } from '@shegong/domain';
import { Flex, Table } from 'antd';
import { useLanguage } from '../../i18n/useLanguage';

/** What a mark found: the parts ticked, or the level given. */
export function markText(item: IndicatorItem | undefined, mark: Sheet['marks'][number]): string {
  if (!item) return '';
  if (item.scoringType === 'graded') return mark.level ?? '—';
  return mark.checkedParts.map((i) => item.parts[i]?.text ?? `#${i + 1}`).join('；') || '—';
}

/** A mark's evidence as text: the records it cites, then the names of the files attached. */
export const evidenceText = (
  refs: readonly EvidenceRef[],
  files: readonly Pick<EvidenceFile, 'name'>[] = [],
) =>
  [
    ...refs.map((r) => (r.kind === 'link' ? `${r.label} (${r.url})` : r.label)),
    ...files.map((f) => f.name),
  ].join('；');

/** The files of one item of one sheet. */
export const filesOf = (files: readonly EvidenceFile[], sheetId: string, itemKey: string) =>
  files.filter((f) => f.sheetId === sheetId && f.itemKey === itemKey);

/** A sheet's marks: each item's finding, score, note and evidence, its files to download. */
export function SheetMarks({
  sheet,
  items,
  files = [],
  urlOf,
}: {
  sheet: Sheet;
  items: IndicatorItem[];
  files?: readonly EvidenceFile[];
  urlOf?: (file: EvidenceFile) => string;
}) {
  const { t } = useLanguage();
  const byKey = new Map(items.map((i) => [i.key, i]));
  return (
    <Table
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={sheet.marks}
      columns={[
        {
          key: 'item',
          title: t('evaluations.result.item'),
          render: (_, m) => `${m.key} ${byKey.get(m.key)?.name ?? ''}`,
        },
        {
          key: 'mark',
          title: t('evaluations.sheet.mark'),
          render: (_, m) => markText(byKey.get(m.key), m),
        },
        {
          key: 'score',
          title: t('evaluations.result.score'),
          align: 'right',
          render: (_, m) => m.score ?? '—',
        },
        { key: 'note', title: t('evaluations.sheet.note'), dataIndex: 'note' },
        {
          key: 'evidence',
          title: t('evaluations.sheet.evidence'),
          render: (_, m) => (
            <Flex vertical gap={2}>
              {m.evidence.length > 0 && <span>{evidenceText(m.evidence)}</span>}
              {filesOf(files, sheet.id, m.key).map((file) => (
                <a key={file.id} href={urlOf?.(file)} target="_blank" rel="noreferrer">
                  {file.name}
                </a>
              ))}
            </Flex>
          ),
        },
      ]}
    />
  );
}
