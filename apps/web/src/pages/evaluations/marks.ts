import {
  leavesOf,
  partyOf,
  type EvidenceRef,
  type IndicatorItem,
  type ItemMarkInput,
  type ScoringParty,
  type Sheet,
} from '@shegong/domain';
import { ApiError, isApiError } from '../../api/api-error';

/** One evidence row of the form: what it is and its fields, whichever the kind uses. */
export interface EvidenceRow {
  kind: EvidenceRef['kind'];
  reportId?: string;
  url?: string;
  label?: string;
}

/** An item's mark as the form holds it: undefined parts or level while it is not marked. */
export interface FormMark {
  key: string;
  checkedParts?: number[];
  level?: string;
  note?: string;
  evidence?: EvidenceRow[];
}

export interface ReportChoice {
  id: string;
  periodKey: string;
}

/** The items a party scores, in the round's order. */
export const partyItems = (items: readonly IndicatorItem[], party: ScoringParty) =>
  leavesOf(items).filter((item) => partyOf(item) === party);

const rowOf = (ref: EvidenceRef): EvidenceRow =>
  ref.kind === 'report'
    ? { kind: 'report', reportId: ref.reportId, label: ref.label }
    : ref.kind === 'link'
      ? { kind: 'link', url: ref.url, label: ref.label }
      : { kind: ref.kind, label: ref.label };

/** The form's marks, one per item of the party, from the sheet saved so far. */
export function formMarks(items: IndicatorItem[], sheet: Sheet | null): FormMark[] {
  const saved = new Map((sheet?.marks ?? []).map((m) => [m.key, m]));
  return items.map((item) => {
    const mark = saved.get(item.key);
    if (!mark) return { key: item.key, note: '', evidence: [] };
    return {
      key: item.key,
      ...(item.scoringType === 'graded'
        ? { level: mark.level ?? undefined }
        : { checkedParts: mark.checkedParts }),
      note: mark.note,
      evidence: mark.evidence.map(rowOf),
    };
  });
}

function refOf(
  row: EvidenceRow,
  reports: readonly ReportChoice[],
  outputsLabel: string,
): EvidenceRef | null {
  const label = row.label?.trim() ?? '';
  if (row.kind === 'outputs') return { kind: 'outputs', label: label || outputsLabel };
  if (row.kind === 'report') {
    const report = reports.find((r) => r.id === row.reportId);
    return report
      ? { kind: 'report', reportId: report.id, label: label || report.periodKey }
      : null;
  }
  if (row.kind === 'link') {
    const url = row.url?.trim() ?? '';
    return url ? { kind: 'link', url, label: label || url } : null;
  }
  return label ? { kind: 'document', label } : null;
}

/**
 * The marks to send: the items marked so far (a level chosen, or parts ticked or unticked), and
 * for each its index in the form, so that the server's `body.marks.2.level` finds its item.
 */
export function marksToSend(
  items: IndicatorItem[],
  values: FormMark[],
  reports: readonly ReportChoice[],
  { outputsLabel }: { outputsLabel: string },
): { marks: ItemMarkInput[]; formIndex: number[] } {
  const marks: ItemMarkInput[] = [];
  const formIndex: number[] = [];
  values.forEach((value, index) => {
    const item = items[index];
    if (!item) return;
    const marked = item.scoringType === 'graded' ? !!value.level : value.checkedParts !== undefined;
    if (!marked) return;
    marks.push({
      key: item.key,
      checkedParts:
        item.scoringType === 'graded' ? [] : [...(value.checkedParts ?? [])].sort((a, b) => a - b),
      level: item.scoringType === 'graded' ? (value.level ?? null) : null,
      note: value.note?.trim() ?? '',
      evidence: (value.evidence ?? [])
        .map((row) => refOf(row, reports, outputsLabel))
        .filter((ref): ref is EvidenceRef => ref !== null),
    });
    formIndex.push(index);
  });
  return { marks, formIndex };
}

/** The server's error with its paths turned from the marks sent to the form's rows. */
export function onFormRows(error: unknown, formIndex: readonly number[]): unknown {
  if (!isApiError(error)) return error;
  return new ApiError(
    error.status,
    error.code,
    error.message,
    error.details.map((d) => ({
      ...d,
      path: d.path.replace(
        /^body\.marks\.(\d+)/,
        (all, i: string) => `body.marks.${formIndex[Number(i)] ?? i}`,
      ),
    })),
  );
}
