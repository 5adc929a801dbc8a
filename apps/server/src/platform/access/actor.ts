import type { Language, Permission, Role } from '@shegong/domain';

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
