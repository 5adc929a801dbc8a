import type { LocalizedText } from '../../i18n/language';
import { evaluationRounds } from './contract-enums';

/** What the contracts module's audit events say beyond their action. */
export interface ContractAuditDetailParams {
  contract_drafted: { amount: string };
  contract_signed: { signedOn: string };
  contract_amended: { number: number; reason: string };
  contract_started: Record<string, never>;
  contract_completed: Record<string, never>;
  tranche_requested: { tranche: number; amount: string };
  tranche_approved: { tranche: number; amount: string };
  tranche_paid: { tranche: number; amount: string; voucher: string };
  tranche_cancelled: { tranche: number; reason: string };
  tranche_evaluation_recorded: { round: string; grade: string };
  contract_money_read: Record<string, never>;
  report_submitted: { period: string };
  report_accepted: { period: string };
  report_returned: { period: string; note: string };
  personnel_rule_set: { share: string };
}

export const contractAuditTemplates: Record<keyof ContractAuditDetailParams, LocalizedText> = {
  contract_drafted: { 'zh-CN': '起草合同，金额 {amount} 元', 'en-US': 'Drafted, {amount} yuan' },
  contract_signed: { 'zh-CN': '签订合同（{signedOn}）', 'en-US': 'Signed on {signedOn}' },
  contract_amended: {
    'zh-CN': '合同变更为第 {number} 版，理由：{reason}',
    'en-US': 'Amended to version {number}, reason: {reason}',
  },
  contract_started: { 'zh-CN': '开始服务', 'en-US': 'Service started' },
  contract_completed: { 'zh-CN': '合同结项', 'en-US': 'Completed' },
  tranche_requested: {
    'zh-CN': '申请第 {tranche} 笔付款 {amount} 元',
    'en-US': 'Payment {tranche} of {amount} yuan requested',
  },
  tranche_approved: {
    'zh-CN': '审批第 {tranche} 笔付款 {amount} 元',
    'en-US': 'Payment {tranche} of {amount} yuan approved',
  },
  tranche_paid: {
    'zh-CN': '第 {tranche} 笔付款 {amount} 元已支付，凭证 {voucher}',
    'en-US': 'Payment {tranche} of {amount} yuan paid, voucher {voucher}',
  },
  tranche_cancelled: {
    'zh-CN': '取消第 {tranche} 笔付款，理由：{reason}',
    'en-US': 'Payment {tranche} cancelled, reason: {reason}',
  },
  tranche_evaluation_recorded: {
    'zh-CN': '记录{round}结果：{grade}',
    'en-US': '{round} result recorded: {grade}',
  },
  contract_money_read: { 'zh-CN': '查看合同付款', 'en-US': 'Contract payments read' },
  report_submitted: { 'zh-CN': '提交 {period} 阶段报告', 'en-US': 'Report for {period} submitted' },
  report_accepted: { 'zh-CN': '{period} 阶段报告通过', 'en-US': 'Report for {period} accepted' },
  report_returned: {
    'zh-CN': '{period} 阶段报告退回：{note}',
    'en-US': 'Report for {period} returned: {note}',
  },
  personnel_rule_set: {
    'zh-CN': '人员经费占比不低于 {share}',
    'en-US': 'Personnel share at least {share}',
  },
};

/** Codes its parameters name. */
export const contractAuditWords: Record<string, LocalizedText> = Object.fromEntries(
  evaluationRounds.map((r) => [`evaluationRound.${r.code}`, r] as const),
);
