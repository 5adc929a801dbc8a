import type { FormInstance } from 'antd';
import type { ApiError } from './api-error';

type FieldName = (string | number)[];

/** `body.realName` → ['realName'], `body.roles.1` → ['roles', 1]. */
export function fieldNameOf(path: string): FieldName {
  const parts = path.split('.');
  if (parts[0] === 'body') parts.shift();
  return parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts the server's field errors on the form fields they name. `codeFields` names the field for
 * errors that come without details (PASSWORD_POLICY → the password field). Returns whether any
 * field took a message; the caller shows the rest as a notice.
 */
export function applyFieldErrors(
  form: FormInstance,
  error: ApiError,
  codeFields: Partial<Record<string, string>> = {},
): boolean {
  const registered = new Set(form.getFieldsError().map((field) => field.name.join('.')));
  const messages = new Map<string, { name: FieldName; errors: string[] }>();
  const add = (name: FieldName, message: string) => {
    // A nested path (roles.1) is shown on the field itself (roles).
    const owner = registered.has(name.join('.')) ? name : name.slice(0, 1);
    const key = owner.join('.');
    if (!registered.has(key)) return;
    const entry = messages.get(key) ?? { name: owner, errors: [] };
    entry.errors.push(message);
    messages.set(key, entry);
  };
  for (const detail of error.details) add(fieldNameOf(detail.path), detail.message);
  const fieldOfCode = codeFields[error.code];
  if (fieldOfCode && messages.size === 0) add([fieldOfCode], error.message);
  form.setFields([...messages.values()]);
  return messages.size > 0;
}
