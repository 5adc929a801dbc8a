import { accountsMessages } from '../pages/accounts/messages';
import { auditMessages } from '../pages/audit/messages';
import { caseworkMessages } from '../pages/casework/messages';
import { clientsMessages } from '../pages/clients/messages';
import { contractsMessages } from '../pages/contracts/messages';
import { coverageMessages } from '../pages/coverage/messages';
import { deadlinesMessages } from '../pages/deadlines/messages';
import { evaluationsMessages } from '../pages/evaluations/messages';
import { educationMessages } from '../pages/talent/education/messages';
import { fundsMessages } from '../pages/funds/messages';
import { groupworkMessages } from '../pages/groupwork/messages';
import { homeMessages } from '../pages/home/messages';
import { incubationMessages } from '../pages/incubation/messages';
import { organisationsMessages } from '../pages/organisations/messages';
import { projectsMessages } from '../pages/projects/messages';
import { tendersMessages } from '../pages/tenders/messages';
import { indicatorsMessages } from '../pages/indicators/messages';
import { referralsMessages } from '../pages/referrals/messages';
import { registrationsMessages } from '../pages/talent/certification/messages';
import { rewardsMessages } from '../pages/talent/rewards/messages';
import { rolesMessages } from '../pages/roles/messages';
import { securityPolicyMessages } from '../pages/security-policy/messages';
import { serviceOverviewMessages } from '../pages/service-overview/messages';
import { stationsMessages } from '../pages/stations/messages';
import { talentStatisticsMessages } from '../pages/talent/census/messages';
import { transfersMessages } from '../pages/talent/transfers/messages';
import { workersMessages } from '../pages/talent/registry/messages';
import { sharedMessages } from './shared-messages';

/** Every folder's texts: the shared ones, then one line a module. A key may stand in one only. */
export const catalogue = [
  sharedMessages,
  homeMessages,
  organisationsMessages,
  incubationMessages,
  stationsMessages,
  coverageMessages,
  clientsMessages,
  caseworkMessages,
  groupworkMessages,
  referralsMessages,
  fundsMessages,
  projectsMessages,
  tendersMessages,
  contractsMessages,
  indicatorsMessages,
  evaluationsMessages,
  serviceOverviewMessages,
  workersMessages,
  transfersMessages,
  registrationsMessages,
  educationMessages,
  rewardsMessages,
  talentStatisticsMessages,
  accountsMessages,
  rolesMessages,
  securityPolicyMessages,
  deadlinesMessages,
  auditMessages,
] as const;
