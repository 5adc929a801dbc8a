import { languages, type Language } from '@shegong/domain';
import { catalogue } from './catalogue';

type KeysOf<Part> = Part extends { 'zh-CN': infer ZhCN } ? keyof ZhCN & string : never;

/** Every key of every folder's texts (i18n/catalogue.ts): `t('nonexistent.key')` does not compile. */
export type MessageKey = KeysOf<(typeof catalogue)[number]>;

/** A full catalogue of one language. */
export type Messages = Record<MessageKey, string>;

export type MessageParams = Record<string, string | number>;

/** The keys that a part of the catalogue repeats from an earlier one. */
type Repeated<Parts, Earlier = never> = Parts extends readonly [infer First, ...infer Rest]
  ? Extract<KeysOf<First>, Earlier> | Repeated<Rest, Earlier | KeysOf<First>>
  : never;
type None<Keys extends never> = Keys;
// A key defined by two folders does not compile: the error names it.
export type _NoKeyTwice = None<Repeated<typeof catalogue>>;

// Each part is complete in every language (defineMessages), so their union is too.
export const catalogues = Object.fromEntries(
  languages.map((language) => [
    language,
    Object.assign({}, ...catalogue.map((part) => part[language])) as Messages,
  ]),
) as Record<Language, Messages>;

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(catalogues['zh-CN'], key);
}

/** Fills `{name}` placeholders; an unknown placeholder is left as it is, to be noticed. */
export function translate(language: Language, key: MessageKey, params?: MessageParams): string {
  const text = catalogues[language][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
