import type { AccessMap } from '../../platform/access/route-access';
import { routeSchemaFor } from '../../platform/http/route-schema';

/** What each route of the contracts module requires, by operationId (see platform/access/route-access.ts). */
export const contractsAccess = {
  getServiceOutputs: ['contracts:read', 'contracts:report'],
  listContracts: ['contracts:read', 'contracts:report'],
  createContract: 'contracts:manage',
  listProviderStaff: 'contracts:manage',
  getContractDraftStart: 'contracts:manage',
  getContractPersonnelRule: ['contracts:read', 'contracts:report'],
  setContractPersonnelRule: 'contracts:configure',
  getContract: ['contracts:read', 'contracts:report'],
  updateContract: 'contracts:manage',
  signContract: 'contracts:manage',
  amendContract: 'contracts:manage',
  startContract: 'contracts:manage',
  completeContract: 'contracts:manage',
  requestTranche: 'contracts:manage',
  approveTranche: 'contracts:pay',
  payTranche: 'contracts:pay',
  cancelTranche: 'contracts:manage',
  getReportDraft: 'contracts:report',
  submitReport: 'contracts:report',
  getReport: ['contracts:read', 'contracts:report'],
  acceptReport: 'contracts:manage',
  returnReport: 'contracts:manage',
  downloadContractImportTemplate: 'contracts:manage',
  uploadContractImport: 'contracts:manage',
  getContractImport: 'contracts:manage',
  downloadContractImportProblems: 'contracts:manage',
  commitContractImport: 'contracts:manage',
} as const satisfies AccessMap;

/** A route schema of this module: its operationId must be one of the map above. */
export const routeSchema = routeSchemaFor(contractsAccess);

declare module '../../platform/access/route-access' {
  interface ModuleAccess {
    contracts: typeof contractsAccess;
  }
}
