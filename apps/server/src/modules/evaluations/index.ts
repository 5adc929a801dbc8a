import { defineModule } from '../../platform/modules/define-module';
import { createAssignmentService } from './assignments.service';
import { createDrawService } from './draws.service';
import { evaluationAuditNames } from './evaluation-audit-names';
import { evaluationsAccess } from './evaluations.access';
import { evidenceFileRoutes } from './evidence-files.routes';
import { createEvidenceFileService } from './evidence-files.service';
import { evaluationRoutes } from './evaluations.routes';
import { myEvaluationRoutes } from './my-evaluations.routes';
import { createObjectionService } from './objections.service';
import { rectificationDeadline } from './rectification-deadline';
import { createRectificationService } from './rectification.service';
import { ownEvaluationRoutes } from './own-evaluations.routes';
import { createRoundService } from './rounds.service';
import { createSheetService } from './sheets.service';
import { createStatisticsService } from './statistics.service';
import { evaluationStatisticsRoutes } from './statistics.routes';

/**
 * 绩效评估: rounds (中期, 抽查 by a reproducible stratified draw, 终期) scored on the indicator
 * library by evaluators who declare conflicts first and by the office parties; locked, published
 * for the provider's objections, made final — the grade then opens or holds the contract's
 * tranches, enters the provider's credit record and, if 不合格, bars it from next year's tenders.
 */
export const evaluationsModule = defineModule({
  name: 'evaluations',
  summary: '绩效评估 Evaluations',
  access: evaluationsAccess,
  needs: {
    divisions: ['namesOf', 'children'],
    projects: ['titlesOf'],
    indicators: ['currentForAll', 'freeze'],
    organisations: ['namesOf', 'recordEvaluationResult'],
    contracts: [
      'contractToEvaluate',
      'contractsInService',
      'recordEvaluationOutcome',
      'evidenceOf',
      'reportOf',
      'agreedIndicatorsOf',
      'outputsOf',
    ],
    talent: ['careersOf'],
  },
  deadlinePolicies: [rectificationDeadline],
  build({ platform: { database, clock, deadlines }, needs }) {
    const { divisions, projects, indicators, organisations, contracts, talent } = needs;
    const rectification = createRectificationService({ database, clock, deadlines });
    const rounds = createRoundService({
      database,
      clock,
      divisions,
      projects,
      indicators,
      organisations,
      contracts,
      rectification,
    });
    const assignments = createAssignmentService({
      database,
      clock,
      divisions,
      organisations,
      contracts,
      talent,
    });
    const sheets = createSheetService({ database, clock, assignments, rounds });
    const objections = createObjectionService({ database, clock, rounds, sheets });
    const draws = createDrawService({ database, clock, divisions, projects, contracts, rounds });
    return {
      services: {},
      routes: [
        evaluationRoutes({ rounds, assignments, sheets, objections, draws, rectification }),
        myEvaluationRoutes({ assignments, sheets }),
        evidenceFileRoutes(createEvidenceFileService({ database, clock, assignments, sheets })),
        ownEvaluationRoutes({ objections, rectification }),
        evaluationStatisticsRoutes({
          statistics: createStatisticsService({ database, divisions }),
        }),
      ],
      auditSubjects: {
        evaluation_round: evaluationAuditNames,
        evaluation_draw: evaluationAuditNames,
      },
    };
  },
});

declare module '../../platform/modules/define-module' {
  interface ModuleServices {
    evaluations: Record<string, never>;
  }
}
