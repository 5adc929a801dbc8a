/** Every table of the platform and its modules, for drizzle-kit and the typed database. */
import * as accountTables from '../platform/auth/accounts.table';
import * as divisionTables from '../modules/divisions/divisions.table';
import * as organisationTables from '../modules/organisations/organisations.table';
import * as stationTables from '../modules/stations/stations.table';
import * as workerTables from '../modules/talent/registry/workers.table';
import * as careerTables from '../modules/talent/careers/careers.table';
import * as certificationTables from '../modules/talent/certification/certification.table';
import * as educationTables from '../modules/talent/education/education.table';
import * as rewardTables from '../modules/talent/rewards/rewards.table';
import * as censusTables from '../modules/talent/census/census.table';
import * as transferTables from '../modules/talent/transfers/transfers.table';
import * as clientTables from '../modules/clients/clients.table';
import * as groupworkTables from '../modules/groupwork/groupwork.table';
import * as caseworkTables from '../modules/casework/casework.table';
import * as referralTables from '../modules/referrals/referrals.table';
import * as projectTables from '../modules/projects/projects.table';
import * as fundTables from '../modules/funds/funds.table';
import * as tenderTables from '../modules/tenders/tenders.table';
import * as indicatorTables from '../modules/indicators/indicators.table';
import * as contractTables from '../modules/contracts/contracts.table';
import * as evaluationTables from '../modules/evaluations/evaluations.table';
import * as auditTables from '../platform/audit/audit.table';
import * as importTables from '../platform/imports/imports.table';
import * as sessionTables from '../platform/auth/session.table';
import * as settingTables from '../platform/settings.table';
import * as deadlineTables from '../platform/deadlines/deadlines.table';

export * from '../platform/auth/accounts.table';
export * from '../modules/divisions/divisions.table';
export * from '../modules/organisations/organisations.table';
export * from '../modules/stations/stations.table';
export * from '../modules/talent/registry/workers.table';
export * from '../modules/talent/careers/careers.table';
export * from '../modules/talent/certification/certification.table';
export * from '../modules/talent/education/education.table';
export * from '../modules/talent/rewards/rewards.table';
export * from '../modules/talent/census/census.table';
export * from '../modules/talent/transfers/transfers.table';
export * from '../modules/clients/clients.table';
export * from '../modules/groupwork/groupwork.table';
export * from '../modules/casework/casework.table';
export * from '../modules/referrals/referrals.table';
export * from '../modules/projects/projects.table';
export * from '../modules/funds/funds.table';
export * from '../modules/tenders/tenders.table';
export * from '../modules/indicators/indicators.table';
export * from '../modules/contracts/contracts.table';
export * from '../modules/evaluations/evaluations.table';
export * from '../platform/audit/audit.table';
export * from '../platform/imports/imports.table';
export * from '../platform/auth/session.table';
export * from '../platform/settings.table';
export * from '../platform/deadlines/deadlines.table';

export const schema = {
  ...accountTables,
  ...divisionTables,
  ...organisationTables,
  ...stationTables,
  ...workerTables,
  ...careerTables,
  ...certificationTables,
  ...educationTables,
  ...rewardTables,
  ...censusTables,
  ...transferTables,
  ...clientTables,
  ...groupworkTables,
  ...caseworkTables,
  ...referralTables,
  ...projectTables,
  ...fundTables,
  ...tenderTables,
  ...indicatorTables,
  ...contractTables,
  ...evaluationTables,
  ...auditTables,
  ...importTables,
  ...sessionTables,
  ...settingTables,
  ...deadlineTables,
};
export type Schema = typeof schema;
