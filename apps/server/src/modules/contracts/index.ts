import { defineModule } from '../../platform/modules/define-module';
import { contractsAccess } from './contracts.access';
import { contractRoutes } from './contracts.routes';
import { createServiceOutputs, type ServiceOutputService } from './service-outputs';

/** What the contracts module offers the others. */
export interface ContractServices {
  /** An organisation's service outputs in an area and a period, by period, in `tx`. */
  outputsIn: ServiceOutputService['outputsIn'];
}

/** 购买服务合同: contracts, their indicators filled from service records, payments and reports. */
export const contractsModule = defineModule({
  name: 'contracts',
  summary: '购买服务合同 Purchase contracts',
  access: contractsAccess,
  needs: {
    casework: ['casesByStationMonth'],
    groupwork: ['personTimesByStationMonth'],
    organisations: ['namesOf'],
  },
  build({ platform: { database }, needs: { casework, groupwork, organisations } }) {
    const outputs = createServiceOutputs({ database, casework, groupwork, organisations });
    const services: ContractServices = { outputsIn: outputs.outputsIn };
    return { services, routes: [contractRoutes({ outputs })] };
  },
});

declare module '../../platform/modules/define-module' {
  interface ModuleServices {
    contracts: ContractServices;
  }
}
