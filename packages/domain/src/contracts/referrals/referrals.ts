import { z } from 'zod';
import { serviceFieldSchema } from '../../enums/service-fields';
import { regionCodeSchema } from '../../zod/identifier-schemas';
import { clientAgeBandSchema, consentGiverSchema } from '../clients/client-enums';
import { calendarDateSchema } from '../dates';
import { deadlineSchema } from '../deadlines/deadlines';
import {
  referralConsentBasisSchema,
  referralDirectionSchema,
  referralReceiverKindSchema,
  referralStatusSchema,
} from './referral-enums';

const text = (min: number, max: number) => z.string().trim().min(min).max(max);

/**
 * A referral sent from the client's (or the case's) page: to an organisation of the registry,
 * which the client's sharing consent must name, or to a named service of another department,
 * with the client's consent recorded here. Without a consent an account holding
 * `referrals:override_consent` may send it with a reason.
 */
export const sendReferralSchema = z.strictObject({
  clientId: z.uuid(),
  /** The sending case (个案), when referred from one: the result comes back into it. */
  caseId: z.uuid().nullish(),
  /** The station the sender works from; a case names its own. */
  stationId: z.uuid().nullish(),
  receiverKind: referralReceiverKindSchema,
  receiverOrganisationId: z.uuid().nullish(),
  /** A department's service, by name (民政局社会救助科, 残联…), and the division it serves. */
  departmentName: text(2, 60).nullish(),
  departmentRegionCode: regionCodeSchema.nullish(),
  serviceField: serviceFieldSchema.nullish(),
  /** Why the client is referred: the need the sender cannot meet. */
  reason: text(2, 500),
  /** What the receiver reads before it answers: written for the receiver, no more than it needs. */
  sharedSummary: text(10, 2000),
  /** For a department: the client's consent to share with it, as given. */
  consent: z
    .strictObject({
      givenBy: consentGiverSchema,
      givenOn: calendarDateSchema,
      evidenceNote: text(1, 200).nullish(),
    })
    .nullish(),
  /** Without a consent: the reason for sharing all the same (needs `referrals:override_consent`). */
  overrideConsent: z.strictObject({ reason: text(4, 200) }).nullish(),
});
export type SendReferral = z.infer<typeof sendReferralSchema>;

const versioned = { version: z.number().int() };

export const acceptReferralSchema = z.strictObject({ ...versioned, note: text(1, 500).nullish() });
export const refuseReferralSchema = z.strictObject({ ...versioned, reason: text(2, 500) });
/** The result reported back to the sender (and into the sending case). */
export const completeReferralSchema = z.strictObject({ ...versioned, result: text(2, 2000) });
export const revokeReferralSchema = z.strictObject({ ...versioned, reason: text(2, 200) });
/** 回转: the receiver hands the client back to the station that referred them. */
export const returnReferralSchema = z.strictObject({
  reason: text(2, 500),
  sharedSummary: text(10, 2000),
});

export const referralBoxSchema = z.enum(['inbox', 'outbox']);
export type ReferralBox = z.infer<typeof referralBoxSchema>;

export const referralListQuerySchema = z.strictObject({
  /** inbox: referrals to the reader's organisation; outbox: those it sent. */
  box: referralBoxSchema.default('outbox'),
  status: referralStatusSchema.optional(),
  /** Only those past a deadline now (the answer, or the result). */
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  client: z.uuid().optional(),
  case: z.uuid().optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export type ReferralListQuery = z.infer<typeof referralListQuerySchema>;

/** Whose side of the referral the reader is on: what they see and may do follows from it. */
export const referralSideSchema = z.enum(['sender', 'receiver']);
export type ReferralSide = z.infer<typeof referralSideSchema>;

export const referralSchema = z.object({
  id: z.uuid(),
  direction: referralDirectionSchema,
  /** For a return (回转): the referral it hands back. */
  returnOf: z.uuid().nullable(),
  status: referralStatusSchema,
  side: referralSideSchema,
  client: z.object({
    id: z.uuid(),
    /** Masked until the receiver accepts; whole to the sender. */
    name: z.string(),
    sex: z.enum(['male', 'female']),
    age: z.number().int().nullable(),
    ageBand: clientAgeBandSchema.nullable(),
    minor: z.boolean(),
    regionCode: z.string(),
    regionName: z.string(),
  }),
  /** Whether the reader sees the client's identity whole (the sender; the receiver once accepted). */
  identityShared: z.boolean(),
  /** The sending case, for the sender only. */
  caseId: z.uuid().nullable(),
  sender: z.object({
    organisationId: z.uuid(),
    organisationName: z.string(),
    stationId: z.uuid().nullable(),
    stationName: z.string().nullable(),
    workerName: z.string(),
  }),
  receiver: z.object({
    kind: referralReceiverKindSchema,
    organisationId: z.uuid().nullable(),
    name: z.string(),
    /** A department's division; null for an organisation (the registry names it). */
    regionCode: z.string().nullable(),
    regionName: z.string().nullable(),
    stationId: z.uuid().nullable(),
    stationName: z.string().nullable(),
  }),
  serviceField: serviceFieldSchema.nullable(),
  /** What the referral shares: null to a receiver once it refused or the sender revoked it. */
  reason: z.string().nullable(),
  sharedSummary: z.string().nullable(),
  consent: z.object({
    basis: referralConsentBasisSchema,
    /** An override: its reason and who made it. */
    overrideReason: z.string().nullable(),
    overriddenByName: z.string().nullable(),
    /** A consent recorded on the referral (department). */
    givenBy: consentGiverSchema.nullable(),
    givenOn: z.string().nullable(),
    /** The sharing consent the referral rests on was revoked since it was sent. */
    withdrawn: z.boolean(),
  }),
  sentAt: z.string(),
  answeredAt: z.string().nullable(),
  answeredByName: z.string().nullable(),
  /** A department's answer is recorded by the sender on its behalf. */
  answeredOnBehalf: z.boolean(),
  acceptNote: z.string().nullable(),
  refusalReason: z.string().nullable(),
  doneAt: z.string().nullable(),
  doneByName: z.string().nullable(),
  result: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revokedByName: z.string().nullable(),
  revokeReason: z.string().nullable(),
  answerDueAt: z.string().nullable(),
  reportDueAt: z.string().nullable(),
  /** Past a deadline now: the answer while waiting, the result once accepted. */
  overdue: z.boolean(),
  version: z.number().int(),
  can: z.object({
    accept: z.boolean(),
    refuse: z.boolean(),
    complete: z.boolean(),
    revoke: z.boolean(),
    /** 回转: hand the client back to the station that referred them. */
    returnBack: z.boolean(),
  }),
});
export type Referral = z.infer<typeof referralSchema>;

export const referralStepSchema = z.object({
  step: z.enum(['sent', 'accepted', 'refused', 'done', 'revoked']),
  at: z.string(),
  byName: z.string(),
  note: z.string().nullable(),
});
export type ReferralStep = z.infer<typeof referralStepSchema>;

export const referralDetailSchema = referralSchema.extend({
  /** The referral's history, oldest first. */
  history: z.array(referralStepSchema),
  /** Its deadlines (the answer, the result), with the policy's label. */
  deadlines: z.array(deadlineSchema.extend({ label: z.string() })),
  /** Returns (回转) of this referral, and the referral this one returns. */
  related: z.array(
    z.object({
      id: z.uuid(),
      direction: referralDirectionSchema,
      status: referralStatusSchema,
      sentAt: z.string(),
      receiverName: z.string(),
    }),
  ),
});
export type ReferralDetail = z.infer<typeof referralDetailSchema>;

export const referralPageSchema = z.object({
  items: z.array(referralSchema),
  nextCursor: z.string().nullable(),
});

/** For a social worker's home: what waits on the reader's organisation, and what is late. */
export const referralSummarySchema = z.object({
  /** To answer (inbox, waiting). */
  waiting: z.number().int(),
  /** Accepted, the result still to report (inbox). */
  toReport: z.number().int(),
  /** Past a deadline, received and sent. */
  inboxOverdue: z.number().int(),
  outboxOverdue: z.number().int(),
});
export type ReferralSummary = z.infer<typeof referralSummarySchema>;

export const referralBoardQuerySchema = z.strictObject({
  region: regionCodeSchema.optional(),
  /** Referrals sent on these days (Shanghai), this year by default. */
  from: calendarDateSchema.optional(),
  to: calendarDateSchema.optional(),
});
export type ReferralBoardQuery = z.infer<typeof referralBoardQuerySchema>;

export const referralFiguresSchema = z.object({
  sent: z.number().int(),
  pending: z.number().int(),
  accepted: z.number().int(),
  refused: z.number().int(),
  done: z.number().int(),
  revoked: z.number().int(),
  /** Past a deadline now. */
  overdue: z.number().int(),
  /** Answered, and answered after the answer was due. */
  answered: z.number().int(),
  answeredLate: z.number().int(),
  /** Reported back after the result was due. */
  reportedLate: z.number().int(),
  /** From sending to the answer, in hours (half are answered faster). */
  medianAnswerHours: z.number().nullable(),
});
export type ReferralFigures = z.infer<typeof referralFiguresSchema>;

/** The officers' board: counts and timeliness in a region, by division, and the overdue ones. */
export const referralBoardSchema = z.object({
  regionCode: z.string(),
  regionName: z.string(),
  from: z.string(),
  to: z.string(),
  totals: referralFiguresSchema,
  byRegion: z.array(
    referralFiguresSchema.extend({ regionCode: z.string(), regionName: z.string() }),
  ),
  /** De-identified: the client's name masked, nothing of what the referral shares. */
  overdueReferrals: z.array(
    z.object({
      id: z.uuid(),
      clientName: z.string(),
      regionName: z.string(),
      senderName: z.string(),
      receiverName: z.string(),
      status: referralStatusSchema,
      sentAt: z.string(),
      dueAt: z.string(),
    }),
  ),
});
export type ReferralBoard = z.infer<typeof referralBoardSchema>;
