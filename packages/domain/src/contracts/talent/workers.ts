import { z } from 'zod';
import { certificateLevelSchema } from '../../enums/certificate-levels';
import { educationLevelSchema } from '../../enums/education-levels';
import { employerKindSchema } from '../../enums/employer-kinds';
import { expertTagSchema } from '../../enums/expert-tags';
import { postTypeSchema } from '../../enums/post-types';
import { registrationStatusSchema } from '../../enums/registration-statuses';
import { mobileSchema, regionCodeSchema, residentIdSchema } from '../../zod/identifier-schemas';
import { ageBands, serviceYearBands } from '../../rules/careers';
import { calendarDateSchema } from '../dates';

type AgeBandCode = (typeof ageBands)[number]['code'];
type ServiceYearBandCode = (typeof serviceYearBands)[number]['code'];

const optionalText = (max: number) => z.string().trim().max(max).nullish();

/** The fields without defaults: an update must not fill in what it does not name. */
const workerFields = z.strictObject({
  idNumber: residentIdSchema,
  name: z.string().trim().min(1).max(50),
  phone: mobileSchema.nullish(),
  educationLevel: educationLevelSchema,
  major: optionalText(100),
  socialWorkMajor: z.boolean(),
  regionCode: regionCodeSchema,
  expertTags: z.array(expertTagSchema).max(3),
});

export const workerInputSchema = workerFields.extend({
  socialWorkMajor: workerFields.shape.socialWorkMajor.default(false),
  expertTags: workerFields.shape.expertTags.default([]),
});

/** Corrections of a profile; the ID number is the record's identity and is not edited here. */
export const updateWorkerSchema = workerFields
  .omit({ idNumber: true })
  .partial()
  .extend({ version: z.number().int() })
  .strict();

export const workerSchema = z.object({
  id: z.uuid(),
  /** Masked: first 6 and last 4 characters; the birth date is never shown. */
  idNumber: z.string(),
  name: z.string(),
  sex: z.enum(['male', 'female']),
  age: z.number().int(),
  phone: z.string().nullable(),
  educationLevel: educationLevelSchema,
  major: z.string().nullable(),
  socialWorkMajor: z.boolean(),
  regionCode: z.string(),
  regionName: z.string(),
  expertTags: z.array(expertTagSchema),
  highestLevel: certificateLevelSchema.nullable(),
  employed: z.boolean(),
  currentEmployer: z.string().nullable(),
  yearsInService: z.number(),
  registration: z
    .object({ status: registrationStatusSchema, validUntil: z.string().nullable() })
    .nullable(),
  /**
   * What the reader may do with the record (the server's word: permission and scope), so pages
   * do not work it out again: edit it and its certificates, jobs, supervision and rewards; credit
   * continuing-education hours; review its registrations; reveal the ID and phone numbers.
   */
  can: z.object({
    edit: z.boolean(),
    credit: z.boolean(),
    review: z.boolean(),
    reveal: z.boolean(),
  }),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const workerListQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(20),
  /** A name prefix, or a whole ID number or phone number. */
  q: z.string().trim().max(50).optional(),
  /** Recorded on this division or on one below it (a prefix of the code). */
  region: regionCodeSchema.optional(),
  /**
   * Only those recorded on `region` itself (the actor's scope without it), not on a division
   * below: the census's 本级 row.
   */
  regionExact: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /**
   * Highest certificate level held on the day (certificates dated later do not count yet);
   * 'none': no certificate; 'any': at least one (the census's certified).
   */
  level: z.union([certificateLevelSchema, z.literal('none'), z.literal('any')]).optional(),
  educationLevel: educationLevelSchema.optional(),
  socialWorkMajor: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  sex: z.enum(['male', 'female']).optional(),
  employed: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  expertTag: expertTagSchema.optional(),
  /** Age band of the census (ageBands). */
  ageBand: z.enum(ageBands.map((b) => b.code) as [AgeBandCode, ...AgeBandCode[]]).optional(),
  /** Years-in-service band of the census (serviceYearBands), from the worker's jobs up to today. */
  serviceYears: z
    .enum(serviceYearBands.map((b) => b.code) as [ServiceYearBandCode, ...ServiceYearBandCode[]])
    .optional(),
  /** Employed today by this organisation (as its headcount counts). */
  organisation: z.uuid().optional(),
  /** Kind of the worker's current job (the census's employer kind, docs/talent.md). */
  employerKind: employerKindSchema.optional(),
  /** In post on 31 December of the year: the census trend's "in post". */
  employedAt: z.coerce.number().int().min(1949).max(2100).optional(),
  /** Holding a certificate by 31 December of the year: the census trend's "certified". */
  certifiedBy: z.coerce.number().int().min(1949).max(2100).optional(),
});

export const workerListSchema = z.object({
  items: z.array(workerSchema),
  nextCursor: z.string().nullable(),
  /** Counted on the first page only (no cursor); null on later pages. */
  total: z.number().int().nullable(),
});

export const revealedWorkerSchema = z.object({
  idNumber: z.string(),
  phone: z.string().nullable(),
});

export const employmentSchema = z.object({
  id: z.uuid(),
  workerId: z.uuid(),
  employerKind: employerKindSchema,
  organisationId: z.string().nullable(),
  stationId: z.string().nullable(),
  employerName: z.string(),
  employerRegionCode: z.string(),
  postType: postTypeSchema,
  fullTime: z.boolean(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  leavingReason: z.string().nullable(),
  version: z.number().int(),
});

export const employmentInputSchema = z.strictObject({
  employerKind: employerKindSchema,
  organisationId: z.uuid().nullish(),
  stationId: z.uuid().nullish(),
  /** Taken from the organisation or station when one is given. */
  employerName: z.string().trim().min(1).max(100).optional(),
  employerRegionCode: regionCodeSchema.optional(),
  postType: postTypeSchema,
  fullTime: z.boolean().default(true),
  startedOn: calendarDateSchema,
});

export const endEmploymentSchema = z.strictObject({
  version: z.number().int(),
  endedOn: calendarDateSchema,
  leavingReason: z.string().trim().min(1).max(200),
});

export const supervisionSchema = z.object({
  id: z.uuid(),
  supervisorId: z.uuid(),
  supervisorName: z.string(),
  superviseeId: z.uuid(),
  superviseeName: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  hours: z.number(),
  version: z.number().int(),
});

export const supervisionInputSchema = z.strictObject({
  supervisorId: z.uuid(),
  startedOn: calendarDateSchema,
  hours: z.number().min(0).max(10_000).default(0),
});

export const updateSupervisionSchema = z.strictObject({
  version: z.number().int(),
  hours: z.number().min(0).max(10_000).optional(),
  endedOn: calendarDateSchema.nullish(),
});

export type WorkerInput = z.infer<typeof workerInputSchema>;
export type UpdateWorker = z.infer<typeof updateWorkerSchema>;
export type Worker = z.infer<typeof workerSchema>;
export type WorkerListQuery = z.infer<typeof workerListQuerySchema>;
export type Employment = z.infer<typeof employmentSchema>;
export type EmploymentInput = z.infer<typeof employmentInputSchema>;
export type Supervision = z.infer<typeof supervisionSchema>;
