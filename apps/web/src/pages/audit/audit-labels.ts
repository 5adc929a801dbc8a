import { labelOf, roles, type Language, type Role } from '@shegong/domain';
import type { Translate } from '../../i18n/language-context';
import { isMessageKey, type MessageKey } from '../../i18n/messages';

function known(key: string): MessageKey | undefined {
  return isMessageKey(key) ? key : undefined;
}

/** The label of an action; an action this version does not know shows as its code. */
export function actionLabel(t: Translate, action: string): string {
  const key = known(`audit.action.${action}`);
  return key ? t(key) : action;
}

export function entityLabel(t: Translate, entityType: string | null): string {
  if (!entityType) return '';
  const key = known(`audit.entity.${entityType}`);
  return key ? t(key) : entityType;
}

// Notes the server writes on some events, labelled by the action they name.
const noteKeys: Record<string, MessageKey> = {
  access: 'accounts.assign.title',
  'password reset': 'accounts.resetPassword',
  unlock: 'accounts.unlock',
};

export function noteLabel(t: Translate, detail: string | null): string | null {
  if (!detail) return null;
  const key = noteKeys[detail];
  return key ? t(key) : detail;
}

// Field names of the records that are audited, labelled as their pages label them.
const fieldKeys: Record<string, MessageKey> = { regionCode: 'accounts.region' };

export function fieldLabel(t: Translate, field: string): string {
  const key = fieldKeys[field] ?? known(`accounts.${field}`) ?? known(`securityPolicy.${field}`);
  return key ? t(key) : field;
}

/** A before or after value of a change, readable: roles and statuses by their labels. */
export function changeValue(
  t: Translate,
  language: Language,
  field: string,
  value: unknown,
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'roles' && Array.isArray(value)) {
    return value.map((role) => labelOf(roles, String(role) as Role, language)).join('、') || '—';
  }
  if (field === 'status' && typeof value === 'string') {
    const key = known(`accounts.status.${value}`);
    return key ? t(key) : value;
  }
  if (Array.isArray(value)) return value.map(String).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
