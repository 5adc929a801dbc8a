import { defineModule } from '../../platform/modules/define-module';
import { clientAuditNames } from './client-audit-names';
import { clientsAccess } from './clients.access';
import { clientRoutes } from './clients.routes';
import { createClientService, type ClientService } from './clients.service';

export type { ClientService } from './clients.service';
export type { MoveMergedClient } from './merged-client';

/** 服务对象: the people served, their consents, the duplicate check and merge. */
export const clientsModule = defineModule({
  name: 'clients',
  summary: '服务对象 Clients',
  access: clientsAccess,
  needs: {
    divisions: ['describeRegions', 'get'],
    organisations: ['activeNamesVisible'],
  },
  // A merge moves the duplicate's records in the modules that keep them (built after this one).
  calls: {
    casework: ['moveMergedClient'],
    groupwork: ['moveMergedClient'],
    referrals: ['moveMergedClient'],
  },
  build({ platform: { database, clock }, needs: { divisions, organisations }, calls }) {
    const clients = createClientService({
      database,
      clock,
      divisions,
      organisations,
      mergedRecordMovers: Object.values(calls).map((module) => module.moveMergedClient),
    });
    return {
      services: clients,
      routes: [clientRoutes(clients)],
      auditSubjects: { client: clientAuditNames },
    };
  },
});

declare module '../../platform/modules/define-module' {
  interface ModuleServices {
    clients: ClientService;
  }
}
