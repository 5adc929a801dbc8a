import type { Actor } from '../platform/access/actor';

/**
 * What modules registered before the talent registry ask of it, filled in when it registers:
 * organisations show their headcount, stations link their staff to worker records.
 */
export interface TalentPort {
  /** Workers employed today by each organisation (only those the actor may see). */
  headcountsOf?: (actor: Actor, organisationIds: string[]) => Promise<Map<string, number>>;
  /** The worker's name if the actor may see the record, else null. */
  workerName?: (actor: Actor, workerId: string) => Promise<string | null>;
}
