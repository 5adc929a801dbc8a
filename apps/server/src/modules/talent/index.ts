import type { AccountWorkerOption, EvaluatorJob } from '@shegong/domain';
import { withScope } from '../../platform/access/region-scope';
import type { Actor } from '../../platform/access/actor';
import { AppError } from '../../platform/errors/app-error';
import { defineModule } from '../../platform/modules/define-module';
import { workerAuditNames } from './registry/worker-audit-names';
import { createCareerService } from './careers/careers.service';
import { createCareersOf } from './careers/careers-of';
import { createAccountWorkers } from './registry/account-workers';
import { startCensusUpkeep } from './census/census-upkeep';
import { certificateImport } from './certification/certificate-import';
import { createCertificationService } from './certification/certification.service';
import { creditImport } from './education/credit-import';
import { createEducationService } from './education/education.service';
import { educationRoutes } from './education/education.routes';
import { registrationRoutes } from './certification/registrations.routes';
import { createRewardService } from './rewards/rewards.service';
import { rewardRoutes } from './rewards/rewards.routes';
import { talentCorrectionRoutes } from './corrections/talent-corrections.routes';
import { createTalentCorrectionService } from './corrections/talent-corrections.service';
import { createTalentStatisticsService } from './census/talent-statistics.service';
import { talentStatisticsRoutes } from './census/talent-statistics.routes';
import { workerImport } from './registry/worker-import';
import { createWorkerService } from './registry/workers.service';
import { createOrganisationStaff, type StaffMember } from './careers/organisation-staff';
import { workerRoutes } from './registry/workers.routes';
import { talentAccess } from './talent.access';
import { transferAuditNames } from './transfers/transfer-audit-names';
import { transferRoutes } from './transfers/transfers.routes';
import { createTransferService } from './transfers/transfers.service';

export type { StaffMember } from './careers/organisation-staff';

/** What the talent registry offers the other modules. */
export interface TalentServices {
  /** Workers employed today by each organisation (only those the actor may see). */
  headcountsOf(actor: Actor, organisationIds: string[]): Promise<Map<string, number>>;
  /** The worker's name if the actor may see the record, else null. */
  workerName(actor: Actor, workerId: string): Promise<string | null>;
  /** Workers an organisation employs today with their highest certificate (a bid's team). */
  staffOf(
    actor: Actor,
    organisationId: string,
    workerIds?: readonly string[],
  ): Promise<StaffMember[]>;
  /** Workers of the actor's region to link an account to (name prefix, or a whole ID or phone). */
  accountWorkerOptions(actor: Actor, q?: string): Promise<AccountWorkerOption[]>;
  /** Those of the workers that lie in the actor's region, masked as the options are. */
  accountWorkersOf(
    actor: Actor,
    workerIds: readonly string[],
  ): Promise<Map<string, AccountWorkerOption>>;
  /** The jobs (从业经历) of many workers, nationwide, employer and dates only. */
  careersOf(workerIds: readonly string[]): Promise<Map<string, EvaluatorJob[]>>;
}

const talentTags = ['社工人才 Talent'];

/** 人才: the registry of social workers, certification, continuing education, careers, rewards, census. */
export const talentModule = defineModule({
  name: 'talent',
  summary: '社工人才 Talent',
  access: talentAccess,
  needs: {
    divisions: ['describeRegions', 'namesOf', 'children', 'scopeName', 'get'],
    organisations: ['get'],
  },
  build({ platform: { database, clock, say }, needs: { divisions, organisations } }) {
    const workers = createWorkerService({ database, divisions, clock });
    const careers = createCareerService({ database, workers, organisations, clock });
    const certification = createCertificationService({ database, workers, clock });
    const education = createEducationService({ database, workers, clock });
    const rewards = createRewardService({ database, workers, clock });
    const record = (actor: Actor, id: string) =>
      withScope(database, actor, async (tx) => {
        await workers.loadRow(tx, actor, id);
        const certified = await certification.recordOf(tx, id);
        return {
          ...certified,
          employments: await careers.listEmployments(tx, id),
          supervisions: await careers.listSupervisions(tx, id),
        };
      });

    const services: TalentServices = {
      headcountsOf: careers.headcountsOf,
      staffOf: createOrganisationStaff({ database, clock }),
      ...createAccountWorkers({ database, divisions }),
      careersOf: createCareersOf(database),
      async workerName(actor, id) {
        try {
          const worker = await withScope(database, actor, (tx) => workers.loadRow(tx, actor, id));
          return worker.name;
        } catch (error) {
          // Out of scope and missing both answer "no such worker"; a failing database does not.
          if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
          throw error;
        }
      },
    };

    return {
      services,
      auditSubjects: { worker: workerAuditNames, worker_transfer: transferAuditNames },
      routes: [
        workerRoutes({ workers, careers, certification, education, rewards, record }),
        registrationRoutes(certification),
        talentCorrectionRoutes(
          createTalentCorrectionService({ database, workers, certification, clock }),
        ),
        educationRoutes(education),
        rewardRoutes(rewards),
        talentStatisticsRoutes(createTalentStatisticsService({ database, divisions, clock })),
        transferRoutes(createTransferService({ database, workers, careers, divisions, clock })),
      ],
      imports: [
        {
          kind: workerImport({ database, divisions, workers }),
          basePath: '/workers',
          tags: talentTags,
          operations: {
            template: 'downloadWorkerImportTemplate',
            upload: 'uploadWorkerImport',
            report: 'getWorkerImport',
            problems: 'downloadWorkerImportProblems',
            commit: 'commitWorkerImport',
          },
        },
        {
          kind: certificateImport({ database, clock }),
          basePath: '/certificates',
          tags: talentTags,
          operations: {
            template: 'downloadCertificateImportTemplate',
            upload: 'uploadCertificateImport',
            report: 'getCertificateImport',
            problems: 'downloadCertificateImportProblems',
            commit: 'commitCertificateImport',
          },
        },
        {
          kind: creditImport({ database, clock }),
          basePath: '/continuing-education/credits',
          tags: talentTags,
          operations: {
            template: 'downloadCreditImportTemplate',
            upload: 'uploadCreditImport',
            report: 'getCreditImport',
            problems: 'downloadCreditImportProblems',
            commit: 'commitCreditImport',
          },
        },
      ],
      jobs: [{ name: 'census upkeep', start: () => startCensusUpkeep(database, clock, say) }],
    };
  },
});

declare module '../../platform/modules/define-module' {
  interface ModuleServices {
    talent: TalentServices;
  }
}
