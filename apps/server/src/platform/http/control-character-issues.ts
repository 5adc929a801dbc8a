import { hasControlCharacter } from '@shegong/domain';
import type { $ZodIssue } from 'zod/v4/core';

/**
 * One issue per string (or object key) in parsed request input that carries a control character
 * (`hasControlCharacter`), wherever it sits: every body field, query string and path parameter of
 * every route is checked here once, before any schema sees it, so none reaches the database.
 */
export function controlCharacterIssues(
  value: unknown,
  path: PropertyKey[] = [],
  issues: $ZodIssue[] = [],
): $ZodIssue[] {
  if (typeof value === 'string') {
    if (hasControlCharacter(value))
      issues.push({ code: 'custom', message: 'text.controlCharacter', path, input: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => controlCharacterIssues(item, [...path, index], issues));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      if (hasControlCharacter(key))
        issues.push({ code: 'custom', message: 'text.controlCharacter', path, input: key });
      else controlCharacterIssues(item, [...path, key], issues);
    }
  }
  return issues;
}
