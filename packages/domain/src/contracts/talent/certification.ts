import { z } from 'zod';
import { certificateLevelSchema } from '../../enums/certificate-levels';
import { courseTypeSchema } from '../../enums/course-types';
import { creditSourceSchema } from '../../enums/credit-sources';
import { registrationStatusSchema } from '../../enums/registration-statuses';
import { regionCodeSchema } from '../../zod/identifier-schemas';
import { calendarDateSchema } from '../dates';
import { pageQuerySchema } from '../lists';

export const examLevelSchema = z.enum([
  'assistant_social_worker',
  'social_worker',
  'senior_social_worker',
]);

export const examScoreSchema = z.object({
  id: z.uuid(),
  level: examLevelSchema,
  subject: z.string(),
  year: z.number().int(),
  score: z.number(),
  passMark: z.number(),
  version: z.number().int(),
});

export const examScoreInputSchema = z.strictObject({
  level: examLevelSchema,
  subject: z.string().trim().min(1).max(40),
  year: z.number().int().min(2008).max(2100),
  score: z.number().min(0).max(150),
  /** 60 unless the area has a lower mark. */
  passMark: z.number().min(0).max(100).default(60),
});

/** A correction of a score: the level stays (a score of another level is another record). */
export const updateExamScoreSchema = z.strictObject({
  version: z.number().int(),
  subject: z.string().trim().min(1).max(40).optional(),
  year: z.number().int().min(2008).max(2100).optional(),
  score: z.number().min(0).max(150).optional(),
  passMark: z.number().min(0).max(100).optional(),
});

/** Deleting a record entered by mistake: the version read and why (kept in the audit log). */
export const deleteRecordSchema = z.strictObject({
  version: z.number().int(),
  reason: z.string().trim().min(1).max(200),
});

export const certificateSchema = z.object({
  id: z.uuid(),
  level: certificateLevelSchema,
  certifiedOn: z.string(),
  year: z.number().int(),
  managementNumber: z.string().nullable(),
  version: z.number().int(),
});

export const certificateInputSchema = z.strictObject({
  level: certificateLevelSchema,
  certifiedOn: calendarDateSchema,
  managementNumber: z.string().trim().max(60).nullish(),
});

/** A correction of a certificate; the same rules as when it was recorded apply to the result. */
export const updateCertificateSchema = certificateInputSchema
  .partial()
  .extend({ version: z.number().int() })
  .strict();

export const registrationReviewSchema = z.object({
  stage: z.enum(['first', 'final']),
  outcome: z.enum(['pass', 'fail']),
  reviewerId: z.string(),
  reviewerName: z.string(),
  comment: z.string().nullable(),
  reviewedAt: z.string(),
});

/**
 * The review a registration awaits, for the reader: whether they may make it and, when they may
 * not, who may (in the request's language). Null once no review is awaited.
 */
export const nextReviewSchema = z
  .object({
    stage: z.enum(['first', 'final']),
    may: z.boolean(),
    whoMay: z.string().nullable(),
  })
  .nullable();

export const registrationSchema = z.object({
  id: z.uuid(),
  workerId: z.uuid(),
  workerName: z.string(),
  certificateId: z.uuid(),
  level: certificateLevelSchema,
  kind: z.enum(['first', 'renewal']),
  status: registrationStatusSchema,
  appliedOn: z.string(),
  ceHours: z.number().nullable(),
  validFrom: z.string().nullable(),
  validUntil: z.string().nullable(),
  reviews: z.array(registrationReviewSchema),
  nextReview: nextReviewSchema,
  regionCode: z.string(),
  version: z.number().int(),
});

/** A row of the registrations list: with the worker's division named. */
export const registrationListItemSchema = registrationSchema.extend({ regionName: z.string() });

export const registrationInputSchema = z.strictObject({
  certificateId: z.uuid(),
  appliedOn: calendarDateSchema.optional(),
});

export const reviewInputSchema = z.strictObject({
  version: z.number().int(),
  outcome: z.enum(['pass', 'fail']),
  comment: z.string().trim().max(500).nullish(),
});

export const registrationListQuerySchema = pageQuerySchema.extend({
  region: regionCodeSchema.optional(),
  /** pending: awaiting a review; due: registered, expiring within 3 months; overdue: expired unrenewed. */
  view: z.enum(['pending', 'due', 'overdue', 'all']).default('all'),
  /** A name prefix of the worker, or a whole ID number (compared normalised, exactly). */
  q: z.string().trim().max(50).optional(),
});

export const courseSchema = z.object({
  id: z.uuid(),
  regionCode: z.string(),
  organiser: z.string(),
  title: z.string(),
  type: courseTypeSchema,
  hours: z.number(),
  startsOn: z.string(),
  endsOn: z.string(),
  capacity: z.number().int().nullable(),
  enrolled: z.number().int(),
  completed: z.number().int(),
  version: z.number().int(),
});

export const courseInputSchema = z.strictObject({
  regionCode: regionCodeSchema,
  organiser: z.string().trim().min(1).max(100),
  title: z.string().trim().min(1).max(200),
  type: courseTypeSchema,
  hours: z.number().positive().max(500),
  startsOn: calendarDateSchema,
  endsOn: calendarDateSchema,
  capacity: z.number().int().positive().max(100_000).nullish(),
});

export const enrolmentSchema = z.object({
  id: z.uuid(),
  courseId: z.uuid(),
  courseTitle: z.string(),
  workerId: z.uuid(),
  workerName: z.string(),
  status: z.enum(['enrolled', 'completed', 'absent']),
  completedOn: z.string().nullable(),
  version: z.number().int(),
});

export const enrolmentInputSchema = z.strictObject({
  workerIds: z.array(z.uuid()).min(1).max(500),
});

export const attendanceInputSchema = z.strictObject({
  version: z.number().int(),
  status: z.enum(['completed', 'absent']),
  completedOn: calendarDateSchema.optional(),
});

export const creditEntrySchema = z.object({
  id: z.uuid(),
  source: creditSourceSchema,
  hours: z.number(),
  earnedOn: z.string(),
  description: z.string(),
  /** Course hours come from attendance and are corrected there, not here. */
  fromCourse: z.boolean(),
  version: z.number().int(),
});

export const creditEntryInputSchema = z.strictObject({
  /** 培训课程 here is training outside the platform's course list; its own courses credit by attendance. */
  source: creditSourceSchema,
  /** Above 0, at most 500, one decimal at most (the ledger stores one; 1.25 would become 1.3). */
  hours: z
    .number()
    .positive({ error: 'hours.range' })
    .max(500, { error: 'hours.range' })
    .multipleOf(0.1, { error: 'hours.decimals' }),
  earnedOn: calendarDateSchema,
  description: z.string().trim().min(1).max(200),
});

export const updateCreditEntrySchema = creditEntryInputSchema
  .partial()
  .extend({ version: z.number().int() })
  .strict();

/** Hours of the worker's current registration cycle against what the level requires. */
export const ceComplianceSchema = z.object({
  cycleFrom: z.string().nullable(),
  cycleTo: z.string().nullable(),
  required: z.number(),
  credited: z.number(),
  short: z.number(),
  bySource: z.record(z.string(), z.number()),
});

export const creditRuleSchema = z.object({
  countedSources: z.array(creditSourceSchema),
  capsPerCycle: z.partialRecord(creditSourceSchema, z.number().min(0).max(500)),
});

export type ExamScoreInput = z.infer<typeof examScoreInputSchema>;
export type Certificate = z.infer<typeof certificateSchema>;
export type CertificateInput = z.infer<typeof certificateInputSchema>;
export type UpdateCertificate = z.infer<typeof updateCertificateSchema>;
export type UpdateExamScore = z.infer<typeof updateExamScoreSchema>;
export type UpdateCreditEntry = z.infer<typeof updateCreditEntrySchema>;
export type DeleteRecord = z.infer<typeof deleteRecordSchema>;
export type Registration = z.infer<typeof registrationSchema>;
export type RegistrationListItem = z.infer<typeof registrationListItemSchema>;
export type RegistrationListQuery = z.infer<typeof registrationListQuerySchema>;
export type Course = z.infer<typeof courseSchema>;
export type CourseInput = z.infer<typeof courseInputSchema>;
export type Enrolment = z.infer<typeof enrolmentSchema>;
export type CreditLedgerEntry = z.infer<typeof creditEntrySchema>;
export type CeCompliance = z.infer<typeof ceComplianceSchema>;
