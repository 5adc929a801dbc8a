import { withScope } from '../../platform/access/region-scope';
import { importRoutes } from '../../platform/imports/imports.routes';
import type { DivisionService } from '../divisions/divisions.service';
import type { ModuleContext } from '../module-context';
import type { OrganisationService } from '../organisations/organisations.service';
import { createCareerService } from './careers.service';
import { certificateImport } from './certificate-import';
import { createCertificationService } from './certification.service';
import { creditImport } from './credit-import';
import { createEducationService } from './education.service';
import { educationRoutes } from './education.routes';
import { registrationRoutes } from './registrations.routes';
import { createRewardService } from './rewards.service';
import { rewardRoutes } from './rewards.routes';
import { talentCorrectionRoutes } from './talent-corrections.routes';
import { createTalentCorrectionService } from './talent-corrections.service';
import { createTalentStatisticsService } from './talent-statistics.service';
import { talentStatisticsRoutes } from './talent-statistics.routes';
import { workerImport } from './worker-import';
import { createWorkerService } from './workers.service';
import { workerRoutes } from './workers.routes';

/** 人才: the registry of social workers, certification, continuing education, careers, rewards, census. */
export async function registerTalentModule(
  context: ModuleContext,
  deps: { divisions: DivisionService; organisations: OrganisationService },
) {
  const { api, database, clock, imports } = context;
  const { divisions, organisations } = deps;
  const workers = createWorkerService({ database, divisions, clock });
  const careers = createCareerService({ database, workers, organisations, clock });
  const certification = createCertificationService({ database, workers, clock });
  const education = createEducationService({ database, workers, clock });
  const rewards = createRewardService({ database, workers, clock });
  const record = (actor: Parameters<typeof workers.get>[0], id: string) =>
    withScope(database, actor, async (tx) => {
      await workers.loadRow(tx, actor, id);
      const certified = await certification.recordOf(tx, id);
      return {
        ...certified,
        employments: await careers.listEmployments(tx, id),
        supervisions: await careers.listSupervisions(tx, id),
      };
    });

  context.talent.headcountsOf = careers.headcountsOf;
  context.talent.workerName = (actor, id) =>
    withScope(database, actor, (tx) => workers.loadRow(tx, actor, id))
      .then((worker) => worker.name)
      .catch(() => null);

  await api.register(workerRoutes({ workers, careers, certification, education, rewards, record }));
  await api.register(registrationRoutes(certification));
  await api.register(
    talentCorrectionRoutes(
      createTalentCorrectionService({ database, workers, certification, clock }),
    ),
  );
  await api.register(educationRoutes(education));
  await api.register(rewardRoutes(rewards));
  await api.register(
    talentStatisticsRoutes(createTalentStatisticsService({ database, divisions, clock })),
  );
  await api.register(
    importRoutes({
      imports,
      kind: workerImport({ database, divisions, workers }),
      basePath: '/workers',
      tags: ['社工人才 Talent'],
      operations: {
        template: 'downloadWorkerImportTemplate',
        upload: 'uploadWorkerImport',
        report: 'getWorkerImport',
        problems: 'downloadWorkerImportProblems',
        commit: 'commitWorkerImport',
      },
    }),
  );
  await api.register(
    importRoutes({
      imports,
      kind: certificateImport({ database, clock }),
      basePath: '/certificates',
      tags: ['社工人才 Talent'],
      operations: {
        template: 'downloadCertificateImportTemplate',
        upload: 'uploadCertificateImport',
        report: 'getCertificateImport',
        problems: 'downloadCertificateImportProblems',
        commit: 'commitCertificateImport',
      },
    }),
  );
  await api.register(
    importRoutes({
      imports,
      kind: creditImport({ database, clock }),
      basePath: '/continuing-education/credits',
      tags: ['社工人才 Talent'],
      operations: {
        template: 'downloadCreditImportTemplate',
        upload: 'uploadCreditImport',
        report: 'getCreditImport',
        problems: 'downloadCreditImportProblems',
        commit: 'commitCreditImport',
      },
    }),
  );
}
