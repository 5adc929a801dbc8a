import {
  contractAmountCap,
  periodsOf,
  type LocalizedText,
  type TrancheInput,
} from '@shegong/domain';
import type { RuleProblem } from '../../platform/errors/rule-problems';

const yuan = (fen: number) => (fen / 100).toFixed(2);

/** What every contract version fixes, as the request gave it. */
export interface ContractTerms {
  amountFen: number;
  termStart: string;
  termEnd: string;
  staffingWorkers: number;
  staffingCertified: number;
  reportCadence: 'month' | 'quarter';
  indicators: readonly { period: string }[];
  workers: readonly { workerId: string }[];
  tranches: readonly TrancheInput[];
}

/** What the terms are checked against: the project and the named workers' certificates. */
export interface TermsContext {
  project: { budgetFen: number; termStart: string; termEnd: string };
  /** 中标价: the winning bid's price (null only for a contract that predates it). */
  awardPriceFen: number | null;
  /** Of the named workers, how many hold a certificate today. */
  certifiedWorkers: number;
  /** An amendment (补充合同) may add up to a tenth of the award price. */
  amending?: boolean;
  /** Signing (or amending) asks for what a draft may still lack: its indicators. */
  signing?: boolean;
}

const problem = (field: string, zh: string, en: string): RuleProblem => ({
  field,
  message: { 'zh-CN': zh, 'en-US': en } satisfies LocalizedText,
});

/** The report periods of a contract: its term split by its cadence, counted from the start. */
export const reportPeriodsOf = (
  terms: Pick<ContractTerms, 'termStart' | 'termEnd' | 'reportCadence'>,
) => periodsOf(terms.termStart, terms.termEnd, terms.reportCadence);

/**
 * Every problem of a contract's terms, by field: the amount within the project's budget and the
 * award price (中标价), equal to the tranches' sum, the term within the project's, each tranche due in the term and
 * gated by a period that exists, the staffing norm met by the named workers.
 */
export function termsProblems(terms: ContractTerms, context: TermsContext): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const { project } = context;
  if (terms.amountFen > project.budgetFen)
    problems.push(
      problem(
        'amountFen',
        `合同金额不能超过项目预算（${yuan(project.budgetFen)} 元）`,
        `The amount cannot exceed the project's budget (${yuan(project.budgetFen)} yuan)`,
      ),
    );
  else if (context.awardPriceFen !== null) {
    const cap = contractAmountCap(context.awardPriceFen, context.amending === true);
    if (terms.amountFen > cap)
      problems.push(
        context.amending
          ? problem(
              'amountFen',
              `变更后的合同金额（amount）不能超过中标价的 110%（${yuan(cap)} 元）`,
              `An amended amount cannot exceed 110% of the award price (${yuan(cap)} yuan)`,
            )
          : problem(
              'amountFen',
              `合同金额（amount）不能超过中标价（${yuan(cap)} 元）`,
              `The amount cannot exceed the award price (${yuan(cap)} yuan)`,
            ),
      );
  }
  if (terms.termStart < project.termStart || terms.termEnd > project.termEnd)
    problems.push(
      problem(
        'termEnd',
        `合同期限须在项目期限（${project.termStart} 至 ${project.termEnd}）之内`,
        `The term must lie within the project's (${project.termStart} to ${project.termEnd})`,
      ),
    );
  const periodKeys = new Set(reportPeriodsOf(terms).map((p) => p.key));
  let sum = 0;
  terms.tranches.forEach((tranche, i) => {
    sum += tranche.amountFen;
    if (tranche.dueOn < terms.termStart || tranche.dueOn > terms.termEnd)
      problems.push(
        problem(
          `tranches.${i}.dueOn`,
          `付款日期须在合同期限（${terms.termStart} 至 ${terms.termEnd}）之内`,
          `The due date must lie within the term (${terms.termStart} to ${terms.termEnd})`,
        ),
      );
    if (tranche.gate === 'report' && !periodKeys.has(tranche.gatePeriodKey ?? ''))
      problems.push(
        problem(
          `tranches.${i}.gatePeriodKey`,
          '须选择合同期内的一个报告期',
          'Choose a report period of the term',
        ),
      );
    if (tranche.gate !== 'report' && tranche.gatePeriodKey !== null)
      problems.push(
        problem(
          `tranches.${i}.gatePeriodKey`,
          '只有报告节点需要报告期',
          'Only a report gate names a period',
        ),
      );
    if (tranche.gate === 'evaluation' && tranche.gateRound === null)
      problems.push(
        problem(`tranches.${i}.gateRound`, '须选择评估轮次', 'Choose the evaluation round'),
      );
    if (tranche.gate !== 'evaluation' && tranche.gateRound !== null)
      problems.push(
        problem(
          `tranches.${i}.gateRound`,
          '只有评估节点需要评估轮次',
          'Only an evaluation gate names a round',
        ),
      );
  });
  if (sum !== terms.amountFen)
    problems.push(
      problem(
        'tranches',
        `各笔付款合计（${yuan(sum)} 元）须等于合同金额（${yuan(terms.amountFen)} 元）`,
        `The tranches add up to ${yuan(sum)} yuan, not the amount (${yuan(terms.amountFen)} yuan)`,
      ),
    );
  // A draft from the contract import has none until the drawer adds them.
  if (context.signing && terms.indicators.length === 0)
    problems.push(
      problem('indicators', '签订前须约定至少一项服务指标', 'Agree at least one indicator first'),
    );
  const ids = terms.workers.map((w) => w.workerId);
  if (new Set(ids).size !== ids.length)
    problems.push(problem('workers', '同一名社工不能重复列入', 'A worker is named twice'));
  if (terms.staffingCertified > terms.staffingWorkers)
    problems.push(
      problem('staffingCertified', '持证人数不能多于配备人数', 'More certified than workers'),
    );
  if (terms.workers.length < terms.staffingWorkers)
    problems.push(
      problem(
        'workers',
        `人员配备标准为 ${terms.staffingWorkers} 人，已列入 ${terms.workers.length} 人`,
        `The norm asks for ${terms.staffingWorkers} workers; ${terms.workers.length} named`,
      ),
    );
  else if (context.certifiedWorkers < terms.staffingCertified)
    problems.push(
      problem(
        'workers',
        `人员配备标准要求持证社工 ${terms.staffingCertified} 人，列入人员中持证 ${context.certifiedWorkers} 人`,
        `The norm asks for ${terms.staffingCertified} certified workers; ${context.certifiedWorkers} named`,
      ),
    );
  return problems;
}
