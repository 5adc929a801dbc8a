import { roles, type Permission, type Registration } from '@shegong/domain';
import type { Actor } from '../../../platform/access/actor';

/** A registration as stored, before the reader's next review is added. */
export type StoredRegistration = Omit<Registration, 'nextReview'>;

type Awaiting = Pick<Registration, 'status'> & { reviews: readonly { reviewerId: string }[] };

const reviewersOf = (language: Actor['request']['language']) =>
  roles
    .filter((role) => (role.permissions as readonly Permission[]).includes('registrations:review'))
    .map((role) => role[language])
    .join(language === 'zh-CN' ? '、' : ', ');

/** Who may make a review, in the reader's language: for a reader who may not. */
function whoMay(actor: Actor, stage: 'first' | 'final', firstReviewer: boolean): string {
  const language = actor.request.language;
  const reviewers = reviewersOf(language);
  if (language === 'zh-CN') {
    const who = `有审核权限的人员（${reviewers}，管辖范围包含该社工所在区划）`;
    return firstReviewer
      ? `您已完成初审，终审须由另一位${who}进行`
      : `${stage === 'first' ? '初审' : '终审'}须由${who}进行`;
  }
  const who = `a reviewer (${reviewers}, whose scope includes the worker's division)`;
  return firstReviewer
    ? `You made the first review: the final review needs another ${who}`
    : `The ${stage} review is made by ${who}`;
}

/**
 * The review a registration awaits and whether this reader may make it: 初审 when pending, 终审
 * after a passed first review — by someone other than the first reviewer. The review itself
 * refuses what this says the reader may not do.
 */
export function nextReviewOf(actor: Actor, registration: Awaiting): Registration['nextReview'] {
  const stage =
    registration.status === 'pending'
      ? 'first'
      : registration.status === 'first_review_passed'
        ? 'final'
        : null;
  if (!stage) return null;
  const firstReviewer =
    stage === 'final' && registration.reviews.some((r) => r.reviewerId === actor.accountId);
  const may = actor.permissions.has('registrations:review') && !firstReviewer;
  return { stage, may, whoMay: may ? null : whoMay(actor, stage, firstReviewer) };
}

/** Adds the reader's next review to registrations presented without one. */
export const withNextReview =
  (actor: Actor) =>
  <R extends Awaiting>(registration: R): R & Pick<Registration, 'nextReview'> => ({
    ...registration,
    nextReview: nextReviewOf(actor, registration),
  });
