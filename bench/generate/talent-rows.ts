import type { PgTable } from 'drizzle-orm/pg-core';
import type { courses } from '../../apps/server/src/db/schema';
import {
  certificates,
  creditEntries,
  enrolments,
  examScores,
  registrationReviews,
  registrations,
} from '../../apps/server/src/db/schema';
import { rewardGrants } from '../../apps/server/src/db/schema';
import { employments, supervisions, workers } from '../../apps/server/src/db/schema';

export type WorkerRow = typeof workers.$inferInsert;
export type EmploymentRow = typeof employments.$inferInsert;
export type SupervisionRow = typeof supervisions.$inferInsert;
export type ExamScoreRow = typeof examScores.$inferInsert;
export type CertificateRow = typeof certificates.$inferInsert;
export type RegistrationRow = typeof registrations.$inferInsert;
export type ReviewRow = typeof registrationReviews.$inferInsert;
export type CourseRow = typeof courses.$inferInsert;
export type EnrolmentRow = typeof enrolments.$inferInsert;
export type CreditEntryRow = typeof creditEntries.$inferInsert;
export type RewardGrantRow = typeof rewardGrants.$inferInsert;

/** The rows of one chunk of the registry, table by table, before they are written. */
export interface TalentRows {
  worker: WorkerRow[];
  employment: EmploymentRow[];
  supervision: SupervisionRow[];
  exam_score: ExamScoreRow[];
  certificate: CertificateRow[];
  registration: RegistrationRow[];
  registration_review: ReviewRow[];
  enrolment: EnrolmentRow[];
  credit_entry: CreditEntryRow[];
  reward_grant: RewardGrantRow[];
}

/** The per-worker tables in the order their foreign keys need. */
export const talentTables: readonly (readonly [keyof TalentRows, PgTable])[] = [
  ['worker', workers],
  ['employment', employments],
  ['supervision', supervisions],
  ['exam_score', examScores],
  ['certificate', certificates],
  ['registration', registrations],
  ['registration_review', registrationReviews],
  ['enrolment', enrolments],
  ['credit_entry', creditEntries],
  ['reward_grant', rewardGrants],
];

export const emptyTalentRows = (): TalentRows => ({
  worker: [],
  employment: [],
  supervision: [],
  exam_score: [],
  certificate: [],
  registration: [],
  registration_review: [],
  enrolment: [],
  credit_entry: [],
  reward_grant: [],
});
