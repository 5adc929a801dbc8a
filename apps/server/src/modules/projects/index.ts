import { defineModule } from '../../platform/modules/define-module';
import { projectAuditNames } from './project-audit-names';
import { projectImport } from './project-import';
import { projectsAccess } from './projects.access';
import { projectRoutes } from './projects.routes';
import { createProjectService, type ProjectService } from './projects.service';

export type {
  AwardedProvider,
  MoveOptions,
  ProjectInScope,
  ProjectService,
} from './projects.service';

/**
 * 政府购买服务项目: need study, expert review (论证), set-up (立项) approved by a second officer,
 * and the state machine every purchase module moves through `move`.
 */
export const projectsModule = defineModule({
  name: 'projects',
  summary: '购买服务项目 Purchased-service projects',
  access: projectsAccess,
  needs: { divisions: ['describeRegions', 'namesOf', 'get', 'children'] },
  // The 项目台账 names each project's contract: contracts is built after projects.
  calls: { contracts: ['contractsOfProjects'] },
  build({ platform: { database, clock }, needs: { divisions }, calls: { contracts } }) {
    const projects = createProjectService({ database, clock, divisions, contracts });
    const kind = projectImport({ database, divisions, projects });
    return {
      // Offered to the tenders, contracts and funds modules: the project in scope and its moves.
      services: {
        loadInScope: projects.loadInScope,
        inScopeByKeys: projects.inScopeByKeys,
        move: projects.move,
        titlesOf: projects.titlesOf,
        totalsByRegion: projects.totalsByRegion,
      },
      routes: [projectRoutes({ projects })],
      auditSubjects: { project: projectAuditNames },
      imports: [
        {
          kind,
          basePath: '/projects',
          tags: ['政府购买服务 Purchase of services'],
          operations: {
            template: 'downloadProjectImportTemplate',
            upload: 'uploadProjectImport',
            report: 'getProjectImport',
            problems: 'downloadProjectImportProblems',
            commit: 'commitProjectImport',
          },
        },
      ],
    };
  },
});

/** What the projects module offers other modules. */
export type ProjectsOffer = Pick<
  ProjectService,
  'loadInScope' | 'inScopeByKeys' | 'move' | 'titlesOf' | 'totalsByRegion'
>;

declare module '../../platform/modules/define-module' {
  interface ModuleServices {
    projects: ProjectsOffer;
  }
}
