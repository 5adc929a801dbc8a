import { accountsModule } from './accounts';
import { caseworkModule } from './casework';
import { clientsModule } from './clients';
import { contractsModule } from './contracts';
import { divisionsModule } from './divisions';
import { evaluationsModule } from './evaluations';
import { fundsModule } from './funds';
import { groupworkModule } from './groupwork';
import { indicatorsModule } from './indicators';
import { organisationsModule } from './organisations';
import { projectsModule } from './projects';
import { referralsModule } from './referrals';
import { stationsModule } from './stations';
import { talentModule } from './talent';
import { tendersModule } from './tenders';

/** Every module of the platform; the app builds them in the order their needs give. */
export const modules = [
  accountsModule,
  divisionsModule,
  organisationsModule,
  stationsModule,
  talentModule,
  clientsModule,
  groupworkModule,
  caseworkModule,
  referralsModule,
  projectsModule,
  fundsModule,
  tendersModule,
  contractsModule,
  indicatorsModule,
  evaluationsModule,
];
