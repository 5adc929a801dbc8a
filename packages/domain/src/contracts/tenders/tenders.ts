import { z } from 'zod';
import { codesOf, type EnumEntry } from '../../enums/enum-entry';
import { certificateLevelSchema } from '../../enums/certificate-levels';
import { ratingGradeSchema } from '../../enums/rating-grades';
import { serviceFieldSchema } from '../../enums/service-fields';
import { calendarDateSchema } from '../dates';
import { fenSchema } from '../projects/money';

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
/** The version of the tender as read: a change made meanwhile answers 409. */
const version = z.number().int();

/** Where a tender stands: open for bids (招标中), awarded (已定标) or failed (已流标). */
export const tenderStatuses = [
  { code: 'open', 'zh-CN': '招标中', 'en-US': 'Open' },
  { code: 'awarded', 'zh-CN': '已定标', 'en-US': 'Awarded' },
  { code: 'failed', 'zh-CN': '已流标', 'en-US': 'Failed' },
] as const satisfies readonly EnumEntry[];
export type TenderStatus = (typeof tenderStatuses)[number]['code'];
export const tenderStatusSchema = z.enum(codesOf(tenderStatuses));

export const eligibilityRuleCodes = [
  'registration',
  'rating',
  'inspection',
  'lists',
  'evaluation',
  'fields',
  'region',
] as const;

// ── Requests ────────────────────────────────────────────────────────────────────────────────

/** 资格条件: what a bidder must meet on the deadline's day (see `tenderEligibility`). */
export const tenderRulesSchema = z.strictObject({
  /** The lowest rating accepted, valid on the deadline (e.g. 3A); null: none needed. */
  minimumRating: ratingGradeSchema.nullable().default(null),
  /** The lowest result of the latest annual inspection; null: not checked. */
  minimumInspection: z.enum(['basic_pass', 'pass']).nullable().default(null),
  /** Not on the abnormal-activity list nor the serious dishonesty list on the deadline. */
  excludeListed: z.boolean().default(true),
  serviceFields: z.array(serviceFieldSchema).max(18).default([]),
  fieldsMatch: z.enum(['any', 'all']).default('any'),
  /** Registered in the project's division (or above it), or running a station in it. */
  regionRequired: z.boolean().default(true),
});
export type TenderRulesInput = z.infer<typeof tenderRulesSchema>;

/** 评分标准: one criterion and its weight (the most points a panel member may give for it). */
export const tenderCriterionSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,29}$/),
  name: text(1, 40),
  weight: z.number().int().min(1).max(100),
});
export type TenderCriterion = z.infer<typeof tenderCriterionSchema>;

/** The usual criteria: 技术方案 60, 报价 30, 资信 10. */
export const defaultTenderCriteria: TenderCriterion[] = [
  { code: 'technical', name: '技术方案', weight: 60 },
  { code: 'price', name: '报价', weight: 30 },
  { code: 'credit', name: '资信', weight: 10 },
];

const criteriaSchema = z
  .array(tenderCriterionSchema)
  .min(1)
  .max(10)
  .refine((list) => list.reduce((sum, c) => sum + c.weight, 0) === 100, {
    message: 'tender.weights',
  })
  .refine((list) => new Set(list.map((c) => c.code)).size === list.length, {
    message: 'tender.criterionCodes',
  });

/** 发布招标: a set-up project's tender with its rules, dates and scoring criteria. */
export const createTenderSchema = z
  .strictObject({
    projectId: z.uuid(),
    /** The version of the project as read. */
    projectVersion: version,
    /** 招标公告: what the announcement says beyond the rules. */
    notice: text(0, 5000).default(''),
    opensOn: calendarDateSchema,
    /** 投标截止日期: bids are taken until the end of this day (China time). */
    deadline: calendarDateSchema,
    rules: tenderRulesSchema,
    criteria: criteriaSchema.default(defaultTenderCriteria),
  })
  .refine((t) => t.deadline >= t.opensOn, { path: ['deadline'], message: 'tender.dates' });
export type CreateTender = z.infer<typeof createTenderSchema>;

/** 评审小组: the panel members, by name and work unit. */
export const tenderPanelSchema = z.strictObject({
  version,
  members: z
    .array(z.strictObject({ name: text(1, 40), unit: text(0, 100).default('') }))
    .min(1)
    .max(15),
});
export type TenderPanelInput = z.infer<typeof tenderPanelSchema>;

/** One panel member's score sheet: points per bid and criterion (replaces what they gave before). */
export const tenderScoreSheetSchema = z.strictObject({
  version,
  memberId: z.uuid(),
  scores: z
    .array(
      z.strictObject({
        bidId: z.uuid(),
        criterion: z.string().trim().min(1).max(30),
        points: z.number().int().min(0).max(100),
      }),
    )
    .min(1)
    .max(1000),
});
export type TenderScoreSheet = z.infer<typeof tenderScoreSheetSchema>;

/** 确定中标: the winning bid; a reason is required when it is not the top-scored eligible bid. */
export const tenderAwardSchema = z.strictObject({
  version,
  bidId: z.uuid(),
  reason: text(0, 500).default(''),
});
export type TenderAward = z.infer<typeof tenderAwardSchema>;

/** 流标: the tender fails, with a reason; the project is set up again for another tender. */
export const tenderFailSchema = z.strictObject({ version, reason: text(2, 500) });
export type TenderFail = z.infer<typeof tenderFailSchema>;

/** 投标: the price, the team (workers the organisation employs) and the service plan. */
export const submitBidSchema = z.strictObject({
  priceFen: fenSchema,
  team: z.array(z.uuid()).min(1).max(50),
  plan: text(10, 20000),
});
export type SubmitBid = z.infer<typeof submitBidSchema>;

/** 撤回投标: before the deadline, with a reason; the bid stays in the record as 已撤回. */
export const withdrawBidSchema = z.strictObject({ reason: text(2, 500) });
export type WithdrawBid = z.infer<typeof withdrawBidSchema>;

export const tenderListQuerySchema = z.object({ projectId: z.uuid() });
export type TenderListQuery = z.infer<typeof tenderListQuerySchema>;

// ── Responses ───────────────────────────────────────────────────────────────────────────────

export const eligibilityCheckSchema = z.object({
  rule: z.enum(eligibilityRuleCodes),
  /** The rule's name in the reader's language. */
  label: z.string(),
  passed: z.boolean(),
  /** What the registry showed, in one sentence in the reader's language. */
  text: z.string(),
  /** The facts read (rating and expiry, inspection, list entries, fields, region, stations). */
  evidence: z.record(z.string(), z.unknown()),
});
export const eligibilityVerdictSchema = z.object({
  eligible: z.boolean(),
  asOf: z.string(),
  checks: z.array(eligibilityCheckSchema),
});
export type EligibilityVerdictView = z.infer<typeof eligibilityVerdictSchema>;

export const bidTeamMemberSchema = z.object({
  workerId: z.string(),
  name: z.string(),
  /** The highest certificate the worker held when the bid was made. */
  certificateLevel: certificateLevelSchema.nullable(),
});
export type BidTeamMember = z.infer<typeof bidTeamMemberSchema>;

const criterionAverageSchema = z.object({
  criterion: z.string(),
  name: z.string(),
  weight: z.number().int(),
  /** The panel's mean points, one decimal; null until someone scored it. */
  average: z.number().nullable(),
});

/** A bid as the purchasing department sees it: everything, with its verdict and scores. */
export const tenderBidSchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  priceFen: z.number().int(),
  team: z.array(bidTeamMemberSchema),
  plan: z.string(),
  submittedAt: z.string(),
  submittedByName: z.string(),
  /** 已撤回: when and why; a withdrawn bid is neither scored, ranked nor awarded. */
  withdrawnAt: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  eligibility: eligibilityVerdictSchema,
  /** Every panel member's points, by criterion. */
  scores: z.array(z.object({ memberId: z.string(), criterion: z.string(), points: z.number() })),
  criteria: z.array(criterionAverageSchema),
  /** The sum of the criteria's means; null until every member scored every criterion. */
  total: z.number().nullable(),
  /** Place among the eligible bids fully scored, 1 the best; null otherwise. */
  rank: z.number().int().nullable(),
});
export type TenderBid = z.infer<typeof tenderBidSchema>;

/** A bid as its own organisation sees it: its verdict, and its own scores once the result is out. */
export const ownBidSchema = z.object({
  id: z.string(),
  tenderId: z.string(),
  priceFen: z.number().int(),
  team: z.array(bidTeamMemberSchema),
  plan: z.string(),
  submittedAt: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  /** The bidder may still withdraw it: the tender open, its deadline not passed. */
  canWithdraw: z.boolean(),
  eligibility: eligibilityVerdictSchema,
  /** Null until the result is published. */
  won: z.boolean().nullable(),
  /** Its own scores only, after the result is published; null before. */
  scores: z
    .object({ total: z.number().nullable(), criteria: z.array(criterionAverageSchema) })
    .nullable(),
});
export type OwnBid = z.infer<typeof ownBidSchema>;

export const tenderAwardViewSchema = z.object({
  bidId: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  reason: z.string().nullable(),
  awardedByName: z.string(),
  awardedAt: z.string(),
});

/** What an announcement says (招标公告), to anyone who may bid. */
export const tenderNoticeSchema = z.object({
  id: z.string(),
  projectId: z.string(),
  projectCode: z.string(),
  projectTitle: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  budgetFen: z.number().int(),
  serviceFields: z.array(serviceFieldSchema),
  termStart: z.string(),
  termEnd: z.string(),
  status: tenderStatusSchema,
  notice: z.string(),
  opensOn: z.string(),
  deadline: z.string(),
  rules: tenderRulesSchema,
  criteria: z.array(tenderCriterionSchema),
  publishedAt: z.string(),
  /** When the result was published (the award or 流标); null while open. */
  resultPublishedAt: z.string().nullable(),
  /** The winner's name once awarded (中标公告). */
  awardedOrganisationName: z.string().nullable(),
  failedReason: z.string().nullable(),
  version: z.number().int(),
});
export type TenderNotice = z.infer<typeof tenderNoticeSchema>;

export const tenderDetailSchema = tenderNoticeSchema.extend({
  /** The reader is the purchasing department (all bids) or a bidder (its own bids only). */
  asBidder: z.boolean(),
  publishedByName: z.string(),
  panel: z.array(z.object({ id: z.string(), name: z.string(), unit: z.string() })),
  /** Every bid: for the purchasing department only (empty for a bidder). */
  bids: z.array(tenderBidSchema),
  /** The eligible bid with the highest complete total, if any. */
  topBidId: z.string().nullable(),
  award: tenderAwardViewSchema.nullable(),
  /** The reader's organisation's own bids (a bidder). */
  ownBids: z.array(ownBidSchema),
  can: z.object({ manage: z.boolean(), bid: z.boolean() }),
});
export type TenderDetail = z.infer<typeof tenderDetailSchema>;

export const tenderSummarySchema = z.object({
  id: z.string(),
  status: tenderStatusSchema,
  opensOn: z.string(),
  deadline: z.string(),
  bids: z.number().int(),
  awardedOrganisationName: z.string().nullable(),
  failedReason: z.string().nullable(),
  publishedAt: z.string(),
});
export type TenderSummary = z.infer<typeof tenderSummarySchema>;
export const tenderListSchema = z.object({ items: z.array(tenderSummarySchema) });
export type TenderList = z.infer<typeof tenderListSchema>;

/** Open tenders (招标公告) for a bidder, with its own bid if it made one. */
export const openTenderSchema = tenderNoticeSchema.extend({ ownBidId: z.string().nullable() });
export const openTenderListSchema = z.object({ items: z.array(openTenderSchema) });
export type OpenTender = z.infer<typeof openTenderSchema>;

/** The bidder's own bids across tenders. */
export const myBidSchema = ownBidSchema.extend({ tender: tenderNoticeSchema });
export const myBidListSchema = z.object({ items: z.array(myBidSchema) });
export type MyBid = z.infer<typeof myBidSchema>;

/** The workers a bidder may name in its team. */
export const bidderStaffSchema = z.object({
  items: z.array(bidTeamMemberSchema.extend({ idNumber: z.string() })),
});
export type BidderStaff = z.infer<typeof bidderStaffSchema>;
