import type { AuditSubjectSources } from '../platform/audit/audit-subjects';
import { accountAuditNames } from './accounts/account-audit-names';
import { organisationAuditNames } from './organisations/organisation-audit-names';
import { stationAuditNames } from './stations/station-audit-names';
import { workerAuditNames } from './talent/worker-audit-names';

/** How the audit log names the records of each module (only lists modules). */
export const auditSubjectSources: AuditSubjectSources = {
  account: accountAuditNames,
  organisation: organisationAuditNames,
  station: stationAuditNames,
  worker: workerAuditNames,
};
