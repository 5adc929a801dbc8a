import { z } from 'zod';
import { populationGroupSchema } from '../../enums/population-groups';
import { serviceFieldSchema } from '../../enums/service-fields';
import { regionCodeSchema } from '../../zod/identifier-schemas';
import { calendarDateSchema } from '../dates';
import { fenSchema } from './money';
import {
  projectStateSchema,
  projectTypeSchema,
  reviewResultSchema,
  type ProjectState,
} from './project-enums';

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
/** The version of the project as read: a change made meanwhile answers 409. */
const version = z.number().int();
const year = z.number().int().min(2000).max(2100);

// ── Requests ────────────────────────────────────────────────────────────────────────────────

/** 服务区域: the divisions and the stations the project serves. */
export const projectAreaSchema = z.strictObject({
  regionCodes: z.array(regionCodeSchema).max(200).default([]),
  stationIds: z.array(z.uuid()).max(200).default([]),
});
export type ProjectArea = z.infer<typeof projectAreaSchema>;

const planFields = {
  /** 项目名称 */
  title: text(2, 200),
  type: projectTypeSchema,
  /** 需求调研: what the study found the people of the area need. */
  needs: text(0, 5000).default(''),
  area: projectAreaSchema.default({ regionCodes: [], stationIds: [] }),
  serviceFields: z.array(serviceFieldSchema).min(1).max(18),
  populationGroups: z.array(populationGroupSchema).max(8).default([]),
  /** 项目预算 in fen. */
  budgetFen: fenSchema,
  termStart: calendarDateSchema,
  termEnd: calendarDateSchema,
};

/** The term ends on or after its start (refused on `termEnd` with `term.order`). */
export const projectTermInOrder = (p: {
  termStart?: string | undefined;
  termEnd?: string | undefined;
}) => !p.termStart || !p.termEnd || p.termStart <= p.termEnd;
const termInOrder = projectTermInOrder;

/** The fields of a new project: the form's and the project import's rows alike. */
export const createProjectFields = {
  /** The purchasing department's division (购买主体所在区划). */
  regionCode: regionCodeSchema,
  year,
  /** 项目编号; given by the department, unique within its division. */
  code: text(1, 40),
  ...planFields,
};

/** A new project (草稿), in the purchasing department's division. */
export const createProjectSchema = z
  .strictObject(createProjectFields)
  .refine(termInOrder, { path: ['termEnd'], message: 'term.order' });
export type CreateProject = z.infer<typeof createProjectSchema>;

/** A change of the plan: only while the project is a draft. */
export const updateProjectSchema = z
  .strictObject({
    year: year.optional(),
    code: text(1, 40).optional(),
    title: planFields.title.optional(),
    type: projectTypeSchema.optional(),
    needs: text(0, 5000).optional(),
    area: projectAreaSchema.optional(),
    serviceFields: planFields.serviceFields.optional(),
    populationGroups: z.array(populationGroupSchema).max(8).optional(),
    budgetFen: fenSchema.optional(),
    termStart: calendarDateSchema.optional(),
    termEnd: calendarDateSchema.optional(),
    version,
  })
  .refine(termInOrder, { path: ['termEnd'], message: 'term.order' });
export type UpdateProject = z.infer<typeof updateProjectSchema>;

/** A move that needs nothing but the version read. */
export const projectStepSchema = z.strictObject({ version });
export type ProjectStep = z.infer<typeof projectStepSchema>;

/** A move that must say why (退回, 终止). */
export const projectReasonStepSchema = z.strictObject({ version, reason: text(2, 500) });
export type ProjectReasonStep = z.infer<typeof projectReasonStepSchema>;

/** 论证: the expert review, its reviewers, opinions and result; moves the project on or back. */
export const projectReviewInputSchema = z.strictObject({
  version,
  reviewedOn: calendarDateSchema,
  /** The experts (评审专家) by name and, optionally, their work unit. */
  reviewers: z
    .array(z.strictObject({ name: text(1, 40), affiliation: text(0, 100).default('') }))
    .min(1)
    .max(15),
  opinion: text(2, 5000),
  result: reviewResultSchema,
});
export type ProjectReviewInput = z.infer<typeof projectReviewInputSchema>;

export const projectListQuerySchema = z.object({
  state: projectStateSchema.optional(),
  field: serviceFieldSchema.optional(),
  /** Inside the reader's scope: this division and below. */
  region: regionCodeSchema.optional(),
  provider: z.uuid().optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  q: z.string().trim().max(50).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(20),
});
export type ProjectListQuery = z.infer<typeof projectListQuerySchema>;

/** 项目台账: the list's filters, every project they select. */
export const projectLedgerQuerySchema = projectListQuerySchema.omit({ cursor: true, limit: true });

// ── Responses ───────────────────────────────────────────────────────────────────────────────

export const projectMoveRecordSchema = z.object({
  id: z.string(),
  from: projectStateSchema.nullable(),
  to: projectStateSchema,
  actorName: z.string(),
  at: z.string(),
  reason: z.string().nullable(),
});
export type ProjectMoveRecord = z.infer<typeof projectMoveRecordSchema>;

export const projectReviewSchema = z.object({
  id: z.string(),
  reviewedOn: z.string(),
  reviewers: z.array(z.object({ name: z.string(), affiliation: z.string() })),
  opinion: z.string(),
  result: reviewResultSchema,
  recordedByName: z.string(),
  recordedAt: z.string(),
});
export type ProjectReview = z.infer<typeof projectReviewSchema>;

export const projectSummarySchema = z.object({
  id: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  year: z.number().int(),
  code: z.string(),
  title: z.string(),
  type: projectTypeSchema,
  serviceFields: z.array(serviceFieldSchema),
  budgetFen: z.number().int(),
  termStart: z.string(),
  termEnd: z.string(),
  state: projectStateSchema,
  providerOrganisationId: z.string().nullable(),
  providerName: z.string().nullable(),
  version: z.number().int(),
});
export type ProjectSummary = z.infer<typeof projectSummarySchema>;

export const projectPageSchema = z.object({
  items: z.array(projectSummarySchema),
  nextCursor: z.string().nullable(),
});
export type ProjectPage = z.infer<typeof projectPageSchema>;

export const projectDetailSchema = projectSummarySchema.extend({
  needs: z.string(),
  area: z.object({ regionCodes: z.array(z.string()), stationIds: z.array(z.string()) }),
  /** The area's divisions by name, in the order of `area.regionCodes`. */
  areaRegionNames: z.array(z.string()),
  populationGroups: z.array(populationGroupSchema),
  draftedByName: z.string(),
  approvedByName: z.string().nullable(),
  approvedAt: z.string().nullable(),
  terminationReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** Every move with who and when, oldest first (the timeline). */
  moves: z.array(projectMoveRecordSchema),
  reviews: z.array(projectReviewSchema),
  /** What the reader may do next (moves of the projects module the reader may make now). */
  allowedMoves: z.array(projectStateSchema),
  /** The plan may still be edited (a draft, by the purchasing department). */
  editable: z.boolean(),
  /** The reader sees the project as its provider (机构管理员), not as the purchaser. */
  asProvider: z.boolean(),
});
export type ProjectDetail = z.infer<typeof projectDetailSchema>;

export type { ProjectState };
