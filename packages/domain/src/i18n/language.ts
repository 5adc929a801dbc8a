export const languages = ['zh-CN', 'en-US'] as const;

export type Language = (typeof languages)[number];

/** A text in every language the platform ships; a missing translation is a compile error. */
export type LocalizedText = { readonly [L in Language]: string };
