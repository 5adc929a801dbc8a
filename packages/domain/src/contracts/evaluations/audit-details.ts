import type { LocalizedText } from '../../i18n/language';
import { evaluationGrades, evaluationRoundKinds } from './evaluation-enums';

/** What the evaluations module's audit events say beyond their action. */
export interface EvaluationAuditDetailParams {
  round_opened: { kind: string; dueOn: string };
  evaluator_assigned: { evaluator: string };
  conflict_declared: { evaluator: string };
  no_conflict_declared: { evaluator: string };
  conflict_waived: { evaluator: string; reason: string };
  assignment_withdrawn: { evaluator: string; reason: string };
  sheet_submitted: { party: string };
  round_locked: { total: string };
  item_rescored: { item: string; from: string; to: string; reason: string };
  round_published: { until: string };
  objection_raised: { item: string };
  objection_decided: { item: string; decision: string };
  result_confirmed: Record<string, never>;
  round_finalised: { total: string; grade: string };
  spot_check_drawn: {
    year: number;
    share: number;
    seed: string;
    drawn: number;
    population: number;
  };
  evidence_opened: { opened: string };
  evidence_file_attached: { item: string; file: string; fileId: string };
  evidence_file_removed: { item: string; file: string; fileId: string };
  evidence_file_opened: { item: string; file: string; fileId: string };
  rectification_required: { due: string };
  rectification_submitted: Record<string, never>;
  rectification_accepted: Record<string, never>;
  rectification_returned: { note: string };
}

export const evaluationAuditTemplates: Record<keyof EvaluationAuditDetailParams, LocalizedText> = {
  round_opened: { 'zh-CN': '安排{kind}，截止 {dueOn}', 'en-US': '{kind} opened, due {dueOn}' },
  evaluator_assigned: { 'zh-CN': '指派评估人员 {evaluator}', 'en-US': 'Assigned {evaluator}' },
  conflict_declared: {
    'zh-CN': '{evaluator} 申报利益冲突并回避',
    'en-US': '{evaluator} declared a conflict and recused',
  },
  no_conflict_declared: {
    'zh-CN': '{evaluator} 声明无利益冲突',
    'en-US': '{evaluator} declared no conflict',
  },
  conflict_waived: {
    'zh-CN': '豁免 {evaluator} 的利益冲突，理由：{reason}',
    'en-US': "{evaluator}'s conflict waived, reason: {reason}",
  },
  assignment_withdrawn: {
    'zh-CN': '撤回对 {evaluator} 的指派，理由：{reason}',
    'en-US': '{evaluator} withdrawn, reason: {reason}',
  },
  sheet_submitted: { 'zh-CN': '提交{party}评分表', 'en-US': '{party} sheet submitted' },
  round_locked: { 'zh-CN': '锁定评分，总分 {total}', 'en-US': 'Scores locked, total {total}' },
  item_rescored: {
    'zh-CN': '「{item}」重新评分 {from} → {to}，理由：{reason}',
    'en-US': '“{item}” re-scored {from} → {to}, reason: {reason}',
  },
  round_published: {
    'zh-CN': '公示评估结果，异议期至 {until}',
    'en-US': 'Result published, objections until {until}',
  },
  objection_raised: { 'zh-CN': '对「{item}」提出异议', 'en-US': 'Objected to “{item}”' },
  objection_decided: {
    'zh-CN': '对「{item}」的异议：{decision}',
    'en-US': 'Objection to “{item}”: {decision}',
  },
  result_confirmed: {
    'zh-CN': '承接机构确认评估结果',
    'en-US': 'The provider confirmed the result',
  },
  round_finalised: { 'zh-CN': '评估定档：{total} 分，{grade}', 'en-US': 'Final: {total}, {grade}' },
  spot_check_drawn: {
    'zh-CN': '{year} 年抽查抽签：{population} 个项目中按 {share}% 抽取 {drawn} 个，种子 {seed}',
    'en-US': '{year} spot-check draw: {drawn} of {population} projects at {share}%, seed {seed}',
  },
  evidence_opened: { 'zh-CN': '查看评分依据：{opened}', 'en-US': 'Evidence opened: {opened}' },
  evidence_file_attached: {
    'zh-CN': '为「{item}」上传评分依据文件 {file}',
    'en-US': 'Evidence file {file} attached to “{item}”',
  },
  evidence_file_removed: {
    'zh-CN': '删除「{item}」的评分依据文件 {file}',
    'en-US': 'Evidence file {file} removed from “{item}”',
  },
  evidence_file_opened: {
    'zh-CN': '下载「{item}」的评分依据文件 {file}',
    'en-US': 'Evidence file {file} of “{item}” downloaded',
  },
  rectification_required: {
    'zh-CN': '评估合格，须于 {due} 前提交整改方案',
    'en-US': 'Passed: a rectification plan is due by {due}',
  },
  rectification_submitted: { 'zh-CN': '提交整改方案', 'en-US': 'Rectification plan submitted' },
  rectification_accepted: { 'zh-CN': '整改方案通过', 'en-US': 'Rectification plan accepted' },
  rectification_returned: {
    'zh-CN': '整改方案退回：{note}',
    'en-US': 'Rectification plan returned: {note}',
  },
};

/** Codes its parameters name. */
export const evaluationAuditWords: Record<string, LocalizedText> = Object.fromEntries([
  ...evaluationRoundKinds.map((k) => [`evaluationKind.${k.code}`, k] as const),
  ...evaluationGrades.map((g) => [`evaluationGrade.${g.code}`, g] as const),
  ['objection.upheld', { 'zh-CN': '成立', 'en-US': 'upheld' }] as const,
  ['objection.rejected', { 'zh-CN': '不成立', 'en-US': 'rejected' }] as const,
]);
