import { accountsModule } from '../pages/accounts/accounts.module';
import { auditModule } from '../pages/audit/audit.module';
import { caseworkModule } from '../pages/casework/casework.module';
import { clientsModule } from '../pages/clients/clients.module';
import { contractsModule } from '../pages/contracts/contracts.module';
import { coverageModule } from '../pages/coverage/coverage.module';
import { deadlinesModule } from '../pages/deadlines/deadlines.module';
import { evaluationsModule } from '../pages/evaluations/evaluations.module';
import { educationModule } from '../pages/talent/education/education.module';
import { fundsModule } from '../pages/funds/funds.module';
import { groupworkModule } from '../pages/groupwork/groupwork.module';
import { indicatorsModule } from '../pages/indicators/indicators.module';
import { homeModule } from '../pages/home/home.module';
import { incubationModule } from '../pages/incubation/incubation.module';
import { organisationsModule } from '../pages/organisations/organisations.module';
import { projectsModule } from '../pages/projects/projects.module';
import { referralsModule } from '../pages/referrals/referrals.module';
import { registrationsModule } from '../pages/talent/certification/registrations.module';
import { rewardsModule } from '../pages/talent/rewards/rewards.module';
import { rolesModule } from '../pages/roles/roles.module';
import { securityPolicyModule } from '../pages/security-policy/security-policy.module';
import { serviceOverviewModule } from '../pages/service-overview/service-overview.module';
import { stationsModule } from '../pages/stations/stations.module';
import { tendersModule } from '../pages/tenders/tenders.module';
import { talentStatisticsModule } from '../pages/talent/census/talent-statistics.module';
import { transfersModule } from '../pages/talent/transfers/transfers.module';
import { workersModule } from '../pages/talent/registry/workers.module';
import type { WebModule } from './web-module';

/** The app's modules, one line a module, in the order of the menu (layout/menu.ts). */
export const modules: readonly WebModule[] = [
  homeModule,
  organisationsModule,
  incubationModule,
  stationsModule,
  coverageModule,
  serviceOverviewModule,
  clientsModule,
  caseworkModule,
  groupworkModule,
  referralsModule,
  fundsModule,
  projectsModule,
  tendersModule,
  contractsModule,
  indicatorsModule,
  evaluationsModule,
  workersModule,
  transfersModule,
  registrationsModule,
  educationModule,
  rewardsModule,
  talentStatisticsModule,
  accountsModule,
  rolesModule,
  securityPolicyModule,
  deadlinesModule,
  auditModule,
];
