import type { DivisionService } from '../divisions/divisions.service';
import type { ModuleContext } from '../module-context';
import { createAccountService } from './accounts.service';
import { accountRoutes } from './accounts.routes';
import { roleRoutes } from './roles.routes';

export async function registerAccountsModule(
  { api, database, clock }: ModuleContext,
  deps: { divisions: DivisionService },
) {
  await api.register(
    accountRoutes(createAccountService({ database, divisions: deps.divisions, clock })),
  );
  await api.register(roleRoutes);
}
