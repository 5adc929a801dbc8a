import type { Language, Permission, Role } from '@shegong/domain';
import { forbidden } from '../errors/app-error';

/** Who is acting, from where, and what they may touch: passed explicitly to every service call. */
export interface Actor {
  readonly accountId: string;
  readonly username: string;
  readonly realName: string;
  readonly roles: readonly Role[];
  readonly permissions: ReadonlySet<Permission>;
  /** The region scope: a short division code; '' is the whole country. */
  readonly regionCode: string;
  /** For 机构管理员: the one organisation whose records they may see. */
  readonly organisationId: string | null;
  readonly sessionId: string | null;
  readonly request: RequestOrigin;
}

/**
 * The organisation a social worker or 机构管理员 acts for; refused (403) to those who act for none
 * (officers), for the work only an organisation's people do.
 */
export function organisationOf(actor: Pick<Actor, 'organisationId'>): string {
  if (!actor.organisationId) throw forbidden();
  return actor.organisationId;
}

export interface RequestOrigin {
  readonly requestId: string | null;
  readonly ip: string | null;
  readonly userAgent: string | null;
  readonly language: Language;
}

export const systemOrigin: RequestOrigin = {
  requestId: null,
  ip: null,
  userAgent: null,
  language: 'zh-CN',
};
