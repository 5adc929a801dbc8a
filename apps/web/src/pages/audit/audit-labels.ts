import {
  certificateLevels,
  educationLevels,
  expertTags,
  labelOf,
  organisationBackgrounds,
  organisationTypes,
  roles,
  serviceFields,
  stationStatuses,
  stationTiers,
  type EnumEntry,
  type Language,
  type Role,
} from '@shegong/domain';
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

// The page whose catalogue labels a record's fields, by the record's kind.
const fieldPrefixes: Record<string, string> = {
  worker: 'workers',
  worker_transfer: 'transfers',
  organisation: 'organisations',
  station: 'stations',
  account: 'accounts',
  security_policy: 'securityPolicy',
};

/** A changed field, labelled as the record's own page labels it. */
export function fieldLabel(t: Translate, entityType: string | null, field: string): string {
  const prefix = (entityType && fieldPrefixes[entityType]) || 'accounts';
  const own = field === 'regionCode' ? `${prefix}.region` : `${prefix}.${field}`;
  const key = known(own) ?? known(`audit.field.${field}`) ?? known(`securityPolicy.${field}`);
  return key ? t(key) : field;
}

/** Fields whose values are region codes: shown by the division's name. */
export function isRegionField(field: string): boolean {
  return field === 'regionCode' || field.endsWith('RegionCode');
}

// Fields whose values are codes of a shared list, by the kind of record (any kind: '*').
const enumFields: Record<string, readonly EnumEntry[]> = {
  '*.educationLevel': educationLevels,
  '*.expertTags': expertTags,
  '*.serviceFields': serviceFields,
  '*.level': certificateLevels,
  '*.highestLevel': certificateLevels,
  '*.tier': stationTiers,
  'organisation.type': organisationTypes,
  'organisation.background': organisationBackgrounds,
  'station.status': stationStatuses,
};

function enumOf(entityType: string | null, field: string): readonly EnumEntry[] | undefined {
  return enumFields[`${entityType}.${field}`] ?? enumFields[`*.${field}`];
}

/**
 * A before or after value of a change, readable: codes of shared lists, roles and statuses by
 * their labels, yes / no for flags. Region codes are named by the caller (`isRegionField`).
 */
export function changeValue(
  t: Translate,
  language: Language,
  entityType: string | null,
  field: string,
  value: unknown,
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return t(value ? 'audit.value.yes' : 'audit.value.no');
  if (field === 'roles' && Array.isArray(value)) {
    return value.map((role) => labelOf(roles, String(role) as Role, language)).join('、') || '—';
  }
  const list = enumOf(entityType, field);
  if (list) {
    const codes = Array.isArray(value) ? value : [value];
    return codes.map((code) => labelOf(list, String(code), language)).join('、') || '—';
  }
  if (field === 'status' && typeof value === 'string') {
    const prefix = (entityType && fieldPrefixes[entityType]) || 'accounts';
    const key = known(`${prefix}.status.${value}`);
    return key ? t(key) : value;
  }
  if (Array.isArray(value)) return value.map(String).join('、') || '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
