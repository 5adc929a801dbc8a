import {
  contractStatuses,
  labelOf,
  projectStates,
  projectTypes,
  serviceFields,
  type Language,
} from '@shegong/domain';
import type { XlsxColumn } from '../../platform/export/xlsx-stream';
import type { ProjectLedgerRow } from './projects.service';

const yuan = (fen: number) => Math.round(fen) / 100;

/** 项目台账: one line per project, with its contract and what it has paid. */
export function projectLedgerColumns(language: Language): XlsxColumn<ProjectLedgerRow>[] {
  const zh = language === 'zh-CN';
  return [
    { header: zh ? '年度' : 'Year', width: 8, value: (r) => r.project.year },
    { header: zh ? '项目编号' : 'Code', width: 18, value: (r) => r.project.code },
    { header: zh ? '项目名称' : 'Title', width: 36, value: (r) => r.project.title },
    { header: zh ? '区划' : 'Division', width: 28, value: (r) => r.project.regionName },
    {
      header: zh ? '购买方式' : 'Type',
      width: 14,
      value: (r) => labelOf(projectTypes, r.project.type, language),
    },
    {
      header: zh ? '服务领域' : 'Fields',
      width: 24,
      value: (r) =>
        r.project.serviceFields
          .map((f) => labelOf(serviceFields, f, language))
          .join(zh ? '、' : ', '),
    },
    {
      header: zh ? '项目状态' : 'State',
      width: 12,
      value: (r) => labelOf(projectStates, r.project.state, language),
    },
    {
      header: zh ? '预算（元）' : 'Budget (yuan)',
      width: 16,
      value: (r) => yuan(r.project.budgetFen),
    },
    { header: zh ? '项目期限起' : 'Term from', width: 12, value: (r) => r.project.termStart },
    { header: zh ? '项目期限止' : 'Term to', width: 12, value: (r) => r.project.termEnd },
    { header: zh ? '承接机构' : 'Provider', width: 30, value: (r) => r.project.providerName },
    { header: zh ? '合同编号' : 'Contract', width: 18, value: (r) => r.contract?.code ?? null },
    {
      header: zh ? '合同状态' : 'Contract status',
      width: 12,
      value: (r) => (r.contract ? labelOf(contractStatuses, r.contract.status, language) : null),
    },
    {
      header: zh ? '合同金额（元）' : 'Contract amount (yuan)',
      width: 16,
      value: (r) => (r.contract ? yuan(r.contract.amountFen) : null),
    },
    {
      header: zh ? '已支付（元）' : 'Paid (yuan)',
      width: 16,
      value: (r) => (r.contract ? yuan(r.contract.paidFen) : null),
    },
  ];
}
