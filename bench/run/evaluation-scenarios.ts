import type { MyEvaluation } from '@shegong/domain';
import type { VersionedSheet } from './evaluation-fixtures';
import type { Fixtures } from './fixtures';
import * as raw from './raw-evaluations';
import { RecordPool, reads, type RequestSpec, type Scenario } from './scenarios';

/** The version of the sheet a save or a read of the assignment answered with. */
const sheetVersion = (body: unknown) => (body as MyEvaluation).project?.sheet?.version;

/**
 * Evaluations (issue #15): the scoring form's save as the generated evaluator of the bench
 * county's city (its draft sheets in turn, two valid sets of marks alternating, under the version
 * each save answers), the evaluator's assignment list, and a region's grade distribution
 * (评估等级分布) as the county officer and as the province.
 */
export function buildEvaluationScenarios(f: Fixtures): Scenario[] {
  const e = f.evaluations;
  const scenarios: Scenario[] = [];
  const evaluator = e.evaluator;
  if (evaluator && e.sheets.length) {
    const sheets = new RecordPool<VersionedSheet>(e.sheets);
    const body = (sheet: VersionedSheet) => {
      sheet.turn += 1;
      return { version: sheet.version, marks: sheet.markSets[sheet.turn % 2]! };
    };
    scenarios.push(
      {
        name: 'PUT /my-evaluations/:id/sheet (evaluator)',
        as: 'evaluator',
        maxConcurrency: e.sheets.length,
        next(): RequestSpec {
          const sheet = sheets.take();
          return {
            method: 'PUT',
            path: `/api/v1/my-evaluations/${sheet.assignmentId}/sheet`,
            body: JSON.stringify(body(sheet)),
            sheet,
          };
        },
        done(request, status, answer) {
          const sheet = request.sheet!;
          if (status !== 200) return; // held: its version is read again after the run
          sheet.version = sheetVersion(JSON.parse(answer)) ?? sheet.version;
          sheets.give(sheet);
        },
        async raw(d) {
          const sheet = sheets.take();
          try {
            const { version, marks } = body(sheet);
            sheet.version = await d.transaction((q) =>
              raw.saveSheet(q, evaluator, { assignmentId: sheet.assignmentId, version }, marks),
            );
          } finally {
            sheets.give(sheet);
          }
        },
        async settle(read) {
          for (const sheet of sheets.lost()) {
            sheet.version = sheetVersion(
              await read(`/api/v1/my-evaluations/${sheet.assignmentId}`),
            )!;
            sheets.give(sheet);
          }
        },
      },
      reads(
        'GET /my-evaluations (evaluator)',
        () => evaluator,
        () => '/api/v1/my-evaluations',
        (q, who) => raw.myAssignments(q, who),
        'evaluator',
      ),
    );
  }
  const county = e.county;
  if (county)
    scenarios.push(
      reads(
        'GET /evaluation-statistics?region=<county> (county)',
        () => county,
        (c) => `/api/v1/evaluation-statistics?region=${c}`,
        (q, c) => raw.gradeDistribution(q, c, c),
        'county',
      ),
    );
  scenarios.push(
    reads(
      'GET /evaluation-statistics?region=52',
      () => f.scope,
      (r) => `/api/v1/evaluation-statistics?region=${r}`,
      (q, r) => raw.gradeDistribution(q, f.scope, r),
    ),
  );
  return scenarios;
}
