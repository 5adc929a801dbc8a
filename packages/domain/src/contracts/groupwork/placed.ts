import { z } from 'zod';

/** Where a group, an activity or a row of person-times is held, and by whom: as lists name them. */
export const placedFields = {
  stationId: z.uuid(),
  stationName: z.string(),
  regionCode: z.string(),
  regionName: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
};

/** What every group and activity answers beside its own fields. */
export const recordStateFields = {
  personTimes: z.number().int(),
  version: z.number().int(),
  createdAt: z.string(),
  /** What the reader may do: their organisation's record, in their scope. */
  can: z.object({ edit: z.boolean() }),
};

/** The filters and the page of a list of groups or activities, beside its own enumeration. */
export const recordListQueryFields = {
  q: z.string().trim().max(50).optional(),
  stationId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
};
