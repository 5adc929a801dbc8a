import { z } from 'zod';
import { codesOf } from '../../enums/enum-entry';

/** 评估轮次: 中期 and 终期 on every contract, 抽查 on the projects a yearly draw picks. */
export const evaluationRoundKinds = [
  { code: 'midterm', 'zh-CN': '中期评估', 'en-US': 'Mid-term evaluation' },
  { code: 'spot_check', 'zh-CN': '抽查评估', 'en-US': 'Spot check' },
  { code: 'final', 'zh-CN': '终期评估', 'en-US': 'Final evaluation' },
] as const;
export type EvaluationRoundKind = (typeof evaluationRoundKinds)[number]['code'];
export const evaluationRoundKindSchema = z.enum(codesOf(evaluationRoundKinds));

/**
 * A round's life: open (evaluators declare and score) → locked (every sheet in; scores change
 * only by a recorded re-score) → published (the provider sees the result and may object within
 * the window) → final (each objection decided; the grade acts on payment, credit and tenders).
 */
export const evaluationRoundStatuses = [
  { code: 'open', 'zh-CN': '评分中', 'en-US': 'Scoring' },
  { code: 'locked', 'zh-CN': '已锁定', 'en-US': 'Locked' },
  { code: 'published', 'zh-CN': '已公示', 'en-US': 'Published' },
  { code: 'final', 'zh-CN': '已定档', 'en-US': 'Final' },
] as const;
export type EvaluationRoundStatus = (typeof evaluationRoundStatuses)[number]['code'];
export const evaluationRoundStatusSchema = z.enum(codesOf(evaluationRoundStatuses));

/**
 * An evaluator's assignment: nothing of the project opens until they declare. A declared
 * conflict takes them off the round unless the organiser waives it with a reason.
 */
export const assignmentStatuses = [
  { code: 'awaiting_declaration', 'zh-CN': '待声明利益冲突', 'en-US': 'Declaration due' },
  { code: 'cleared', 'zh-CN': '已声明无冲突', 'en-US': 'No conflict declared' },
  { code: 'conflict', 'zh-CN': '申报利益冲突（已回避）', 'en-US': 'Conflict declared (recused)' },
  { code: 'waived', 'zh-CN': '冲突已豁免', 'en-US': 'Conflict waived' },
  { code: 'withdrawn', 'zh-CN': '已撤回指派', 'en-US': 'Withdrawn' },
] as const;
export type AssignmentStatus = (typeof assignmentStatuses)[number]['code'];
export const assignmentStatusSchema = z.enum(codesOf(assignmentStatuses));

/** 评估等级 (深圳 2021): 优秀 ≥ 90, 良好 80–89, 合格 60–79, 不合格 below 60. */
export const evaluationGrades = [
  { code: 'excellent', 'zh-CN': '优秀', 'en-US': 'Excellent', minimum: 90 },
  { code: 'good', 'zh-CN': '良好', 'en-US': 'Good', minimum: 80 },
  { code: 'pass', 'zh-CN': '合格', 'en-US': 'Pass', minimum: 60 },
  { code: 'fail', 'zh-CN': '不合格', 'en-US': 'Fail', minimum: 0 },
] as const;
export type EvaluationGrade = (typeof evaluationGrades)[number]['code'];
export const evaluationGradeSchema = z.enum(codesOf(evaluationGrades));

export const sheetStatuses = [
  { code: 'draft', 'zh-CN': '评分中', 'en-US': 'Draft' },
  { code: 'submitted', 'zh-CN': '已提交', 'en-US': 'Submitted' },
] as const;
export type SheetStatus = (typeof sheetStatuses)[number]['code'];
export const sheetStatusSchema = z.enum(codesOf(sheetStatuses));

export const objectionStatuses = [
  { code: 'open', 'zh-CN': '待处理', 'en-US': 'Open' },
  { code: 'upheld', 'zh-CN': '异议成立（已重新评分）', 'en-US': 'Upheld (re-scored)' },
  { code: 'rejected', 'zh-CN': '异议不成立', 'en-US': 'Rejected' },
] as const;
export type ObjectionStatus = (typeof objectionStatuses)[number]['code'];
export const objectionStatusSchema = z.enum(codesOf(objectionStatuses));

/** 整改: a 合格 result's rectification plan, due within the deadline, reviewed by the organiser. */
export const rectificationStatuses = [
  { code: 'required', 'zh-CN': '待提交整改方案', 'en-US': 'Plan due' },
  { code: 'submitted', 'zh-CN': '整改方案待审核', 'en-US': 'Plan submitted' },
  { code: 'accepted', 'zh-CN': '整改方案已通过', 'en-US': 'Plan accepted' },
] as const;
export type RectificationStatus = (typeof rectificationStatuses)[number]['code'];
export const rectificationStatusSchema = z.enum(codesOf(rectificationStatuses));
