import { z } from 'zod';
import {
  ceComplianceSchema,
  certificateSchema,
  creditEntrySchema,
  examScoreSchema,
  registrationSchema,
} from './certification';
import { rewardGrantSchema } from './rewards';
import { employmentSchema, supervisionSchema, workerSchema } from './workers';

/** A worker's whole record, as the detail page shows it (reading it is audited). */
export const workerDetailSchema = workerSchema.extend({
  examScores: z.array(examScoreSchema),
  certificates: z.array(certificateSchema),
  registrations: z.array(registrationSchema),
  employments: z.array(employmentSchema),
  supervisions: z.array(supervisionSchema),
  credits: z.array(creditEntrySchema),
  ceCompliance: ceComplianceSchema,
  rewards: z.array(rewardGrantSchema),
});

export type WorkerDetail = z.infer<typeof workerDetailSchema>;
