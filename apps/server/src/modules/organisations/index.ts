import { defineModule } from '../../platform/modules/define-module';
import { organisationAuditNames } from './organisation-audit-names';
import {
  createOrganisationConductService,
  type OrganisationConductService,
} from './organisation-conduct.service';
import { createOrganisationDirectory, type OrganisationDirectory } from './organisation-directory';
import { organisationImport } from './organisation-import';
import { createOrganisationSupportService } from './organisation-support.service';
import { organisationSupportRoutes } from './organisation-support.routes';
import { createOrganisationService, type OrganisationService } from './organisations.service';
import { organisationDirectoryRoutes } from './organisation-directory.routes';
import { organisationRoutes } from './organisations.routes';
import { organisationsAccess } from './organisations.access';

export type { OrganisationService } from './organisations.service';
export type { OrganisationDirectory, OrganisationTenderFacts } from './organisation-directory';

/** 社会组织: the registry, ratings and conduct, support, and the registry import. */
export const organisationsModule = defineModule({
  name: 'organisations',
  summary: '社会组织 Organisations',
  access: organisationsAccess,
  needs: { divisions: ['describeRegions', 'namesOf', 'get', 'children'] },
  calls: { talent: ['headcountsOf'] },
  build({ platform: { database, clock }, needs: { divisions }, calls: { talent } }) {
    const organisations = createOrganisationService({ database, divisions, clock, talent });
    const support = createOrganisationSupportService({ database, divisions, clock });
    const conduct = createOrganisationConductService({ database, clock });
    const directory = createOrganisationDirectory({ database });
    return {
      services: {
        ...organisations,
        ...directory,
        recordEvaluationResult: conduct.recordEvaluationResult,
      },
      auditSubjects: { organisation: organisationAuditNames },
      routes: [
        organisationRoutes({ organisations, conduct, support }),
        organisationSupportRoutes(support),
        organisationDirectoryRoutes(directory),
      ],
      imports: [
        {
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
        },
      ],
    };
  },
});

declare module '../../platform/modules/define-module' {
  interface ModuleServices {
    organisations: OrganisationService &
      OrganisationDirectory &
      Pick<OrganisationConductService, 'recordEvaluationResult'>;
  }
}
