import { validationMessage, type Language, type LocalizedText } from '@shegong/domain';
import { locales, type $ZodIssue } from 'zod/v4/core';
import type { MessageParam } from './app-error';
import { errorMessages, type ErrorCode } from './error-messages';

const zodLocales = { 'zh-CN': locales.zhCN(), 'en-US': locales.en() } as const;

export function isLocalizedText(value: unknown): value is LocalizedText {
  return typeof value === 'object' && value !== null && 'zh-CN' in value && 'en-US' in value;
}

export function localize(text: string | LocalizedText, language: Language): string {
  return typeof text === 'string' ? text : text[language];
}

export function errorMessage(
  code: ErrorCode,
  params: Record<string, MessageParam>,
  language: Language,
): string {
  return errorMessages[code][language].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return isLocalizedText(value) ? value[language] : String(value);
  });
}

/** A Zod issue in the request's language; our schemas put catalogue keys in their messages. */
export function issueMessage(issue: $ZodIssue, language: Language): string {
  const catalogued = validationMessage(issue.message, language);
  if (catalogued) return catalogued;
  if (issue.code === 'custom') return issue.message;
  const localized = zodLocales[language].localeError(issue as never);
  if (typeof localized === 'string') return localized;
  return localized?.message ?? issue.message;
}
