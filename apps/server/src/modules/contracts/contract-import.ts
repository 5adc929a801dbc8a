import { and } from 'drizzle-orm';
import type { CreateContract, LocalizedText, TrancheInput } from '@shegong/domain';
import { isAnyOf } from '../../db/any-of';
import type { Database, Transaction } from '../../db/connection';
import type { Actor } from '../../platform/access/actor';
import { inRegionScope, withScope } from '../../platform/access/region-scope';
import { notFound } from '../../platform/errors/app-error';
import type { ImportKind } from '../../platform/imports/import-kind';
import { firstWithKey, regionProblem, RowProblems } from '../../platform/imports/row-checks';
import type { ModuleServices } from '../../platform/modules/define-module';
import type { ProjectInScope } from '../projects';
import {
  columnOfTerm,
  columns,
  draftOf,
  rowSchema,
  tranchesOf,
  type ContractImportRow,
  type Slot,
} from './contract-import-sheet';
import { termsOf } from './contract-store';
import { termsProblems } from './contract-terms';
import { hasContract, notAwarded, type ContractService } from './contracts.service';
import { contracts } from './contracts.table';

const projectEntity: LocalizedText = { 'zh-CN': '项目', 'en-US': 'Project' };

type TrancheRow = Awaited<ReturnType<typeof termsOf>>['tranches'][number];
type Held = { row: typeof contracts.$inferSelect; tranches: TrancheRow[] };

/** The contracts already there of the rows' projects, with their schedules, by project id. */
async function contractsOf(tx: Transaction, projectIds: string[]): Promise<Map<string, Held>> {
  if (projectIds.length === 0) return new Map();
  const rows = await tx.select().from(contracts).where(isAnyOf(contracts.projectId, projectIds));
  const { tranches } = await termsOf(
    tx,
    rows.map((r) => r.id),
  );
  return new Map(
    rows.map((row) => [
      row.projectId,
      {
        row,
        tranches: tranches.filter((t) => t.contractId === row.id && t.status !== 'cancelled'),
      },
    ]),
  );
}

type Compared = Pick<
  CreateContract,
  'code' | 'amountFen' | 'termStart' | 'termEnd' | 'workHoursPerYear'
> & { reportCadence: string; tranches: readonly Omit<TrancheInput, 'id'>[] };

/** What an import row sets of a contract, in a form two contracts can be compared in. */
const comparable = (c: Compared) =>
  JSON.stringify([
    [c.code, c.amountFen, c.termStart, c.termEnd, c.workHoursPerYear, c.reportCadence],
    c.tranches.map((t) => [t.kind, t.dueOn, t.amountFen, t.gate, t.gatePeriodKey, t.gateRound]),
  ]);

/** Whether the contract there is the row's: the same file imported again. */
const sameAs = (held: Held, draft: CreateContract) =>
  comparable({ ...held.row, tranches: held.tranches as Compared['tranches'] }) ===
  comparable(draft);

/**
 * 合同导入: one row per contract of an awarded project, made a draft by the contract service's own
 * checks and write; known by its 合同编号 (one contract per project). Indicators and named workers
 * are added afterwards in the contract drawer, before signing.
 */
export function contractImport(deps: {
  database: Database;
  contracts: Pick<ContractService, 'draftImported'>;
  projects: Pick<ModuleServices['projects'], 'inScopeByKeys'>;
  tenders: Pick<ModuleServices['tenders'], 'awardsOf'>;
  organisations: Pick<ModuleServices['organisations'], 'byCreditCodes'>;
  divisions: Pick<ModuleServices['divisions'], 'namesOf'>;
}): ImportKind<ContractImportRow> {
  const { database, projects, tenders, organisations, divisions } = deps;
  const projectKeyOf = (row: ContractImportRow) => ({
    regionCode: row.regionCode,
    code: row.projectCode,
  });
  const keyOf = (row: ContractImportRow) => `${row.regionCode}:${row.projectCode}`;

  /** What the rows need of the database, read once for the batch. */
  async function factsOf(actor: Actor, rows: ContractImportRow[]) {
    return withScope(database, actor, async (tx) => {
      const found = await projects.inScopeByKeys(tx, actor, rows.map(projectKeyOf));
      const ids = [...found.values()].map((p) => p.id);
      const [held, awards, codesUsed] = await Promise.all([
        contractsOf(tx, ids),
        tenders.awardsOf(tx, actor, ids),
        tx
          .select({ code: contracts.code, projectCode: contracts.projectCode })
          .from(contracts)
          .where(
            and(
              isAnyOf(
                contracts.code,
                rows.map((r) => r.code),
              ),
              inRegionScope(contracts.regionCode, actor),
            ),
          ),
      ]);
      return { found, held, awards, codesUsed };
    });
  }

  return {
    kind: 'contracts',
    title: { 'zh-CN': '购买服务合同', 'en-US': 'Purchase contracts' },
    permission: 'contracts:manage',
    schema: rowSchema,
    subject: { name: 'code', id: 'projectCode' },
    columns,
    note: {
      'zh-CN':
        '每行一份已中标项目的合同，导入为草拟中的合同，按合同编号识别：再次导入同一文件不会重复。服务指标、项目人员与人员配备标准导入后在合同页（起草合同抽屉）补充，然后签订。',
      'en-US':
        'One contract of an awarded project a row, imported as a draft and known by its number: importing the file again adds nothing. Add the indicators, named workers and staffing norm in the contract drawer afterwards, then sign.',
    },

    async check(actor, rows, firstRowOf) {
      const problems = new RowProblems();
      const inputs = rows.map((r) => r.input);
      const [facts, known, providers] = await Promise.all([
        factsOf(actor, inputs),
        divisions.namesOf(inputs.map((r) => r.regionCode)),
        organisations.byCreditCodes(inputs.map((r) => r.providerCreditCode)),
      ]);
      for (const { rowNumber, input } of rows) {
        const add = (column: string, message: LocalizedText) =>
          problems.add(rowNumber, column, message);
        const outside = regionProblem(actor, input.regionCode, known);
        if (outside) {
          add('区划代码', outside);
          continue;
        }
        if (!firstWithKey(firstRowOf, `code:${input.code}`, rowNumber, problems, '合同编号'))
          continue;
        if (!firstWithKey(firstRowOf, keyOf(input), rowNumber, problems, '项目编号')) continue;
        const project = facts.found.get(keyOf(input));
        if (!project) {
          add('项目编号', {
            'zh-CN': '本区划没有该编号的项目',
            'en-US': 'No project of this code in the division',
          });
          continue;
        }
        const { planned, missing } = tranchesOf(input);
        for (const m of missing) add(m.column, m.message);
        const draft = draftOf(
          input,
          project.id,
          planned.map((p) => p.tranche),
        );
        const held = facts.held.get(project.id);
        if (held) {
          if (held.row.code !== input.code)
            add('项目编号', {
              'zh-CN': `${hasContract['zh-CN']}（合同编号 ${held.row.code}）`,
              'en-US': `${hasContract['en-US']} (number ${held.row.code})`,
            });
          else if (!sameAs(held, draft))
            add('合同编号', {
              'zh-CN': `合同 ${input.code} 已存在，与本行不同；请在合同页修改`,
              'en-US': `Contract ${input.code} exists and differs from this row; change it on its page`,
            });
          continue;
        }
        // The project has no contract: one under this number is another project's.
        const elsewhere = facts.codesUsed.find((c) => c.code === input.code);
        if (elsewhere)
          add('合同编号', {
            'zh-CN': `合同编号已用于项目 ${elsewhere.projectCode}`,
            'en-US': `The number is used by project ${elsewhere.projectCode}`,
          });
        const terms = missing.length === 0 ? planned : null;
        const awardPriceFen = facts.awards.get(project.id)?.priceFen ?? null;
        for (const problem of rowProblemsOf(input, project, providers, draft, terms, awardPriceFen))
          add(problem.column, problem.message);
      }
      return problems.byRow;
    },

    async commit(tx, actor, input, source) {
      const project = (await projects.inScopeByKeys(tx, actor, [projectKeyOf(input)])).get(
        keyOf(input),
      );
      if (!project) throw notFound(projectEntity);
      const tranches = tranchesOf(input).planned.map((p) => p.tranche);
      const draft = draftOf(input, project.id, tranches);
      const held = (await contractsOf(tx, [project.id])).get(project.id);
      if (held && sameAs(held, draft)) return 'unchanged';
      // Anything else since the upload is refused by the service's own rules.
      await deps.contracts.draftImported(tx, actor, draft, source);
      return 'created';
    },
  };
}

/** The award and the terms: the form's verdicts, each on its column. */
function rowProblemsOf(
  input: ContractImportRow,
  project: ProjectInScope,
  providers: Map<string, { id: string; name: string }>,
  draft: CreateContract,
  /** The tranches planned, or null while a tranche is half-filled (its terms wait for it). */
  planned: { slot: Slot }[] | null,
  awardPriceFen: number | null,
): { column: string; message: LocalizedText }[] {
  if (project.state !== 'awarded' || !project.providerOrganisationId)
    return [{ column: '项目编号', message: notAwarded }];
  const provider = providers.get(input.providerCreditCode);
  const problems: { column: string; message: LocalizedText }[] = [];
  if (provider?.id !== project.providerOrganisationId)
    problems.push({
      column: '承接机构统一社会信用代码',
      message: provider
        ? {
            'zh-CN': `${provider.name}不是本项目的中标机构（中标机构：${project.providerName ?? ''}）`,
            'en-US': `${provider.name} did not win this project (awarded to ${project.providerName ?? ''})`,
          }
        : { 'zh-CN': '未登记该统一社会信用代码的机构', 'en-US': 'No organisation has this code' },
    });
  if (!planned) return problems;
  for (const problem of termsProblems(draft, { project, awardPriceFen, certifiedWorkers: 0 }))
    problems.push({ column: columnOfTerm(problem.field, planned), message: problem.message });
  return problems;
}
