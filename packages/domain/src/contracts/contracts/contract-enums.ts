import { z } from 'zod';
import { codesOf } from '../../enums/enum-entry';

/** Where a purchase contract (购买服务合同) stands; its project moves with it. */
export const contractStatuses = [
  { code: 'draft', 'zh-CN': '草拟中', 'en-US': 'Draft' },
  { code: 'signed', 'zh-CN': '已签订', 'en-US': 'Signed' },
  { code: 'in_service', 'zh-CN': '服务中', 'en-US': 'In service' },
  { code: 'completed', 'zh-CN': '已结项', 'en-US': 'Completed' },
] as const;
export type ContractStatus = (typeof contractStatuses)[number]['code'];
export const contractStatusSchema = z.enum(codesOf(contractStatuses));

/** 付款节点: the kinds of tranche a payment schedule is made of. */
export const trancheKinds = [
  { code: 'advance', 'zh-CN': '首付款', 'en-US': 'Advance' },
  { code: 'interim', 'zh-CN': '中期款', 'en-US': 'Interim' },
  { code: 'final', 'zh-CN': '尾款', 'en-US': 'Final' },
  { code: 'change', 'zh-CN': '变更款', 'en-US': 'Change' },
] as const;
export type TrancheKind = (typeof trancheKinds)[number]['code'];
export const trancheKindSchema = z.enum(codesOf(trancheKinds));

/** A tranche's payment, from the schedule to the money paid (or the tranche cancelled). */
export const trancheStatuses = [
  { code: 'scheduled', 'zh-CN': '待申请', 'en-US': 'Scheduled' },
  { code: 'requested', 'zh-CN': '待审批', 'en-US': 'Awaiting approval' },
  { code: 'approved', 'zh-CN': '已审批', 'en-US': 'Approved' },
  { code: 'paid', 'zh-CN': '已支付', 'en-US': 'Paid' },
  { code: 'cancelled', 'zh-CN': '已取消', 'en-US': 'Cancelled' },
] as const;
export type TrancheStatus = (typeof trancheStatuses)[number]['code'];
export const trancheStatusSchema = z.enum(codesOf(trancheStatuses));

/**
 * What must be delivered before a tranche can be requested: nothing (首付款 on signing), the
 * provider's report of a period accepted, or an evaluation round's result recorded.
 */
export const trancheGates = [
  { code: 'none', 'zh-CN': '无前置条件', 'en-US': 'None' },
  { code: 'report', 'zh-CN': '阶段报告通过审核', 'en-US': 'A period report accepted' },
  { code: 'evaluation', 'zh-CN': '评估结果已出', 'en-US': 'An evaluation result recorded' },
] as const;
export type TrancheGate = (typeof trancheGates)[number]['code'];
export const trancheGateSchema = z.enum(codesOf(trancheGates));

/** The evaluation rounds a tranche may wait for. */
export const evaluationRounds = [
  { code: 'midterm', 'zh-CN': '中期评估', 'en-US': 'Mid-term evaluation' },
  { code: 'final', 'zh-CN': '终期评估', 'en-US': 'Final evaluation' },
] as const;
export type EvaluationRound = (typeof evaluationRounds)[number]['code'];
export const evaluationRoundSchema = z.enum(codesOf(evaluationRounds));

/** How often the provider reports (服务报告周期). */
export const reportCadences = [
  { code: 'month', 'zh-CN': '月报', 'en-US': 'Monthly' },
  { code: 'quarter', 'zh-CN': '季报', 'en-US': 'Quarterly' },
] as const;
export type ReportCadence = (typeof reportCadences)[number]['code'];
export const reportCadenceSchema = z.enum(codesOf(reportCadences));

/** A provider report's review. */
export const reportStatuses = [
  { code: 'submitted', 'zh-CN': '待审核', 'en-US': 'Submitted' },
  { code: 'accepted', 'zh-CN': '已通过', 'en-US': 'Accepted' },
  { code: 'returned', 'zh-CN': '已退回', 'en-US': 'Returned' },
] as const;
export type ReportStatus = (typeof reportStatuses)[number]['code'];
export const reportStatusSchema = z.enum(codesOf(reportStatuses));

/** The spending categories of a report (经费使用). */
export const spendingCategories = [
  { code: 'personnelFen', 'zh-CN': '人员经费', 'en-US': 'Personnel' },
  { code: 'serviceFen', 'zh-CN': '服务活动经费', 'en-US': 'Service activities' },
  { code: 'adminFen', 'zh-CN': '行政管理费', 'en-US': 'Administration' },
  { code: 'otherFen', 'zh-CN': '其他', 'en-US': 'Other' },
] as const;

/** 人员经费占比 when the region sets no rule: 60% (Guangzhou has since raised it to 65%). */
export const defaultPersonnelShareBp = 6000;
