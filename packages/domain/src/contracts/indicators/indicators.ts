import { z } from 'zod';
import { codesOf } from '../../enums/enum-entry';
import { regionCodeSchema } from '../../zod/identifier-schemas';
import { projectTypeSchema } from '../projects/project-enums';

const text = (min: number, max: number) => z.string().trim().min(min).max(max);
const version = z.number().int();

/** 计分方式: 组合分 (the sum of checklist parts) or 程度分 (a graded judgement on anchored levels). */
export const scoringTypes = [
  { code: 'combined', 'zh-CN': '组合分', 'en-US': 'Checklist (sum of parts)' },
  { code: 'graded', 'zh-CN': '程度分', 'en-US': 'Graded (anchored levels)' },
] as const;
export type ScoringType = (typeof scoringTypes)[number]['code'];
export const scoringTypeSchema = z.enum(codesOf(scoringTypes));

/** 评分主体: who scores an item. */
export const scoringParties = [
  { code: 'third_party', 'zh-CN': '第三方评估机构', 'en-US': 'Third-party evaluator' },
  { code: 'purchaser', 'zh-CN': '购买方', 'en-US': 'Purchaser' },
  { code: 'community', 'zh-CN': '服务对象/社区', 'en-US': 'Community served' },
  { code: 'supervising_office', 'zh-CN': '业务主管部门', 'en-US': 'Supervising office' },
] as const;
export type ScoringParty = (typeof scoringParties)[number]['code'];
export const scoringPartySchema = z.enum(codesOf(scoringParties));

/** 版本状态: a draft is edited; a published version is frozen (a change is a new version). */
export const indicatorVersionStates = [
  { code: 'draft', 'zh-CN': '草稿', 'en-US': 'Draft' },
  { code: 'published', 'zh-CN': '已发布', 'en-US': 'Published' },
] as const;
export type IndicatorVersionState = (typeof indicatorVersionStates)[number]['code'];
export const indicatorVersionStateSchema = z.enum(codesOf(indicatorVersionStates));

/** A part of a 组合分 item: one thing checked and the points it gives. */
export const indicatorPartSchema = z.strictObject({
  text: text(1, 200),
  points: z.number().min(0).max(100),
});

/** A level of a 程度分 item: 优/良/中/差, the share of the item's points (0–100) and what it means. */
export const indicatorLevelSchema = z.strictObject({
  label: text(1, 20),
  sharePercent: z.number().min(0).max(100),
  description: z.string().trim().max(500).default(''),
});

/**
 * One indicator of the tree, in a flat list in display order: `parentKey` names its parent (a
 * level-1 has none). Level-1 indicators carry their points (their weight; level-1 points sum to
 * 100); leaves carry the points scored, how and by whom; items between carry none.
 */
export const indicatorItemSchema = z.strictObject({
  key: z.string().regex(/^[A-Za-z0-9._-]{1,40}$/),
  parentKey: z.string().max(40).nullable().default(null),
  level: z.number().int().min(1).max(3),
  name: text(1, 200),
  points: z.number().min(0).max(100).nullable().default(null),
  scoringType: scoringTypeSchema.nullable().default(null),
  parts: z.array(indicatorPartSchema).max(30).default([]),
  levels: z.array(indicatorLevelSchema).max(10).default([]),
  /** 评分标准: what the evaluator looks for. */
  criteria: z.string().trim().max(1000).default(''),
  /** 需提供材料: the evidence the provider supplies. */
  evidence: z.string().trim().max(1000).default(''),
  scoringParty: scoringPartySchema.nullable().default(null),
});
export type IndicatorItem = z.output<typeof indicatorItemSchema>;
export type IndicatorItemInput = z.input<typeof indicatorItemSchema>;

const itemsSchema = z.array(indicatorItemSchema).max(300);

// ── Requests ────────────────────────────────────────────────────────────────────────────────

/**
 * A template: for a region (its officers and those below read it) and a project type (none: every
 * type, 通用). `extendsVersionId` names a published version of a template above the region that
 * the new one extends: its items are copied and may not be changed or dropped.
 */
export const createIndicatorTemplateSchema = z.strictObject({
  regionCode: regionCodeSchema,
  projectType: projectTypeSchema.nullable().default(null),
  name: text(1, 100),
  extendsVersionId: z.uuid().optional(),
  items: itemsSchema.optional(),
});
export type CreateIndicatorTemplate = z.input<typeof createIndicatorTemplateSchema>;

export const updateIndicatorDraftSchema = z.strictObject({
  items: itemsSchema,
  note: z.string().trim().max(500).optional(),
  version,
});
export type UpdateIndicatorDraft = z.input<typeof updateIndicatorDraftSchema>;

export const publishIndicatorVersionSchema = z.strictObject({ version });

export const indicatorTemplateListQuerySchema = z.object({
  region: regionCodeSchema.optional(),
  projectType: projectTypeSchema.optional(),
});
export type IndicatorTemplateListQuery = z.infer<typeof indicatorTemplateListQuerySchema>;

export const currentIndicatorQuerySchema = z.object({
  region: regionCodeSchema,
  projectType: projectTypeSchema,
});

// ── Responses ───────────────────────────────────────────────────────────────────────────────

export const indicatorVersionSummarySchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  state: indicatorVersionStateSchema,
  publishedAt: z.string().nullable(),
  /** Used by an evaluation or a contract: it is the version they were measured on. */
  used: z.boolean(),
});

export const indicatorTemplateSchema = z.object({
  id: z.uuid(),
  regionCode: z.string(),
  regionName: z.string(),
  projectType: projectTypeSchema.nullable(),
  name: z.string(),
  extendsTemplateId: z.uuid().nullable(),
  extendsTemplateName: z.string().nullable(),
  versions: z.array(indicatorVersionSummarySchema),
  /** The reader may change it (holds evaluations:configure in the template's region). */
  canConfigure: z.boolean(),
});
export type IndicatorTemplate = z.infer<typeof indicatorTemplateSchema>;

export const indicatorVersionSchema = z.object({
  id: z.uuid(),
  templateId: z.uuid(),
  templateName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  projectType: projectTypeSchema.nullable(),
  number: z.number().int(),
  state: indicatorVersionStateSchema,
  items: z.array(indicatorItemSchema),
  /** The parent template's version this one extends, and the keys of the items it brought. */
  extendsVersionId: z.uuid().nullable(),
  extendsLabel: z.string().nullable(),
  inheritedKeys: z.array(z.string()),
  note: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  publishedByName: z.string().nullable(),
  used: z.boolean(),
  canConfigure: z.boolean(),
  version,
});
export type IndicatorVersion = z.infer<typeof indicatorVersionSchema>;
