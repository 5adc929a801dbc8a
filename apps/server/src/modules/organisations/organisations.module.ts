import { importRoutes } from '../../platform/imports/imports.routes';
import type { DivisionService } from '../divisions/divisions.service';
import type { ModuleContext } from '../module-context';
import { createOrganisationConductService } from './organisation-conduct.service';
import { organisationImport } from './organisation-import';
import { createOrganisationSupportService } from './organisation-support.service';
import { organisationSupportRoutes } from './organisation-support.routes';
import { createOrganisationService } from './organisations.service';
import { organisationRoutes } from './organisations.routes';

/** 社会组织: the registry, ratings and conduct, support, and the registry import. */
export async function registerOrganisationsModule(
  context: ModuleContext,
  deps: { divisions: DivisionService },
) {
  const { api, database, clock, imports } = context;
  const { divisions } = deps;
  const organisations = createOrganisationService({
    database,
    divisions,
    clock,
    talent: context.talent,
  });
  const support = createOrganisationSupportService({ database, divisions, clock });
  const conduct = createOrganisationConductService({ database, clock });
  await api.register(organisationRoutes({ organisations, conduct, support }));
  await api.register(organisationSupportRoutes(support));
  await api.register(
    importRoutes({
      imports,
      kind: organisationImport({ database, divisions, organisations }),
      basePath: '/organisations',
      tags: ['社会组织 Organisations'],
      operations: {
        template: 'downloadOrganisationImportTemplate',
        upload: 'uploadOrganisationImport',
        report: 'getOrganisationImport',
        problems: 'downloadOrganisationImportProblems',
        commit: 'commitOrganisationImport',
      },
    }),
  );
  return { organisations };
}
