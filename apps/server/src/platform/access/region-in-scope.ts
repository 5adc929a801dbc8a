import { regionContains } from '@shegong/domain';
import { invalidField } from '../errors/app-error';
import type { Actor } from './actor';

/**
 * Refuses a region outside the actor's scope (a record's division, or a filter), naming the field:
 * the one answer every module gives, so the message reads the same everywhere.
 */
export function refuseOutsideScope(
  actor: Pick<Actor, 'regionCode'>,
  regionCode: string,
  path: string,
): void {
  if (!regionContains(actor.regionCode, regionCode))
    throw invalidField(path, {
      'zh-CN': '区划不在您的管辖范围内',
      'en-US': 'The region lies outside your scope',
    });
}

/** The region a figures page or list asks for (`?region=`): the actor's scope when none is given. */
export function regionWithinScope(
  actor: Pick<Actor, 'regionCode'>,
  region: string | undefined,
  path = 'query.region',
): string {
  const code = region ?? actor.regionCode;
  refuseOutsideScope(actor, code, path);
  return code;
}
