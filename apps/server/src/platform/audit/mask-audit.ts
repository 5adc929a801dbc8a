import { maskSensitiveText } from '@shegong/domain';
import { maskField } from './sensitive-fields';

/**
 * A value an audit event keeps, masked: a field of the sensitive-fields registry by its name, and
 * any ID or mobile number inside any text (a search term, a filter, a reason, a user name). Values
 * already masked stay as they are, so masking twice is harmless.
 */
export function maskAuditValue(key: string, value: unknown): unknown {
  if (typeof value === 'string') {
    const masked = maskField(key, value);
    return typeof masked === 'string' ? maskSensitiveText(masked) : masked;
  }
  if (Array.isArray(value)) return value.map((item) => maskAuditValue(key, item));
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return maskAuditObject(value as Record<string, unknown>);
  }
  return value;
}

export function maskAuditObject(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, maskAuditValue(key, value)]),
  );
}

/** Before → after of each changed field, masked. */
export function maskAuditChanges(
  changes: Record<string, [unknown, unknown]>,
): Record<string, [unknown, unknown]> {
  return Object.fromEntries(
    Object.entries(changes).map(([field, [before, after]]) => [
      field,
      [maskAuditValue(field, before), maskAuditValue(field, after)],
    ]),
  );
}
