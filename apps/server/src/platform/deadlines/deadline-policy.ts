import type { LocalizedText } from '@shegong/domain';
import type { DeadlineUnit } from './working-calendar';

/**
 * What a deadline is (a referral's time to answer): declared in code by the module that starts
 * and stops it, named in its manifest's `deadlinePolicies`. An administrator may change the
 * amount (deadline_policy_setting); the unit and the moments that start and stop the clock are
 * the module's.
 */
export interface DeadlinePolicy {
  /** Stable and unique across modules: `<module>.<what>`, e.g. `referrals.answer`. */
  readonly code: string;
  readonly label: LocalizedText;
  /** When the clock starts and stops, in the users' words (shown on the settings page). */
  readonly description?: LocalizedText;
  /** The kind of record it runs on (`referral`): the subject of its deadlines. */
  readonly subjectType: string;
  /** The time allowed by default, a whole number of `unit`s (1–999). */
  readonly amount: number;
  readonly unit: DeadlineUnit;
}

const codeShape = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$/;
const subjectTypeShape = /^[a-z][a-z0-9_]*$/;

/** Declares a policy; a malformed one stops start-up with a line naming it. */
export function defineDeadlinePolicy<const P extends DeadlinePolicy>(policy: P): P {
  const problem =
    !codeShape.test(policy.code) || policy.code.length > 64
      ? 'its code is not <module>.<what> in lower case (at most 64 characters)'
      : !subjectTypeShape.test(policy.subjectType) || policy.subjectType.length > 40
        ? 'its subjectType is not a lower-case word (at most 40 characters)'
        : !Number.isInteger(policy.amount) || policy.amount < 1 || policy.amount > 999
          ? 'its amount is not a whole number from 1 to 999'
          : null;
  if (problem) throw new Error(`deadline policy ${policy.code}: ${problem}`);
  return Object.freeze(policy);
}

/** The policies of every module by code; a code declared twice stops start-up. */
export function policyRegistry(policies: readonly DeadlinePolicy[]) {
  const byCode = new Map<string, DeadlinePolicy>();
  for (const policy of policies) {
    const earlier = byCode.get(policy.code);
    if (earlier && earlier !== policy)
      throw new Error(`deadline policy ${policy.code} is declared twice`);
    byCode.set(policy.code, policy);
  }
  return byCode as ReadonlyMap<string, DeadlinePolicy>;
}
