import { z } from 'zod';
import {
  creditRecordKindSchema,
  enteredCreditRecordKindSchema,
} from '../../enums/credit-record-kinds';
import { fundingSourceSchema } from '../../enums/funding-sources';
import { grantKindSchema } from '../../enums/grant-kinds';
import { incubationSupportSchema } from '../../enums/incubation-supports';
import { inspectionResultSchema } from '../../enums/inspection-results';
import { organisationBackgroundSchema } from '../../enums/organisation-backgrounds';
import { organisationTypeSchema } from '../../enums/organisation-types';
import { ratingGradeSchema } from '../../enums/rating-grades';
import { serviceFieldSchema } from '../../enums/service-fields';
import { creditCodeSchema, regionCodeSchema } from '../../zod/identifier-schemas';
import { calendarDateSchema } from '../dates';
import { pageQuerySchema } from '../lists';

const optionalText = (max: number) => z.string().trim().max(max).nullish();

/** The fields without defaults: an update must not fill in what it does not name. */
const organisationFields = z.strictObject({
  creditCode: creditCodeSchema,
  name: z.string().trim().min(2).max(100),
  type: organisationTypeSchema,
  background: organisationBackgroundSchema,
  registeredOn: calendarDateSchema,
  legalRepresentative: z.string().trim().min(1).max(50),
  contactPerson: optionalText(50),
  contactPhone: optionalText(30),
  address: optionalText(200),
  regionCode: regionCodeSchema,
  serviceFields: z.array(serviceFieldSchema).max(18),
});

export const organisationInputSchema = organisationFields.extend({
  serviceFields: organisationFields.shape.serviceFields.default([]),
});

export const updateOrganisationSchema = organisationFields
  .partial()
  .extend({ version: z.number().int() })
  .strict();

export const deactivateOrganisationSchema = z.strictObject({
  version: z.number().int(),
  deactivatedOn: calendarDateSchema,
  reason: z.string().trim().min(1).max(200),
});

export const ratingSchema = z.object({
  id: z.uuid(),
  grade: ratingGradeSchema,
  score: z.number().nullable(),
  ratedOn: z.string(),
  validUntil: z.string(),
  assessor: z.string(),
  documentRef: z.string().nullable(),
});

export const ratingInputSchema = z.strictObject({
  grade: ratingGradeSchema,
  score: z.number().min(0).max(1000).nullish(),
  ratedOn: calendarDateSchema,
  assessor: z.string().trim().min(1).max(100),
  documentRef: optionalText(100),
});

export const inspectionSchema = z.object({
  id: z.uuid(),
  year: z.number().int(),
  result: inspectionResultSchema,
  inspectedOn: z.string().nullable(),
  note: z.string().nullable(),
});

export const inspectionInputSchema = z.strictObject({
  year: z.number().int().min(1990).max(2100),
  result: inspectionResultSchema,
  inspectedOn: calendarDateSchema.nullish(),
  note: optionalText(500),
});

export const creditRecordSchema = z.object({
  id: z.uuid(),
  kind: creditRecordKindSchema,
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  documentRef: z.string().nullable(),
  description: z.string().nullable(),
  version: z.number().int(),
});

export const creditRecordInputSchema = z.strictObject({
  kind: enteredCreditRecordKindSchema,
  startedOn: calendarDateSchema,
  endedOn: calendarDateSchema.nullish(),
  documentRef: optionalText(100),
  description: optionalText(500),
});

export const endCreditRecordSchema = z.strictObject({
  version: z.number().int(),
  endedOn: calendarDateSchema,
});

export const grantSchema = z.object({
  id: z.uuid(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  kind: grantKindSchema,
  title: z.string(),
  amountFen: z.number().int(),
  grantedOn: z.string(),
  fundingSource: fundingSourceSchema,
  documentRef: z.string().nullable(),
  regionCode: z.string(),
});

export const grantInputSchema = z.strictObject({
  kind: grantKindSchema,
  title: z.string().trim().min(1).max(100),
  /** In fen (分): 3000 yuan is 300000. */
  amountFen: z.number().int().positive().max(10_000_000_000),
  grantedOn: calendarDateSchema,
  fundingSource: fundingSourceSchema,
  /** The granting government's region; defaults to the organisation's. */
  regionCode: regionCodeSchema.optional(),
  documentRef: optionalText(100),
});

export const eligibilitySchema = z.object({
  eligible: z.boolean(),
  reasons: z.array(z.object({ code: z.string(), message: z.string() })),
});

export const currentRatingSchema = z
  .object({ grade: ratingGradeSchema, ratedOn: z.string(), validUntil: z.string() })
  .nullable();

/** The registry's people and numbers in full (masked elsewhere), for those who keep it; audited. */
export const revealedOrganisationSchema = z.object({
  legalRepresentative: z.string(),
  contactPerson: z.string().nullable(),
  contactPhone: z.string().nullable(),
});
export type RevealedOrganisation = z.infer<typeof revealedOrganisationSchema>;

export const organisationSchema = z.object({
  id: z.uuid(),
  creditCode: z.string(),
  name: z.string(),
  type: organisationTypeSchema,
  background: organisationBackgroundSchema,
  registeredOn: z.string(),
  /** Masked (王*), like the contact person and phone: whole through the reveal. */
  legalRepresentative: z.string(),
  contactPerson: z.string().nullable(),
  contactPhone: z.string().nullable(),
  address: z.string().nullable(),
  regionCode: z.string(),
  regionName: z.string(),
  serviceFields: z.array(serviceFieldSchema),
  status: z.enum(['active', 'deactivated']),
  deactivatedOn: z.string().nullable(),
  deactivationReason: z.string().nullable(),
  /** The grade in force today, shown wherever the organisation is. */
  currentRating: currentRatingSchema,
  /** Social workers employed today (from the talent registry's jobs), counted within the caller's scope. */
  headcount: z.number().int().nullable(),
  /**
   * What the caller may do with it (the server's word: permission, scope and state), so pages
   * do not work it out again: edit the registry entry, record ratings, inspections and conduct,
   * record support (an organisation's own administrator may do none of them).
   */
  can: z.object({ edit: z.boolean(), assess: z.boolean(), support: z.boolean() }),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const organisationDetailSchema = organisationSchema.extend({
  eligibility: eligibilitySchema,
  ratings: z.array(ratingSchema),
  inspections: z.array(inspectionSchema),
  creditRecords: z.array(creditRecordSchema),
  /** Subsidies and awards; null when the caller may not read them (not the same as none). */
  grants: z.array(grantSchema).nullable(),
});

export const organisationListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  region: regionCodeSchema.optional(),
  type: organisationTypeSchema.optional(),
  background: organisationBackgroundSchema.optional(),
  grade: z.union([ratingGradeSchema, z.literal('none')]).optional(),
  minGrade: ratingGradeSchema.optional(),
  serviceField: serviceFieldSchema.optional(),
  status: z.enum(['active', 'deactivated']).optional(),
});

export const incubationBaseSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  address: z.string().nullable(),
  openedOn: z.string().nullable(),
  capacity: z.number().int().nullable(),
  residents: z.number().int(),
  version: z.number().int(),
});

export const incubationBaseInputSchema = z.strictObject({
  name: z.string().trim().min(2).max(100),
  regionCode: regionCodeSchema,
  address: optionalText(200),
  openedOn: calendarDateSchema.nullish(),
  capacity: z.number().int().positive().max(10_000).nullish(),
});

export const residencySchema = z.object({
  id: z.uuid(),
  baseId: z.uuid(),
  baseName: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  enteredOn: z.string(),
  exitedOn: z.string().nullable(),
  supports: z.array(incubationSupportSchema),
  note: z.string().nullable(),
  version: z.number().int(),
});

export const residencyInputSchema = z.strictObject({
  organisationId: z.uuid(),
  enteredOn: calendarDateSchema,
  supports: z.array(incubationSupportSchema).max(10).default([]),
  note: optionalText(500),
});

export const endResidencySchema = z.strictObject({
  version: z.number().int(),
  exitedOn: calendarDateSchema,
  note: optionalText(500),
});

export type Organisation = z.infer<typeof organisationSchema>;
export type OrganisationDetail = z.infer<typeof organisationDetailSchema>;
export type OrganisationInput = z.infer<typeof organisationInputSchema>;
export type UpdateOrganisation = z.infer<typeof updateOrganisationSchema>;
export type OrganisationListQuery = z.infer<typeof organisationListQuerySchema>;
export type Rating = z.infer<typeof ratingSchema>;
export type RatingInput = z.infer<typeof ratingInputSchema>;
export type Inspection = z.infer<typeof inspectionSchema>;
export type InspectionInput = z.infer<typeof inspectionInputSchema>;
export type CreditRecord = z.infer<typeof creditRecordSchema>;
export type CreditRecordInput = z.infer<typeof creditRecordInputSchema>;
export type Grant = z.infer<typeof grantSchema>;
export type GrantInput = z.infer<typeof grantInputSchema>;
export type IncubationBase = z.infer<typeof incubationBaseSchema>;
export type IncubationBaseInput = z.infer<typeof incubationBaseInputSchema>;
export type Residency = z.infer<typeof residencySchema>;
export type ResidencyInput = z.infer<typeof residencyInputSchema>;
