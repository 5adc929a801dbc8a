import { defineModule } from '../../platform/modules/define-module';
import { contractAuditNames } from './contract-audit-names';
import { contractImport } from './contract-import';
import { contractsAccess } from './contracts.access';
import { contractRoutes } from './contracts.routes';
import { evaluationFacts } from './evaluation-facts';
import { personnelRule, personnelRuleRoutes } from './personnel-rule';
import { createContractService, type ContractService } from './contracts.service';
import { createPaymentService, type PaymentService } from './payments.service';
import { reportRoutes } from './reports.routes';
import { createReportService, type ReportService } from './reports.service';
import { createServiceOutputs, type ServiceOutputService } from './service-outputs';

/** What the contracts module offers the others. */
export interface ContractServices {
  /** An organisation's service outputs in an area and a period, by period, in `tx`. */
  outputsIn: ServiceOutputService['outputsIn'];
  /** An evaluation round's result on a contract: opens the tranches waiting for it, in `tx`. */
  recordEvaluationOutcome: PaymentService['recordEvaluationOutcome'];
  /** Contracted and paid money by division and project year, in `tx` (the funds summary). */
  moneyByRegion: ContractService['moneyByRegion'];
  /** The contract of each project named, with what it has paid, in `tx` (the 项目台账). */
  contractsOfProjects: ContractService['contractsOfProjects'];
  /** For the evaluation module: the contracts it evaluates and an evaluator's evidence, in `tx`. */
  contractToEvaluate: typeof evaluationFacts.contractToEvaluate;
  contractsInService: typeof evaluationFacts.contractsInService;
  evidenceOf: typeof evaluationFacts.evidenceOf;
  agreedIndicatorsOf: typeof evaluationFacts.agreedIndicatorsOf;
  outputsOf: typeof evaluationFacts.outputsOf;
  reportOf: ReportService['reportOf'];
}

/**
 * 购买服务合同: the contract of an awarded project — indicators, work hours, staffing and named
 * workers, tranches — signed and amended as versions; payments gated by deliverables under four
 * eyes; the provider's period reports counted from its service records.
 */
export const contractsModule = defineModule({
  name: 'contracts',
  summary: '购买服务合同 Purchase contracts',
  access: contractsAccess,
  needs: {
    casework: ['casesByStationMonth'],
    groupwork: ['personTimesByStationMonth'],
    organisations: ['namesOf', 'byCreditCodes'],
    divisions: ['describeRegions', 'namesOf'],
    projects: ['loadInScope', 'move', 'inScopeByKeys'],
    tenders: ['awardsOf'],
    talent: ['staffOf'],
  },
  build({ platform: { database, clock }, needs }) {
    const { casework, groupwork, organisations, divisions, projects, tenders, talent } = needs;
    const outputs = createServiceOutputs({ database, casework, groupwork, organisations });
    const rule = personnelRule({ database, clock });
    const contracts = createContractService({
      database,
      clock,
      divisions,
      projects,
      tenders,
      personnelRule: rule,
      talent,
    });
    const payments = createPaymentService({ database, clock, get: contracts.get });
    const reports = createReportService({ database, clock, outputs, personnelRule: rule });
    const services: ContractServices = {
      outputsIn: outputs.outputsIn,
      recordEvaluationOutcome: payments.recordEvaluationOutcome,
      moneyByRegion: contracts.moneyByRegion,
      contractsOfProjects: contracts.contractsOfProjects,
      ...evaluationFacts,
      reportOf: reports.reportOf,
    };
    return {
      services,
      routes: [
        contractRoutes({ outputs, contracts, payments }),
        reportRoutes({ reports }),
        personnelRuleRoutes(rule),
      ],
      auditSubjects: { contract: contractAuditNames, contract_report: contractAuditNames },
      imports: [
        {
          kind: contractImport({
            database,
            contracts,
            projects,
            tenders,
            organisations,
            divisions,
          }),
          basePath: '/contracts',
          tags: ['购买服务合同 Contracts'],
          operations: {
            template: 'downloadContractImportTemplate',
            upload: 'uploadContractImport',
            report: 'getContractImport',
            problems: 'downloadContractImportProblems',
            commit: 'commitContractImport',
          },
        },
      ],
    };
  },
});

declare module '../../platform/modules/define-module' {
  interface ModuleServices {
    contracts: ContractServices;
  }
}
