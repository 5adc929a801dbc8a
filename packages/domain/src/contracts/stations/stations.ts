import { z } from 'zod';
import { serviceFieldSchema } from '../../enums/service-fields';
import { staffingRoleSchema } from '../../enums/staffing-roles';
import { stationStatusSchema } from '../../enums/station-statuses';
import { stationTierSchema } from '../../enums/station-tiers';
import { regionCodeSchema } from '../../zod/identifier-schemas';
import { calendarDateSchema } from '../dates';
import { pageQuerySchema } from '../lists';

const optionalText = (max: number) => z.string().trim().max(max).nullish();

/** The fields without defaults: an update must not fill in what it does not name. */
const stationFields = z.strictObject({
  name: z.string().trim().min(2).max(100),
  tier: stationTierSchema,
  /** A division of the tier's level: county (6 digits), township (9) or village (12). */
  regionCode: regionCodeSchema,
  /** The station of the tier above; found from the division tree when left out. */
  parentStationId: z.uuid().nullish(),
  operatorOrganisationId: z.uuid().nullish(),
  address: optionalText(200),
  openedOn: calendarDateSchema.nullish(),
  status: stationStatusSchema,
  serviceFields: z.array(serviceFieldSchema).max(18),
  servicePopulation: z.number().int().min(0).max(50_000_000).nullish(),
});

export const stationInputSchema = stationFields.extend({
  status: stationFields.shape.status.default('operating'),
  serviceFields: stationFields.shape.serviceFields.default([]),
});

export const updateStationSchema = stationFields
  .omit({ tier: true, regionCode: true })
  .partial()
  .extend({ version: z.number().int() })
  .strict();

export const stationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  tier: stationTierSchema,
  regionCode: z.string(),
  regionName: z.string(),
  parentStationId: z.string().nullable(),
  parentStationName: z.string().nullable(),
  operatorOrganisationId: z.string().nullable(),
  operatorOrganisationName: z.string().nullable(),
  address: z.string().nullable(),
  openedOn: z.string().nullable(),
  status: stationStatusSchema,
  serviceFields: z.array(serviceFieldSchema),
  servicePopulation: z.number().int().nullable(),
  /** Social workers assigned today. */
  staffCount: z.number().int(),
  /** What the norm of the station's region asks of this tier. */
  requiredStaff: z.number().int(),
  /** What the caller may do with it: edit it and its staff (stations:write and inside their scope). */
  can: z.object({ edit: z.boolean() }),
  version: z.number().int(),
});

export const stationListQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  region: regionCodeSchema.optional(),
  tier: stationTierSchema.optional(),
  status: stationStatusSchema.optional(),
  belowNorm: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const staffAssignmentSchema = z.object({
  id: z.uuid(),
  stationId: z.uuid(),
  workerId: z.string().nullable(),
  workerName: z.string(),
  role: staffingRoleSchema,
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  version: z.number().int(),
});

export const staffAssignmentInputSchema = z.strictObject({
  workerName: z.string().trim().min(1).max(50),
  workerId: z.uuid().nullish(),
  role: staffingRoleSchema,
  startedOn: calendarDateSchema,
});

export const endStaffAssignmentSchema = z.strictObject({
  version: z.number().int(),
  endedOn: calendarDateSchema,
});

export const stationDetailSchema = stationSchema.extend({
  staff: z.array(staffAssignmentSchema),
  children: z.array(
    stationSchema.pick({ id: true, name: true, tier: true, regionCode: true, status: true }),
  ),
});

export const staffingNormSchema = z.object({
  urbanVillageMinWorkers: z.number().int().min(0).max(50),
  ruralVillageMinWorkers: z.number().int().min(0).max(50),
  townshipStationMinStaff: z.number().int().min(0).max(50),
  countyStationMinStaff: z.number().int().min(0).max(50),
  villageStudioMinStaff: z.number().int().min(0).max(50),
});

export const staffingNormResponseSchema = staffingNormSchema.extend({
  regionCode: z.string(),
  /** Where the norm in force comes from: this region or an enclosing one; null for the defaults. */
  setBy: z.string().nullable(),
  version: z.number().int(),
});

export const updateStaffingNormSchema = staffingNormSchema
  .extend({ version: z.number().int() })
  .strict();

/** Which own norm to remove: the region, and the version of its setting the user saw. */
export const removeStaffingNormQuerySchema = z.object({
  region: regionCodeSchema,
  version: z.coerce.number().int().min(1),
});

const coverageFiguresSchema = z.object({
  townships: z.number().int(),
  townshipsWithStation: z.number().int(),
  townshipCoverage: z.number().nullable(),
  villages: z.number().int(),
  villagesStaffed: z.number().int(),
  villageCoverage: z.number().nullable(),
  stations: z.record(stationTierSchema, z.number().int()),
  stationsBelowNorm: z.number().int(),
  workers: z.number().int(),
  servicePopulation: z.number().int(),
  populationPerWorker: z.number().nullable(),
});

/** A division as the coverage names it: its short name, and the full path for tooltips/exports. */
const coverageRegionSchema = z.object({
  regionCode: z.string(),
  /** The division's own name (南明区). */
  regionName: z.string(),
  /** With its ancestors (贵州省 / 贵阳市 / 南明区), as other lists show a record's region. */
  regionPath: z.string(),
});

export const coverageSchema = coverageRegionSchema.extend({
  norm: staffingNormSchema,
  summary: coverageFiguresSchema,
  /** The divisions directly below, in division-code order. */
  children: z.array(coverageFiguresSchema.extend(coverageRegionSchema.shape)),
  belowNorm: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      tier: stationTierSchema,
      regionCode: z.string(),
      regionName: z.string(),
      staffCount: z.number().int(),
      requiredStaff: z.number().int(),
    }),
  ),
});

export type StationInput = z.infer<typeof stationInputSchema>;
export type UpdateStation = z.infer<typeof updateStationSchema>;
export type Station = z.infer<typeof stationSchema>;
export type StationDetail = z.infer<typeof stationDetailSchema>;
export type StationListQuery = z.infer<typeof stationListQuerySchema>;
export type StaffAssignment = z.infer<typeof staffAssignmentSchema>;
export type StaffAssignmentInput = z.infer<typeof staffAssignmentInputSchema>;
export type StaffingNormResponse = z.infer<typeof staffingNormResponseSchema>;
export type Coverage = z.infer<typeof coverageSchema>;
export type CoverageFigures = z.infer<typeof coverageFiguresSchema>;
