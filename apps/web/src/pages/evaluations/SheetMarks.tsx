import type { EvidenceRef, IndicatorItem, Sheet } from '@shegong/domain';
import { Table } from 'antd';
import { useLanguage } from '../../i18n/useLanguage';

/** What a mark found: the parts ticked, or the level given. */
export function markText(item: IndicatorItem | undefined, mark: Sheet['marks'][number]): string {
  if (!item) return '';
  if (item.scoringType === 'graded') return mark.level ?? '—';
  return mark.checkedParts.map((i) => item.parts[i]?.text ?? `#${i + 1}`).join('；') || '—';
}

export const evidenceText = (refs: readonly EvidenceRef[]) =>
  refs.map((r) => (r.kind === 'link' ? `${r.label} (${r.url})` : r.label)).join('；');

/** A sheet's marks: each item's finding, score, note and evidence. */
export function SheetMarks({ sheet, items }: { sheet: Sheet; items: IndicatorItem[] }) {
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
          render: (_, m) => evidenceText(m.evidence),
        },
      ]}
    />
  );
}
