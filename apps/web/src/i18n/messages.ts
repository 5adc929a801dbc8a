import type { Language } from '@shegong/domain';
import { enUS } from './en-US';
import { zhCN } from './zh-CN';

export type MessageKey = keyof typeof zhCN;

/** A full catalogue: a key missing from a translation is a compile error. */
export type Messages = Record<MessageKey, string>;

export type MessageParams = Record<string, string | number>;

export const catalogues: Record<Language, Messages> = { 'zh-CN': zhCN, 'en-US': enUS };

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(zhCN, key);
}

/** Fills `{name}` placeholders; an unknown placeholder is left as it is, to be noticed. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const text = catalogues[language][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
