import { defineModule } from '../../platform/modules/define-module';
import { accountAuditNames } from './account-audit-names';
import { createAccountService } from './accounts.service';
import { accountRoutes } from './accounts.routes';
import { roleRoutes } from './roles.routes';
import { accountsAccess } from './accounts.access';

/** 账号: accounts of the platform, their roles and scopes (三员分立), and the role matrix. */
export const accountsModule = defineModule({
  name: 'accounts',
  summary: '账号与角色 Accounts and roles',
  access: accountsAccess,
  needs: {
    divisions: ['describeRegions', 'namesOf'],
    organisations: ['namesInScope', 'regionInScope', 'activeOptions'],
    talent: ['accountWorkerOptions', 'accountWorkersOf'],
  },
  build({ platform: { database, clock }, needs: { divisions, organisations, talent } }) {
    const accounts = createAccountService({ database, clock, divisions, organisations, talent });
    return {
      services: {},
      routes: [accountRoutes(accounts), roleRoutes],
      auditSubjects: { account: accountAuditNames },
    };
  },
});

declare module '../../platform/modules/define-module' {
  interface ModuleServices {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- offers nothing to others yet
    accounts: {};
  }
}
