import { z } from 'zod';
import { populationGroupSchema } from '../../enums/population-groups';
import { mobileSchema, regionCodeSchema, residentIdSchema } from '../../zod/identifier-schemas';
import { calendarDateSchema } from '../dates';
import {
  clientAgeBandSchema,
  consentGiverSchema,
  consentKindSchema,
  riskLevelSchema,
} from './client-enums';

const optionalText = (max: number) => z.string().trim().max(max).nullish();

const guardianSchema = z.strictObject({
  name: z.string().trim().min(1).max(50),
  relation: z.string().trim().min(1).max(20),
  phone: mobileSchema.nullish(),
});

/** A consent as recorded: who gave it, on what day, and what shows it. */
export const consentInputSchema = z.strictObject({
  kind: consentKindSchema,
  /** For `sharing`: the organisation the client agrees to share with. */
  sharedWithOrganisationId: z.uuid().nullish(),
  givenBy: consentGiverSchema,
  givenOn: calendarDateSchema,
  /** Where the signed form is kept, when no file is attached (纸质档案编号…). */
  evidenceNote: optionalText(200),
});

const clientFields = z.strictObject({
  /** Optional: many clients have none to hand. */
  idNumber: residentIdSchema.nullish(),
  name: z.string().trim().min(1).max(50),
  sex: z.enum(['male', 'female']),
  /** Either the birth date or an age band; with an ID number both come from it. */
  birthDate: calendarDateSchema.nullish(),
  ageBand: clientAgeBandSchema.nullish(),
  /** Where the client lives, down to the village or community. */
  regionCode: regionCodeSchema,
  populationGroups: z.array(populationGroupSchema).max(8),
  riskLevel: riskLevelSchema,
  phone: mobileSchema.nullish(),
  address: optionalText(200),
  guardian: guardianSchema.nullish(),
});

/**
 * A new client, with the consent to be served by the actor's organisation. Under 14 the guardian
 * is named and gives the consent.
 */
export const clientInputSchema = clientFields.extend({
  populationGroups: clientFields.shape.populationGroups.default([]),
  consent: consentInputSchema.omit({ kind: true, sharedWithOrganisationId: true }),
  /** Set after the duplicate check was shown: the worker saw the likely matches and creates anyway. */
  duplicatesChecked: z.boolean().default(false),
});
export type ClientInput = z.infer<typeof clientInputSchema>;

export const updateClientSchema = clientFields
  .omit({ idNumber: true })
  .partial()
  .extend({ version: z.number().int() })
  .strict();
export type UpdateClient = z.infer<typeof updateClientSchema>;

export const consentSchema = z.object({
  id: z.uuid(),
  kind: consentKindSchema,
  organisationId: z.uuid(),
  organisationName: z.string(),
  givenBy: consentGiverSchema,
  givenOn: z.string(),
  evidenceNote: z.string().nullable(),
  hasEvidenceFile: z.boolean(),
  revokedOn: z.string().nullable(),
  revokedReason: z.string().nullable(),
  active: z.boolean(),
});
export type Consent = z.infer<typeof consentSchema>;

/** A client as their organisation's workers see them: ID number and phones masked. */
export const clientSchema = z.object({
  id: z.uuid(),
  idNumber: z.string().nullable(),
  name: z.string(),
  sex: z.enum(['male', 'female']),
  age: z.number().int().nullable(),
  ageBand: clientAgeBandSchema.nullable(),
  minor: z.boolean(),
  regionCode: z.string(),
  regionName: z.string(),
  populationGroups: z.array(populationGroupSchema),
  riskLevel: riskLevelSchema,
  phone: z.string().nullable(),
  address: z.string().nullable(),
  guardian: z
    .object({ name: z.string(), relation: z.string(), phone: z.string().nullable() })
    .nullable(),
  organisationId: z.uuid(),
  mergedInto: z.uuid().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  can: z.object({ edit: z.boolean(), recordConsent: z.boolean(), merge: z.boolean() }),
});
export type Client = z.infer<typeof clientSchema>;

export const clientDetailSchema = clientSchema.extend({
  consents: z.array(consentSchema),
  /** Who opened the file without working on it (an officer, with a reason): the client's record shows it. */
  fileOpenings: z.array(z.object({ at: z.string(), actorName: z.string(), reason: z.string() })),
});
export type ClientDetail = z.infer<typeof clientDetailSchema>;

export const clientListQuerySchema = z.strictObject({
  q: z.string().trim().max(50).optional(),
  region: regionCodeSchema.optional(),
  riskLevel: riskLevelSchema.optional(),
  populationGroup: populationGroupSchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ClientListQuery = z.infer<typeof clientListQuerySchema>;

export const clientPageSchema = z.object({
  items: z.array(clientSchema),
  nextCursor: z.string().nullable(),
});

/** Before creating: the same ID number (exact) or a likely match (name + birth date, or phone). */
export const duplicateQuerySchema = z.strictObject({
  idNumber: residentIdSchema.nullish(),
  name: z.string().trim().min(1).max(50),
  birthDate: calendarDateSchema.nullish(),
  phone: mobileSchema.nullish(),
});
export type DuplicateQuery = z.infer<typeof duplicateQuerySchema>;

export const duplicateMatchSchema = z.object({
  id: z.uuid(),
  /** Masked name, sex and birth year: enough to recognise, not to identify. */
  name: z.string(),
  sex: z.enum(['male', 'female']),
  birthYear: z.number().int().nullable(),
  idNumber: z.string().nullable(),
  regionName: z.string(),
  matchedBy: z.enum(['idNumber', 'nameAndBirthDate', 'phone']),
  /** Whether the actor's organisation already serves them (then open it, else link). */
  servedByYou: z.boolean(),
});
export type DuplicateMatch = z.infer<typeof duplicateMatchSchema>;

/** Takes an existing client in: records their consent to be served by the actor's organisation. */
export const linkClientSchema = z.strictObject({
  consent: consentInputSchema.omit({ kind: true, sharedWithOrganisationId: true }),
});

export const revokeConsentSchema = z.strictObject({
  revokedOn: calendarDateSchema,
  reason: z.string().trim().min(1).max(200),
});

export const mergeClientsSchema = z.strictObject({
  /** The duplicate, merged into the record of the URL and kept as history. */
  duplicateId: z.uuid(),
  reason: z.string().trim().min(2).max(200),
});

/** An officer opens a client's file: the reason is recorded and shown on the client's record. */
export const openFileSchema = z.strictObject({ reason: z.string().trim().min(4).max(200) });
