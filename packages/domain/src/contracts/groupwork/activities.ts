import { z } from 'zod';
import { populationGroupSchema } from '../../enums/population-groups';
import { serviceFieldSchema } from '../../enums/service-fields';
import { activityTypeSchema, participationModeSchema } from './groupwork-enums';
import { placedFields, recordListQueryFields, recordStateFields } from './placed';
import { serviceSessionSchema } from './sessions';

const activityFields = z.strictObject({
  stationId: z.uuid(),
  activityType: activityTypeSchema,
  title: z.string().trim().min(1).max(60),
  serviceField: serviceFieldSchema,
  populationGroups: z.array(populationGroupSchema).max(8),
  participation: participationModeSchema,
  description: z.string().trim().max(500).nullish(),
});

export const activityInputSchema = activityFields.extend({
  populationGroups: activityFields.shape.populationGroups.default([]),
});
export type ActivityInput = z.infer<typeof activityInputSchema>;

/** The station and the way of counting stay: the sessions already recorded depend on them. */
export const updateActivitySchema = activityFields
  .omit({ stationId: true, participation: true })
  .partial()
  .extend({ version: z.number().int() })
  .strict();
export type UpdateActivity = z.infer<typeof updateActivitySchema>;

export const addParticipantSchema = z.strictObject({ clientId: z.uuid() });

/** Takes a registration back (never once the person is marked at a session), with the reason. */
export const removeParticipantSchema = z.strictObject({
  reason: z.string().trim().min(2).max(200),
});

export const activitySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  activityType: activityTypeSchema,
  serviceField: serviceFieldSchema,
  populationGroups: z.array(populationGroupSchema),
  participation: participationModeSchema,
  description: z.string().nullable(),
  ...placedFields,
  sessionsTotal: z.number().int(),
  /** Registered participants (named activities). */
  participants: z.number().int(),
  ...recordStateFields,
});
export type Activity = z.infer<typeof activitySchema>;

export const activityParticipantSchema = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  name: z.string(),
  registeredOn: z.string(),
  attended: z.number().int(),
});
export type ActivityParticipant = z.infer<typeof activityParticipantSchema>;

/** An activity's page; participants by name for its own organisation only (an audited read). */
export const activityDetailSchema = activitySchema.extend({
  identified: z.boolean(),
  participantList: z.array(activityParticipantSchema),
  sessions: z.array(serviceSessionSchema),
});
export type ActivityDetail = z.infer<typeof activityDetailSchema>;

export const activityListQuerySchema = z.strictObject({
  ...recordListQueryFields,
  activityType: activityTypeSchema.optional(),
});
export type ActivityListQuery = z.infer<typeof activityListQuerySchema>;

export const activityPageSchema = z.object({
  items: z.array(activitySchema),
  total: z.number().int(),
});
