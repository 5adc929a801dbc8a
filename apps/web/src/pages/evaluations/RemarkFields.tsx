import {
  partyOf,
  type EvaluationRoundDetail,
  type IndicatorItem,
  type ItemMarkRecord,
} from '@shegong/domain';
import { Form, Select } from 'antd';
import { useLanguage } from '../../i18n/useLanguage';
import { MarkField } from './ScoringForm';

export interface RemarkValues {
  sheetId: string;
  mark: { checkedParts?: number[]; level?: string };
}

/** The sheets that marked an item: those of its party. */
export const sheetsOfItem = (round: EvaluationRoundDetail, item: IndicatorItem) =>
  round.sheets.filter((s) => s.party === partyOf(item));

/** The new mark of an item on a sheet, keeping the note and evidence it had there. */
export function remarkOf(
  round: EvaluationRoundDetail,
  item: IndicatorItem,
  values: RemarkValues,
): { sheetId: string; mark: ItemMarkRecord } {
  const before = round.sheets
    .find((s) => s.id === values.sheetId)
    ?.marks.find((m) => m.key === item.key);
  return {
    sheetId: values.sheetId,
    mark: {
      key: item.key,
      checkedParts: item.scoringType === 'graded' ? [] : (values.mark.checkedParts ?? []),
      level: item.scoringType === 'graded' ? (values.mark.level ?? null) : null,
      note: before?.note ?? '',
      evidence: before?.evidence ?? [],
    },
  };
}

/** The initial values: the first sheet and the mark it gave. */
export function remarkStart(round: EvaluationRoundDetail, item: IndicatorItem): RemarkValues {
  const sheet = sheetsOfItem(round, item)[0];
  const mark = sheet?.marks.find((m) => m.key === item.key);
  return {
    sheetId: sheet?.id ?? '',
    mark: { checkedParts: mark?.checkedParts ?? [], level: mark?.level ?? undefined },
  };
}

/** Which sheet, and the item's new mark on it. */
export function RemarkFields({
  round,
  item,
}: {
  round: EvaluationRoundDetail;
  item: IndicatorItem;
}) {
  const { t } = useLanguage();
  const sheets = sheetsOfItem(round, item);
  return (
    <>
      <Form.Item name="sheetId" label={t('evaluations.rescore.sheet')} rules={[{ required: true }]}>
        <Select
          options={sheets.map((s) => {
            const mark = s.marks.find((m) => m.key === item.key);
            return { value: s.id, label: `${s.scorerName}（${mark?.score ?? '—'}）` };
          })}
        />
      </Form.Item>
      <MarkField item={item} name={['mark']} />
    </>
  );
}
