import { z } from 'zod';
import { calendarDateSchema } from '../dates';
import { regionCodeSchema } from '../../zod/identifier-schemas';
import { indicatorPeriodSchema, serviceOutputCountsSchema } from './indicators';

const listOf = <T extends z.ZodType<unknown, string>>(item: T) =>
  z
    .string()
    .trim()
    .transform((v) => (v ? v.split(',').map((s) => s.trim()) : []))
    .pipe(z.array(item).max(200));

/**
 * 服务产出: what an organisation's service records add up to in an area (divisions and
 * stations, comma-separated; none given: the whole scope) and a period, split by `period`.
 */
export const serviceOutputQuerySchema = z
  .strictObject({
    organisationId: z.uuid(),
    regions: listOf(regionCodeSchema).optional(),
    stationIds: listOf(z.uuid()).optional(),
    from: calendarDateSchema,
    to: calendarDateSchema,
    period: indicatorPeriodSchema.default('term'),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'period.order' });
export type ServiceOutputQuery = z.infer<typeof serviceOutputQuerySchema>;

export const serviceOutputPeriodSchema = serviceOutputCountsSchema.extend({
  key: z.string(),
  from: z.string(),
  to: z.string(),
});
export type ServiceOutputPeriod = z.infer<typeof serviceOutputPeriodSchema>;

export const serviceOutputsSchema = z.object({
  organisationId: z.uuid(),
  organisationName: z.string(),
  from: z.string(),
  to: z.string(),
  periods: z.array(serviceOutputPeriodSchema),
  total: serviceOutputCountsSchema,
});
export type ServiceOutputs = z.infer<typeof serviceOutputsSchema>;
