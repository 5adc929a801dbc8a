import { z } from 'zod';
import { groupWorkStageSchema } from '../../enums/group-work-stages';
import { populationGroupSchema } from '../../enums/population-groups';
import { serviceFieldSchema } from '../../enums/service-fields';
import { calendarDateSchema } from '../dates';
import { placedFields, recordListQueryFields, recordStateFields } from './placed';
import { serviceSessionSchema } from './sessions';

const groupFields = z.strictObject({
  /** The station where the group meets (in the actor's scope). */
  stationId: z.uuid(),
  name: z.string().trim().min(1).max(60),
  /** 小组目标. */
  goal: z.string().trim().min(1).max(500),
  /** The population groups it serves (8 groups). */
  populationGroups: z.array(populationGroupSchema).min(1).max(8),
  serviceField: serviceFieldSchema,
  /** The leading social workers: accounts of the actor's organisation; none means the actor. */
  leaderIds: z.array(z.uuid()).max(5),
  plannedSessions: z.number().int().min(1).max(100),
});

/** A new group, in 筹备期. */
export const groupInputSchema = groupFields.extend({
  leaderIds: groupFields.shape.leaderIds.default([]),
});
export type GroupInput = z.infer<typeof groupInputSchema>;

/** The station stays: the group's sessions and person-times are that station's. */
export const updateGroupSchema = groupFields
  .omit({ stationId: true })
  .partial()
  .extend({ version: z.number().int() })
  .strict();
export type UpdateGroup = z.infer<typeof updateGroupSchema>;

/** The next stage (one at a time); 结束期 needs the summary of the group's work. */
export const moveGroupStageSchema = z.strictObject({
  stage: groupWorkStageSchema,
  summary: z.string().trim().max(2000).nullish(),
  version: z.number().int(),
});
export type MoveGroupStage = z.infer<typeof moveGroupStageSchema>;

export const addMemberSchema = z.strictObject({
  /** A client the organisation serves. */
  clientId: z.uuid(),
  joinedOn: calendarDateSchema,
});
export type AddMember = z.infer<typeof addMemberSchema>;

export const memberLeaveSchema = z.strictObject({
  leftOn: calendarDateSchema,
  reason: z.string().trim().max(200).nullish(),
});
export type MemberLeave = z.infer<typeof memberLeaveSchema>;

const personRef = z.object({ id: z.uuid(), name: z.string() });

/** A group as lists show it: no member is named. */
export const groupSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  goal: z.string(),
  populationGroups: z.array(populationGroupSchema),
  serviceField: serviceFieldSchema,
  ...placedFields,
  leaders: z.array(personRef),
  plannedSessions: z.number().int(),
  stage: groupWorkStageSchema,
  /** Sessions held (dated today or before) and planned in all. */
  sessionsHeld: z.number().int(),
  sessionsTotal: z.number().int(),
  /** Members today. */
  members: z.number().int(),
  ...recordStateFields,
});
export type Group = z.infer<typeof groupSchema>;

export const groupMemberSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  name: z.string(),
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
  leftReason: z.string().nullable(),
  active: z.boolean(),
  /** Sessions attended. */
  attended: z.number().int(),
});
export type GroupMember = z.infer<typeof groupMemberSchema>;

export const stageMoveSchema = z.object({
  stage: groupWorkStageSchema,
  at: z.string(),
  byName: z.string(),
});
export type StageMove = z.infer<typeof stageMoveSchema>;

/**
 * A group's page. Its own organisation sees the members by name and the sessions' summaries
 * (an audited read); officers see the counts only (`identified` false, no members listed).
 */
export const groupDetailSchema = groupSchema.extend({
  identified: z.boolean(),
  summary: z.string().nullable(),
  stages: z.array(stageMoveSchema),
  memberList: z.array(groupMemberSchema),
  sessions: z.array(serviceSessionSchema),
});
export type GroupDetail = z.infer<typeof groupDetailSchema>;

export const groupListQuerySchema = z.strictObject({
  ...recordListQueryFields,
  stage: groupWorkStageSchema.optional(),
});
export type GroupListQuery = z.infer<typeof groupListQuerySchema>;

export const groupPageSchema = z.object({ items: z.array(groupSchema), total: z.number().int() });

/** Who may lead a group: social workers of the actor's organisation, with the scope they reach. */
export const leaderOptionSchema = personRef.extend({ regionCode: z.string() });
export type LeaderOption = z.infer<typeof leaderOptionSchema>;
